"""Hostile pairs for the aligner (issue 7): random texts, identical documents, an empty
or whitespace side, one-word documents, 10,000 identical sentences.

``align`` raises only its documented errors (``AlignmentCancelled`` when cancelled,
``ModelLoadError`` for method ``semantic`` without the model, ``ValueError`` for an
unknown method); every span it returns lies inside its document.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import AlignmentCancelled, align
from reader.analysis.linking.select import MAX_LINKS_PER_ROW
from reader.errors import IngestError
from reader.ingest import document_from_text
from reader.model import Alignment, Document, MatchKind, Span

FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))

WORDS = [
    "Putin", "Kim", "Jong", "Un", "said", "the", "treaty", "signed", "June", "18,", "19",
    "2024.", "U.S.", "Mr.", "3.5%", "1,200", "Pyongyang", "Moscow", "\u201chelp\u201d",
    "\u2018aid\u2019", "war.", "attack", "\u05e9\u05dc\u05d5\u05dd", "e\u0301",
    "\U0001f642", "\u5317", "\x00", "\r\n", "\n", "\n\n", ".", "?", "!", "\u2014", "\u00a0",
    "\u202e", "\u200b", "\t", "\u201c", "\u201d", '"', "said:", "Kim Jong-un",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=100).map(" ".join),
)
ARTICLE = (
    "Putin and Kim sign a mutual defence pact\n\n"
    "Russia and North Korea agreed on Wednesday to help each other if attacked. "
    '"This is a breakthrough," Putin said in Pyongyang. The talks lasted three hours.\n\n'
    "Kim Jong Un called the treaty the strongest ever signed by the two countries."
)


def check_alignment(al: Alignment) -> None:
    """Every match, discrepancy and only-in passage lies inside its document; match spans
    are non-empty and outside boilerplate; scores lie in [0, 1]; discrepancies point at
    matches that exist."""
    na, nb = len(al.a.text), len(al.b.text)
    ids = set()
    for m in al.matches:
        assert 0 <= m.a.start < m.a.end <= na, f"{m.id}: A span {m.a} outside [0, {na}]"
        assert 0 <= m.b.start < m.b.end <= nb, f"{m.id}: B span {m.b} outside [0, {nb}]"
        assert 0.0 <= m.score <= 1.0
        assert not al.a.is_boilerplate(m.a) and not al.b.is_boilerplate(m.b)
        ids.add(m.id)
    for d in al.discrepancies:
        assert d.a.end <= na and d.b.end <= nb and d.match in ids
    assert all(s.end <= na for s in al.only_a) and all(s.end <= nb for s in al.only_b)


def doc_or_none(text: str, path: str) -> Document | None:
    try:
        return document_from_text(text, path=path)
    except IngestError:
        return None


def claims(al: Alignment) -> list[tuple[Span, Span]]:
    return [(m.a, m.b) for m in al.matches if m.kind is MatchKind.CLAIM]


# -- random pairs ----------------------------------------------------------------------


@FAST
@given(text_a=TEXTS, text_b=TEXTS)
def test_random_pair_aligns_with_every_span_inside(text_a: str, text_b: str) -> None:
    a, b = doc_or_none(text_a, "a.txt"), doc_or_none(text_b, "b.txt")
    if a is not None and b is not None:
        check_alignment(align(a, b, method="lexical"))


@FAST
@given(text_a=TEXTS, text_b=TEXTS)
def test_random_pair_aligns_swapped_with_every_span_inside(text_a: str, text_b: str) -> None:
    a, b = doc_or_none(text_a, "a.txt"), doc_or_none(text_b, "b.txt")
    if a is not None and b is not None:
        check_alignment(align(b, a, method="lexical"))


@FAST
@given(text=TEXTS)
def test_random_document_aligned_with_the_article(text: str) -> None:
    a = doc_or_none(text, "a.txt")
    if a is not None:
        check_alignment(align(a, document_from_text(ARTICLE, path="b.txt"), method="lexical"))


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(text_a=TEXTS, text_b=TEXTS)
def test_random_pair_with_the_default_method(text_a: str, text_b: str) -> None:
    a, b = doc_or_none(text_a, "a.txt"), doc_or_none(text_b, "b.txt")
    if a is not None and b is not None:
        check_alignment(align(a, b))


# -- identical documents ---------------------------------------------------------------


@FAST
@given(text=TEXTS)
def test_identical_random_documents_align_validly(text: str) -> None:
    d = doc_or_none(text, "same.txt")
    if d is not None:
        check_alignment(align(d, d, method="lexical"))


def test_identical_article_links_each_sentence_to_itself() -> None:
    d = document_from_text(ARTICLE, path="same.txt")
    al = align(d, d, method="lexical")
    links = claims(al)
    assert all((s, s) in links for s in d.content_sentences())


def test_identical_article_leaves_nothing_only_on_one_side() -> None:
    d = document_from_text(ARTICLE, path="same.txt")
    al = align(d, d, method="lexical")
    assert al.only_a == () and al.only_b == ()


# -- an empty or whitespace side --------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n \u00a0 ", "\x00\x00"])
def test_empty_or_whitespace_text_is_refused_by_ingest(text: str) -> None:
    with pytest.raises(IngestError, match=r"empty|binary|not text"):
        document_from_text(text, path="empty.txt")


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_document_without_sentences_aligns_to_no_claims(text: str) -> None:
    empty = Document(path="empty.txt", title="", text=text)
    al = align(empty, document_from_text(ARTICLE, path="b.txt"), method="lexical")
    assert al.matches == () and al.discrepancies == ()


def test_document_without_sentences_leaves_the_other_side_only_in_b() -> None:
    b = document_from_text(ARTICLE, path="b.txt")
    al = align(Document(path="empty.txt", title="", text=""), b, method="lexical")
    assert al.only_a == () and al.only_b


# -- one-word documents ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word_a", "word_b"),
    [("Putin", "Putin"), ("Putin", "Kim"), ("the", "the"), ("2024", "2024."), ("\U0001f642", "a")],
)
def test_one_word_documents_align_validly(word_a: str, word_b: str) -> None:
    a = document_from_text(word_a, path="a.txt")
    b = document_from_text(word_b, path="b.txt")
    check_alignment(align(a, b, method="lexical"))


def test_one_word_document_against_the_article() -> None:
    a = document_from_text("Putin", path="a.txt")
    al = align(a, document_from_text(ARTICLE, path="b.txt"), method="lexical")
    check_alignment(al)


# -- 10,000 identical sentences --------------------------------------------------------

REPEATED = "Kim met Putin in Pyongyang on June 19. " * 10_000


@pytest.fixture(scope="module")
def repeated() -> Document:
    return document_from_text(REPEATED, path="repeated.txt")


def test_ten_thousand_identical_sentences_are_segmented(repeated: Document) -> None:
    assert len(repeated.sentences) == 10_000


def test_ten_thousand_identical_sentences_against_an_article(repeated: Document) -> None:
    b = document_from_text(ARTICLE, path="b.txt")
    al = align(repeated, b, method="lexical")
    check_alignment(al)


@pytest.mark.slow
def test_ten_thousand_identical_sentences_against_themselves(repeated: Document) -> None:
    al = align(repeated, repeated, method="lexical")
    check_alignment(al)
    per_sentence: dict[Span, int] = {}
    for a, _ in claims(al):
        per_sentence[a] = per_sentence.get(a, 0) + 1
    assert max(per_sentence.values()) <= MAX_LINKS_PER_ROW


# -- documented errors -----------------------------------------------------------------


def test_unknown_method_is_a_value_error() -> None:
    d = document_from_text(ARTICLE, path="a.txt")
    with pytest.raises(ValueError, match="unknown alignment method"):
        align(d, d, method="psychic")


def test_cancelled_alignment_raises_alignment_cancelled() -> None:
    d = document_from_text(ARTICLE, path="a.txt")
    with pytest.raises(AlignmentCancelled):
        align(d, d, method="lexical", is_cancelled=lambda: True)


def test_progress_stays_in_range_and_never_goes_back() -> None:
    seen: list[float] = []
    d = document_from_text(ARTICLE * 20, path="a.txt")
    align(d, d, method="lexical", progress=seen.append)
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen) and seen[-1] == 1.0
