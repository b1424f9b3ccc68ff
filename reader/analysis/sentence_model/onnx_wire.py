"""Just enough of ONNX's protobuf wire format to read a model's graph and write it back.

ONNX files are protobuf messages (``ModelProto``).
:mod:`reader.analysis.sentence_model.integer_model` rewrites a few nodes of a model's graph;
this module splits messages into their fields, reads the fields it needs (node inputs,
outputs, operator, attributes; initializer names, types and shapes) and encodes new nodes
and small tensors. Every field it does not understand is carried over byte for byte, so the
rest of a model is untouched. No ``onnx`` package is needed (it would pull in a
compiler-built protobuf stack for one rewrite at load time).

Field numbers are those of ``onnx.proto`` (proto2), which ONNX keeps stable.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

VARINT, FIXED64, BYTES, FIXED32 = 0, 1, 2, 5

# ModelProto
MODEL_GRAPH, MODEL_OPSET = 7, 8
# OperatorSetIdProto
OPSET_DOMAIN, OPSET_VERSION = 1, 2
# GraphProto
GRAPH_NODE, GRAPH_INITIALIZER, GRAPH_OUTPUT = 1, 5, 12
# NodeProto
NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP, NODE_ATTRIBUTE, NODE_DOMAIN = 1, 2, 3, 4, 5, 7
# AttributeProto
ATTR_NAME, ATTR_INT, ATTR_INTS, ATTR_TYPE = 1, 3, 8, 20
ATTR_TYPE_INT, ATTR_TYPE_INTS = 2, 7
# TensorProto
TENSOR_DIMS, TENSOR_TYPE, TENSOR_NAME, TENSOR_RAW = 1, 2, 8, 9
TENSOR_EXTERNAL, TENSOR_LOCATION = 13, 14  # external_data entries; data_location
EXTERNAL = 1  # data_location: the values lie in another file
FLOAT, UINT8, INT8, INT32, INT64 = 1, 2, 3, 6, 7
# ValueInfoProto
VALUE_NAME = 1

_MASK64 = (1 << 64) - 1


class WireError(ValueError):
    """The bytes are not a well-formed protobuf message."""


class Field(NamedTuple):
    """One field of a message: its number, wire type, value (int for numbers, a view of
    the bytes for length-delimited fields) and a view of the field's own encoding."""

    number: int
    wire: int
    value: int | memoryview
    raw: memoryview

    @property
    def data(self) -> memoryview:
        """The value of a length-delimited field."""
        if not isinstance(self.value, memoryview):
            raise WireError(f"field {self.number} is not length-delimited")
        return self.value


def read_varint(data: bytes | memoryview, pos: int) -> tuple[int, int]:
    """The varint at ``pos`` and the position after it."""
    if pos < len(data) and data[pos] < 0x80:  # most keys and lengths: one byte
        return data[pos], pos + 1
    result = shift = 0
    while True:
        if pos >= len(data):
            raise WireError("message ends inside a number")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise WireError("number longer than 64 bits")


def varint(value: int) -> bytes:
    """Encode ``value`` (negative: as protobuf's 64-bit two's complement)."""
    value &= _MASK64
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def signed(value: int) -> int:
    """A decoded int64 varint as a Python int (two's complement)."""
    return value - (1 << 64) if value >= 1 << 63 else value


def fields(message: bytes | bytearray | memoryview) -> Iterator[Field]:
    """The fields of one message, in order. Values and raw bytes are views into
    ``message``: nothing is copied."""
    data = memoryview(message)
    pos, end = 0, len(data)
    while pos < end:
        start = pos
        key, pos = read_varint(data, pos)
        number, wire = key >> 3, key & 7
        value: int | memoryview
        if wire == VARINT:
            value, pos = read_varint(data, pos)
        elif wire == BYTES:
            size, pos = read_varint(data, pos)
            if pos + size > end:
                raise WireError(f"field {number} runs past the end of the message")
            value, pos = data[pos : pos + size], pos + size
        elif wire in (FIXED64, FIXED32):
            width = 8 if wire == FIXED64 else 4
            if pos + width > end:
                raise WireError(f"field {number} runs past the end of the message")
            value, pos = int.from_bytes(data[pos : pos + width], "little"), pos + width
        else:
            raise WireError(f"unsupported wire type {wire} (field {number})")
        if number == 0:
            raise WireError("field number 0")
        yield Field(number, wire, value, data[start:pos])


def key(number: int, wire: int) -> bytes:
    return varint(number << 3 | wire)


def bytes_field(number: int, value: bytes | memoryview) -> bytes:
    return key(number, BYTES) + varint(len(value)) + value


def text(value: memoryview) -> str:
    try:
        return str(value, "utf-8")
    except UnicodeDecodeError as exc:
        raise WireError("a string that is not UTF-8") from exc


def int_field(number: int, value: int) -> bytes:
    return key(number, VARINT) + varint(value)


def strings(message: bytes | memoryview, number: int) -> list[str]:
    """Every string held in field ``number`` of ``message``."""
    return [text(f.data) for f in fields(message) if f.number == number]


