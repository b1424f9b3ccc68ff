"""The integer rewrite of int8-stored models
(reader/analysis/sentence_model/integer_model.py) and the protobuf wire format under it
(onnx_wire.py), run through onnxruntime on small models written byte by byte and on the
installed model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.sentence_model import embedding_model
from reader.analysis.sentence_model.integer_model import PREFIX, integer_graph
from reader.analysis.sentence_model.onnx_wire import (
    GRAPH_NODE,
    MODEL_GRAPH,
    WireError,
    bytes_field,
    fields,
    int_field,
    parse_node,
    read_varint,
    signed,
    varint,
)
from tests.analysis.tiny_onnx import (
    float_matmul_model,
    gather_model,
    matmul_and_weight_model,
    matmul_model,
    shared_weight_model,
)

FloatArray = npt.NDArray[np.float32]


WEIGHTS = "weights.bin"


def run_all(model_bytes: bytes, weights: bytearray | None = None, **feeds: Any) -> list[FloatArray]:
    """Every output of the model; with ``weights``, its tensors marked as lying in the
    file WEIGHTS are read from those bytes."""
    options = ort.SessionOptions()
    options.log_severity_level = 3
    if weights is not None:
        options.add_external_initializers_from_files_in_memory([WEIGHTS], [weights], [len(weights)])
    session = ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
    return [np.asarray(out) for out in session.run(None, feeds)]


def run(model_bytes: bytes, weights: bytearray | None = None, **feeds: Any) -> FloatArray:
    (out,) = run_all(model_bytes, weights, **feeds)
    return out


def op_counts(model_bytes: bytes) -> Counter[str]:
    (graph,) = [f.data for f in fields(model_bytes) if f.number == MODEL_GRAPH]
    return Counter(parse_node(f.data).op for f in fields(graph) if f.number == GRAPH_NODE)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(7)


@pytest.fixture
def weights(rng: np.random.Generator) -> tuple[npt.NDArray[np.int8], FloatArray]:
    quantised = rng.integers(-127, 128, size=(48, 24)).astype(np.int8)
    scale = rng.uniform(0.001, 0.02, size=(1, 24)).astype(np.float32)
    return quantised, scale


@pytest.fixture
def activations(rng: np.random.Generator) -> FloatArray:
    return rng.normal(0, 1, size=(3, 5, 48)).astype(np.float32)


# --- the wire format ---------------------------------------------------------------


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1))
def test_varint_round_trips_any_int64(value: int) -> None:
    encoded = varint(value)
    decoded, end = read_varint(encoded, 0)
    assert signed(decoded) == value
    assert end == len(encoded)


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=2**20),
            st.one_of(st.integers(min_value=0, max_value=2**64 - 1), st.binary(max_size=300)),
        ),
        max_size=20,
    )
)
def test_fields_reads_back_what_was_written(items: list[tuple[int, int | bytes]]) -> None:
    message = b"".join(
        bytes_field(n, v) if isinstance(v, bytes) else int_field(n, v) for n, v in items
    )
    read = [(f.number, bytes(f.value) if isinstance(f.value, memoryview) else f.value)
            for f in fields(message)]  # fmt: skip
    assert read == items
    assert b"".join(f.raw for f in fields(message)) == message


@pytest.mark.parametrize(
    "message",
    [
        b"\x0a\x05abc",
        b"\x08",
        b"\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
        b"\x0b",
        b"\x00",
    ],
    ids=["bytes-past-end", "number-missing", "number-too-long", "group-wire-type", "field-zero"],
)
def test_malformed_messages_raise_wire_error(message: bytes) -> None:
    with pytest.raises(WireError):
        list(fields(message))


@given(st.data())
def test_a_damaged_model_is_rewritten_or_refused_with_wire_error(data: st.DataObject) -> None:
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1)))
    quantised = rng.integers(-127, 128, size=(4, 3)).astype(np.int8)
    original = bytearray(matmul_model(quantised, np.full((1, 3), 0.01, np.float32)))
    for _ in range(data.draw(st.integers(1, 4))):
        original[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(original)))
    outside = data.draw(st.booleans())  # large tensors left in the (damaged) bytes
    try:
        result = integer_graph(original[:cut], WEIGHTS if outside else None)
    except WireError:
        return
    assert result is None or isinstance(result, bytes)


def test_text_that_is_not_a_model_raises_wire_error() -> None:
    with pytest.raises(WireError):
        integer_graph(b"this is a plain text file, not a model\n" * 20)


# --- the rewrite on small models -------------------------------------------------------


def test_int8_matmul_becomes_an_integer_product(
    weights: tuple[npt.NDArray[np.int8], FloatArray],
) -> None:
    rewritten = integer_graph(matmul_model(*weights))
    assert rewritten is not None
    ops = op_counts(rewritten)
    assert ops["MatMulInteger"] == 1
    assert ops["MatMul"] == 0


@pytest.mark.parametrize("opset", [17, 18], ids=["axes-attribute", "axes-input"])
def test_integer_product_matches_the_float_product(
    weights: tuple[npt.NDArray[np.int8], FloatArray], activations: FloatArray, opset: int
) -> None:
    original = matmul_model(*weights, opset=opset)
    rewritten = integer_graph(original)
    assert rewritten is not None
    expected = run(original, x=activations)
    got = run(rewritten, x=activations)
    # per-token 8-bit activations: errors of a few tenths of a percent of the outputs' range
    assert np.abs(got - expected).max() < 0.01 * np.abs(expected).max()
    assert got.shape == expected.shape


def test_a_weight_two_products_share_is_converted_once(
    weights: tuple[npt.NDArray[np.int8], FloatArray], activations: FloatArray
) -> None:
    original = shared_weight_model(*weights)
    rewritten = integer_graph(original)
    assert rewritten is not None
    assert op_counts(rewritten)["MatMulInteger"] == 2
    assert rewritten.count(b"_unsigned") == 3  # the initializer, and the two products' inputs
    expected = run(original, x=activations)
    assert np.abs(run(rewritten, x=activations) - expected).max() < 0.01 * np.abs(expected).max()


def test_a_token_gets_the_same_result_alone_or_in_a_batch(
    weights: tuple[npt.NDArray[np.int8], FloatArray], activations: FloatArray
) -> None:
    rewritten = integer_graph(matmul_model(*weights))
    assert rewritten is not None
    together = run(rewritten, x=activations)
    alone = np.concatenate([run(rewritten, x=activations[:, i : i + 1]) for i in range(5)], axis=1)
    np.testing.assert_array_equal(together, alone)


def test_a_row_of_zeros_stays_zero(weights: tuple[npt.NDArray[np.int8], FloatArray]) -> None:
    rewritten = integer_graph(matmul_model(*weights))
    assert rewritten is not None
    got = run(rewritten, x=np.zeros((1, 2, 48), dtype=np.float32))
    np.testing.assert_array_equal(got, 0.0)


def test_embedding_lookup_in_int8_equals_the_float_lookup(rng: np.random.Generator) -> None:
    table = rng.integers(-127, 128, size=(50, 16)).astype(np.int8)
    scale = rng.uniform(0.001, 0.05, size=(50, 1)).astype(np.float32)
    ids = rng.integers(0, 50, size=(2, 7)).astype(np.int64)
    original = gather_model(table, scale)
    rewritten = integer_graph(original)
    assert rewritten is not None
    assert op_counts(rewritten)["Gather"] == 2  # the rows, and their scales
    np.testing.assert_allclose(run(rewritten, ids=ids), run(original, ids=ids), rtol=1e-6)


def test_float_weights_are_left_alone(rng: np.random.Generator) -> None:
    weight = rng.normal(size=(8, 4)).astype(np.float32)
    assert integer_graph(float_matmul_model(weight)) is None


def test_a_scale_per_input_row_is_left_alone(rng: np.random.Generator) -> None:
    quantised = rng.integers(-127, 128, size=(8, 4)).astype(np.int8)
    row_scale = rng.uniform(0.01, 0.1, size=(8, 1)).astype(np.float32)  # cannot be factored out
    assert integer_graph(matmul_model(quantised, row_scale)) is None


def test_a_model_using_the_rewrite_prefix_is_left_alone(
    weights: tuple[npt.NDArray[np.int8], FloatArray],
) -> None:
    assert integer_graph(matmul_model(*weights, weight=PREFIX + "w")) is None


# --- large tensors left where they lie in the model's bytes ------------------------------


@pytest.mark.parametrize("make", [matmul_model, shared_weight_model], ids=["one", "shared"])
def test_large_tensors_are_not_copied_and_give_the_same_products(
    weights: tuple[npt.NDArray[np.int8], FloatArray],
    activations: FloatArray,
    make: Callable[[npt.NDArray[np.int8], FloatArray], bytes],
) -> None:
    original = make(*weights)
    inline = integer_graph(original)
    buffer = bytearray(original)
    outside = integer_graph(buffer, WEIGHTS)
    assert inline is not None and outside is not None
    unsigned = (weights[0].view(np.uint8) ^ np.uint8(0x80)).tobytes()
    assert unsigned in inline and unsigned not in outside  # it stayed in the buffer
    assert buffer.count(unsigned) == 1  # converted once, where it lay
    expected = run(inline, x=activations)
    np.testing.assert_array_equal(run(outside, buffer, x=activations), expected)


def test_the_weights_are_made_unsigned_where_they_lie(
    weights: tuple[npt.NDArray[np.int8], FloatArray],
) -> None:
    quantised = weights[0]
    buffer = bytearray(matmul_model(*weights))
    assert integer_graph(buffer, WEIGHTS) is not None
    assert (quantised.view(np.uint8) ^ np.uint8(0x80)).tobytes() in buffer
    assert quantised.tobytes() not in buffer


def test_int8_values_still_in_use_are_left_as_they_are(
    weights: tuple[npt.NDArray[np.int8], FloatArray], activations: FloatArray
) -> None:
    original = matmul_and_weight_model(*weights)
    buffer = bytearray(original)
    outside = integer_graph(buffer, WEIGHTS)
    assert outside is not None
    assert weights[0].tobytes() in buffer  # the weight output still reads them
    product, weight = run_all(outside, buffer, x=activations)
    expected_product, expected_weight = run_all(original, x=activations)
    np.testing.assert_array_equal(weight, expected_weight)
    assert np.abs(product - expected_product).max() < 0.01 * np.abs(expected_product).max()


# --- the installed model ---------------------------------------------------------------


@pytest.fixture(scope="module")
def installed_model() -> bytes:
    return embedding_model.default_model_file().read_bytes()


@pytest.fixture
def default_files(monkeypatch: pytest.MonkeyPatch) -> embedding_model.ModelFiles:
    monkeypatch.delenv(embedding_model.MODEL_DIR_ENV, raising=False)
    return embedding_model.model_files(None)


def test_installed_model_products_all_become_integer(installed_model: bytes) -> None:
    rewritten = integer_graph(installed_model)
    assert rewritten is not None
    ops = op_counts(rewritten)
    assert ops["MatMulInteger"] == 36  # 6 layers x (query, key, value, output, 2 feed-forward)
    assert op_counts(installed_model)["MatMul"] - ops["MatMul"] == 36


def test_integer_vectors_agree_with_the_stored_models(
    installed_model: bytes, default_files: embedding_model.ModelFiles
) -> None:
    texts = [
        "Putin said the new agreement arranged for the two countries to provide mutual "
        "assistance in the event that either country comes under attack.",
        "The actress checked into a rehab centre on Tuesday, her representative said.",
        "Three bank workers died in a petrol bomb attack during the Athens protest.",
        "An earthquake of magnitude 6.1 struck off the coast of Indonesia.",
    ]
    files = default_files
    tokenizer = embedding_model._make_tokenizer(files.tokenizer_file)
    graph = integer_graph(installed_model)
    as_stored = embedding_model._make_session(files.model_file, 1, None)
    integer = embedding_model._make_session(files.model_file, 1, graph)
    vectors = [
        embedding_model.Embedder("m", session, tokenizer, "last_hidden_state").embed(texts)
        for session in (as_stored, integer)
    ]
    cosines = (vectors[0] * vectors[1]).sum(axis=1)
    assert cosines.min() > 0.98
    assert cosines.mean() > 0.99


def test_the_installed_model_gives_the_same_vectors_with_its_tensors_left_in_place(
    installed_model: bytes, default_files: embedding_model.ModelFiles
) -> None:
    files = default_files
    tokenizer = embedding_model._make_tokenizer(files.tokenizer_file)
    buffer = bytearray(installed_model)
    graph = integer_graph(buffer, embedding_model.WEIGHTS_FILE)
    assert graph is not None and len(graph) < len(installed_model) // 100
    sessions = (
        embedding_model._make_session(files.model_file, 1, integer_graph(installed_model)),
        embedding_model._make_session(files.model_file, 1, graph, buffer),
    )
    buffer[:] = bytes(len(buffer))  # onnxruntime copied the tensors: the buffer is free now
    texts = ["Putin and Kim signed a mutual assistance pact.", "Rain is expected in Seoul."]
    inline, outside = (
        embedding_model.Embedder("m", session, tokenizer, "last_hidden_state").embed(texts)
        for session in sessions
    )
    np.testing.assert_array_equal(inline, outside)


def test_a_rewritten_graph_that_does_not_load_falls_back_to_the_stored_model(
    default_files: embedding_model.ModelFiles,
) -> None:
    files = default_files
    session = embedding_model._make_session(files.model_file, 1, b"\x0a\x03not a graph")
    assert {i.name for i in session.get_inputs()} >= {"input_ids", "attention_mask"}
