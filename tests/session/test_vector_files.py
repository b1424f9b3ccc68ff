"""Sentence vectors kept on disk between runs."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from reader.analysis.sentence_model.embedding import EmbeddingCache, default_embedder
from reader.analysis.sentence_model.embedding_model import Embedder
from reader.session.vector_files import VectorFiles, default_vector_files

MODEL = "all-MiniLM-L6-v2@test"
DOC = "d" * 64
TEXTS = [
    "Putin and Kim signed a mutual assistance pact.",
    "The deal requires immediate military assistance in the event of war.",
    "Rain is expected in Seoul on Friday.",
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    model = default_embedder()
    if model is None:
        pytest.fail("the installed sentence model should load")
    return model


def vectors(n: int = 3, dim: int = 4) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    return {f"k{i}": rng.standard_normal(dim).astype(np.float32) for i in range(n)}


def test_saved_vectors_load_back_equal(tmp_path: Path) -> None:
    store, kept = VectorFiles(tmp_path), vectors()
    store.save(MODEL, DOC, kept)
    loaded = store.load(MODEL, DOC)
    assert loaded.keys() == kept.keys()
    assert all(np.array_equal(loaded[k], kept[k]) and loaded[k].dtype == np.float32 for k in kept)


def size(store: VectorFiles) -> int:
    return store.path(MODEL, DOC).stat().st_size


def test_half_precision_vectors_are_kept_at_half_and_load_as_single(tmp_path: Path) -> None:
    half = {k: v.astype(np.float16) for k, v in vectors(n=50, dim=384).items()}
    single, halved = VectorFiles(tmp_path / "single"), VectorFiles(tmp_path / "half")
    single.save(MODEL, DOC, vectors(n=50, dim=384))
    halved.save(MODEL, DOC, half)
    loaded = halved.load(MODEL, DOC)
    assert all(loaded[k].dtype == np.float32 and np.array_equal(loaded[k], half[k]) for k in half)
    assert size(halved) < 0.6 * size(single)


def test_nothing_kept_loads_as_nothing(tmp_path: Path) -> None:
    assert VectorFiles(tmp_path / "absent").load(MODEL, DOC) == {}


def test_vectors_of_another_model_are_not_used(tmp_path: Path) -> None:
    store = VectorFiles(tmp_path)
    store.save(MODEL, DOC, vectors())
    assert store.load("another-model", DOC) == {}


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a zip", b"\x00" * 100])
def test_a_damaged_file_counts_as_nothing_and_goes(tmp_path: Path, content: bytes) -> None:
    store = VectorFiles(tmp_path)
    path = store.path(MODEL, DOC)
    path.write_bytes(content)
    assert store.load(MODEL, DOC) == {}
    assert not path.exists()


def test_a_file_needing_pickle_is_never_unpickled(tmp_path: Path) -> None:
    store = VectorFiles(tmp_path)
    path = store.path(MODEL, DOC)
    with path.open("wb") as fh:
        np.savez(fh, model=np.array(MODEL), keys=np.array([{"a": 1}], dtype=object),
                 vectors=np.zeros((1, 4), np.float32))  # fmt: skip
    assert store.load(MODEL, DOC) == {}


def test_an_unwritable_folder_keeps_nothing_and_says_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    store = VectorFiles(blocker / "vectors")
    store.save(MODEL, DOC, vectors())  # no exception: a cache
    assert store.load(MODEL, DOC) == {}


def test_least_recently_used_files_go_beyond_the_limit(tmp_path: Path) -> None:
    store = VectorFiles(tmp_path, max_files=2)
    for i in range(2):
        store.save(MODEL, f"{i}" * 64, vectors())
        os.utime(store.path(MODEL, f"{i}" * 64), (1_000_000 + i, 1_000_000 + i))
    store.load(MODEL, "0" * 64)  # used again: now the newest
    store.save(MODEL, "2" * 64, vectors())
    kept = sorted(p.name.split("-")[1][0] for p in tmp_path.glob("*.npz"))
    assert kept == ["0", "2"]


def test_the_byte_limit_applies_too(tmp_path: Path) -> None:
    store = VectorFiles(tmp_path, max_bytes=1)
    store.save(MODEL, DOC, vectors())
    assert list(tmp_path.glob("*.npz")) == []


def test_cache_folder_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CROSSREAD_CACHE_DIR", str(tmp_path))
    store = default_vector_files()
    assert store is not None and store.folder == tmp_path / "vectors"
    monkeypatch.setenv("CROSSREAD_CACHE_DIR", "off")
    assert default_vector_files() is None


def test_a_later_run_embeds_nothing_it_kept(embedder: Embedder, tmp_path: Path) -> None:
    store = VectorFiles(tmp_path)
    first = EmbeddingCache(DOC, store).embed(embedder, TEXTS)
    later = EmbeddingCache(DOC, store)  # a new process: an empty memory cache
    again = later.embed(embedder, TEXTS)
    assert (later.misses, later.hits) == (0, 3)
    assert np.array_equal(first, again)


def test_a_later_run_has_the_word_pieces_it_kept(embedder: Embedder, tmp_path: Path) -> None:
    store = VectorFiles(tmp_path)
    first = EmbeddingCache(DOC, store)
    first.embed(embedder, TEXTS)
    kept = EmbeddingCache(DOC, store).kept_tokens(embedder.name, TEXTS)  # a new process
    assert kept is not None
    for got, made in zip(kept, first.kept_tokens(embedder.name, TEXTS) or [], strict=True):
        assert np.array_equal(got.ids, made.ids)
        np.testing.assert_allclose(got.vectors, made.vectors)


def test_a_later_run_embeds_only_new_texts(embedder: Embedder, tmp_path: Path) -> None:
    store = VectorFiles(tmp_path)
    EmbeddingCache(DOC, store).embed(embedder, TEXTS[:2])
    later = EmbeddingCache(DOC, store)
    later.embed(embedder, TEXTS)
    assert (later.misses, later.hits) == (1, 2)
    assert len(store.load(embedder.name, DOC)) == 3


def test_kept_gives_the_stored_vectors_without_a_model(tmp_path: Path) -> None:
    from reader.analysis.sentence_model.embedding_cache import text_key

    store = VectorFiles(tmp_path)
    v = vectors(2, dim=5)
    store.save(MODEL, DOC, {text_key(TEXTS[0]): v["k0"], text_key(TEXTS[1]): v["k1"]})
    got = EmbeddingCache(DOC, store).kept(MODEL, [TEXTS[1], TEXTS[0]])
    assert got is not None and got.shape == (2, 5)
    assert np.array_equal(got[0], v["k1"]) and np.array_equal(got[1], v["k0"])


def test_kept_is_none_while_one_text_is_missing(tmp_path: Path) -> None:
    from reader.analysis.sentence_model.embedding_cache import text_key

    store = VectorFiles(tmp_path)
    store.save(MODEL, DOC, {text_key(TEXTS[0]): vectors(1)["k0"]})
    assert EmbeddingCache(DOC, store).kept(MODEL, TEXTS[:2]) is None
    assert EmbeddingCache(DOC, store).kept("another-model", TEXTS[:1]) is None


def test_word_pieces_of_a_damaged_file_count_as_nothing_and_go(
    embedder: Embedder, tmp_path: Path
) -> None:
    store = VectorFiles(tmp_path)
    EmbeddingCache(DOC, store).embed(embedder, TEXTS)
    (pieces_file,) = set(tmp_path.glob("*.npz")) - {store.path(embedder.name, DOC)}
    pieces_file.write_bytes(pieces_file.read_bytes()[:500])
    assert EmbeddingCache(DOC, store).kept_tokens(embedder.name, TEXTS) is None
    assert not pieces_file.exists()
