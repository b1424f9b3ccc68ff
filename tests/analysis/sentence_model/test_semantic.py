"""The sentence-model similarity inside the aligner, and the fallback when it cannot load."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.sentence_model.embedding import reset_default_embedder
from reader.analysis.sentence_model.semantic import cache_for
from reader.errors import ModelLoadError
from reader.model import Document, MatchKind

Make = Callable[[str], Document]

# two reports of one event share names, places and dates: Putin, Kim, Pyongyang, June 19
A = (
    "Treaty signed\n"
    "Vladimir Putin and Kim Jong Un met at the Kumsusan guesthouse in Pyongyang on June 19.\n"
    "Putin said they pledged to provide mutual assistance in the event of an attack.\n"
    "The weather in the capital was mild."
)
B = (
    "Pact details\n"
    "Kim Jong Un welcomed Vladimir Putin to Pyongyang on June 19 at the Kumsusan guesthouse.\n"
    "The deal requires both countries to give immediate military help if war breaks out.\n"
    "Ticket sales for the concert opened on Friday."
)
PARAPHRASE = (
    "Putin said they pledged to provide mutual assistance in the event of an attack.",
    "The deal requires both countries to give immediate military help if war breaks out.",
)


@pytest.fixture
def no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A model folder without a model: the default embedder fails to load."""
    monkeypatch.setenv("CROSSREAD_MODEL_DIR", str(tmp_path / "missing-model"))
    reset_default_embedder()
    yield
    monkeypatch.delenv("CROSSREAD_MODEL_DIR")
    reset_default_embedder()


def claim_texts(al_a: Document, al_b: Document, method: str) -> set[tuple[str, str]]:
    al = align(al_a, al_b, method=method)
    return {(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.CLAIM}


def test_semantic_links_a_paraphrase_that_shares_no_key_words(doc: Make) -> None:
    assert PARAPHRASE in claim_texts(doc(A), doc(B), "semantic")


def test_lexical_alone_misses_that_paraphrase(doc: Make) -> None:
    assert PARAPHRASE not in claim_texts(doc(A), doc(B), "lexical")


def test_semantic_does_not_link_unrelated_sentences(doc: Make) -> None:
    pairs = claim_texts(doc(A), doc(B), "semantic")
    assert (
        "The weather in the capital was mild.",
        "Ticket sales for the concert opened on Friday.",
    ) not in pairs


def test_realignment_reuses_cached_sentence_vectors(doc: Make) -> None:
    a, b = doc(A + "\nA cache test line."), doc(B)
    align(a, b, method="semantic")
    misses = cache_for(a).misses
    align(a, b, method="semantic")
    assert cache_for(a).misses == misses
    assert cache_for(a).hits > 0


def test_auto_falls_back_to_lexical_with_a_notice(doc: Make, no_model: None) -> None:
    al = align(doc(A), doc(B), method="auto")
    assert al.method == "lexical"
    assert len(al.notices) == 1
    assert "Matching uses words, names and numbers only" in al.notices[0]


def test_semantic_without_model_is_a_model_error(doc: Make, no_model: None) -> None:
    with pytest.raises(ModelLoadError):
        align(doc(A), doc(B), method="semantic")


@pytest.fixture
def kept_store(tmp_path: Path) -> Iterator[Path]:
    """Vectors kept on disk in tmp_path/vectors, the in-memory caches empty."""
    from reader.analysis.sentence_model.embedding_cache import use_vector_store
    from reader.session.vector_files import VectorFiles

    use_vector_store(VectorFiles(tmp_path / "vectors"))
    yield tmp_path / "vectors"
    use_vector_store(None)


@pytest.fixture
def unloadable_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The installed model fails its checksum from now on; its name stays the same."""
    from reader.analysis.sentence_model import model_source

    monkeypatch.setattr(model_source, "MODEL_SHA256", "0" * 64)
    reset_default_embedder()
    yield
    monkeypatch.undo()
    reset_default_embedder()


def forget_memory_caches() -> None:
    from reader.analysis.sentence_model.embedding_cache import use_vector_store, vector_store

    use_vector_store(vector_store())  # same store, memory caches emptied


def test_pair_with_kept_vectors_aligns_without_loading_the_model(
    doc: Make, kept_store: Path, request: pytest.FixtureRequest
) -> None:
    a, b = doc(A + "\nA kept-vector line."), doc(B)
    first = align(a, b, method="semantic")
    forget_memory_caches()
    request.getfixturevalue("unloadable_default")  # from here on the model cannot load
    again = align(a, b, method="semantic")
    assert again.method == "semantic" and not again.notices
    assert again.matches == first.matches
    assert again.timing_ms["model"] == 0.0


def test_one_new_sentence_needs_the_model_again(
    doc: Make, kept_store: Path, request: pytest.FixtureRequest
) -> None:
    align(doc(A), doc(B), method="semantic")
    forget_memory_caches()
    request.getfixturevalue("unloadable_default")
    al = align(doc(A + "\nA sentence never embedded."), doc(B), method="auto")
    assert al.method == "lexical" and "checksum" in al.notices[0]


def test_model_needed_until_both_documents_are_kept(doc: Make, kept_store: Path) -> None:
    from reader.analysis.sentence_model.embedding import model_needed

    a, b = doc(A + "\nModel needed line."), doc(B + "\nModel needed line.")
    assert model_needed(a, b)
    align(a, b, method="semantic")
    forget_memory_caches()
    assert not model_needed(a, b)
    assert model_needed(a, doc(B + "\nAnother line."))