def ints(message: bytes | memoryview, number: int) -> list[int]:
    """Every int64 held in field ``number`` (packed or not) of ``message``."""
    out: list[int] = []
    for f in fields(message):
        if f.number != number:
            continue
        if isinstance(f.value, int):
            out.append(signed(f.value))
            continue
        pos = 0
        while pos < len(f.value):
            number_value, pos = read_varint(f.value, pos)
            out.append(signed(number_value))
    return out


@dataclass
class Node:
    """A graph node: its operator, inputs and outputs and its attributes (name -> raw
    AttributeProto bytes); ``raw`` is its original encoding (None for a new node)."""

    op: str
    inputs: list[str]
    outputs: list[str]
    domain: str = ""
    attributes: dict[str, bytes | memoryview] = field(default_factory=dict)
    raw: memoryview | None = None

    def int_attribute(self, name: str, default: int) -> int:
        attribute = self.attributes.get(name)
        if attribute is None:
            return default
        values = [f.value for f in fields(attribute) if f.number == ATTR_INT]
        return signed(values[0]) if values and isinstance(values[0], int) else default


def parse_node(data: memoryview) -> Node:
    node = Node(op="", inputs=[], outputs=[], raw=data)
    for f in fields(data):
        if f.number == NODE_INPUT:
            node.inputs.append(text(f.data))
        elif f.number == NODE_OUTPUT:
            node.outputs.append(text(f.data))
        elif f.number == NODE_OP:
            node.op = text(f.data)
        elif f.number == NODE_DOMAIN:
            node.domain = text(f.data)
        elif f.number == NODE_ATTRIBUTE:
            names = strings(f.data, ATTR_NAME)
            if names:
                node.attributes[names[0]] = f.data
    return node


def int_attribute(name: str, value: int) -> bytes:
    return (
        bytes_field(ATTR_NAME, name.encode())
        + int_field(ATTR_INT, value)
        + int_field(ATTR_TYPE, ATTR_TYPE_INT)
    )


def ints_attribute(name: str, values: Sequence[int]) -> bytes:
    body = b"".join(int_field(ATTR_INTS, v) for v in values)
    return bytes_field(ATTR_NAME, name.encode()) + body + int_field(ATTR_TYPE, ATTR_TYPE_INTS)


def encode_node(node: Node) -> bytes | memoryview:
    """``node``'s NodeProto bytes: its original encoding when it has one."""
    if node.raw is not None:
        return node.raw
    out = [bytes_field(NODE_INPUT, name.encode()) for name in node.inputs]
    out += [bytes_field(NODE_OUTPUT, name.encode()) for name in node.outputs]
    out.append(bytes_field(NODE_NAME, node.outputs[0].encode()))
    out.append(bytes_field(NODE_OP, node.op.encode()))
    out += [bytes_field(NODE_ATTRIBUTE, attribute) for attribute in node.attributes.values()]
    if node.domain:
        out.append(bytes_field(NODE_DOMAIN, node.domain.encode()))
    return b"".join(out)


@dataclass(frozen=True)
class TensorInfo:
    """What the rewrite needs to know of an initializer: name, element type, shape, its
    element bytes when it holds them as raw data (else None), and whether its data lies
    in another file."""

    name: str
    data_type: int
    dims: tuple[int, ...]
    raw: memoryview | None
    external: bool


def tensor_info(data: memoryview) -> TensorInfo:
    name, data_type, raw, external = "", 0, None, False
    for f in fields(data):
        if f.number == TENSOR_NAME:
            name = text(f.data)
        elif f.number == TENSOR_TYPE and isinstance(f.value, int):
            data_type = f.value
        elif f.number == TENSOR_RAW:
            raw = f.data
        elif f.number == TENSOR_LOCATION and isinstance(f.value, int):
            external = f.value == EXTERNAL
    return TensorInfo(name, data_type, tuple(ints(data, TENSOR_DIMS)), raw, external)


Parts = list[bytes | memoryview]  # a message's bytes in pieces, joined once at the end


def tensor_parts(name: str, data_type: int, dims: Sequence[int], raw: bytes | memoryview) -> Parts:
    """A TensorProto holding ``raw`` (little-endian element bytes), in pieces: ``raw``
    itself is not copied."""
    head = (
        b"".join(int_field(TENSOR_DIMS, d) for d in dims)
        + int_field(TENSOR_TYPE, data_type)
        + bytes_field(TENSOR_NAME, name.encode())
    )
    return [head, key(TENSOR_RAW, BYTES) + varint(len(raw)), raw]


def tensor(name: str, data_type: int, dims: Sequence[int], raw: bytes | memoryview) -> bytes:
    """A TensorProto holding ``raw``."""
    return b"".join(tensor_parts(name, data_type, dims, raw))


def message_parts(number: int, parts: Parts) -> Parts:
    """Field ``number`` holding the message made of ``parts``, in pieces."""
    return [key(number, BYTES) + varint(sum(len(part) for part in parts)), *parts]
