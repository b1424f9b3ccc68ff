"""Property tests: for any text pair, ingestion and alignment raise only the documented
input errors, and every span they produce lies inside its document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.errors import IngestError
from reader.ingest import document_from_text
from reader.model import Alignment, Document

WORDS = st.sampled_from(
    [
        "Putin", "Kim", "said", "the", "treaty", "June", "18", "2024", "\u201calliance\u201d",
        "\u2018aid\u2019", "U.S.", "Mr.", "war", "24", "years", "Kim", "Jong-un.", "Korea's",
        "\u00a0", "\u2014", ".", ",", "?", "!", "\n", "\n\n", "\u00e9", "\u5317",
        "\u0645\u0631\u062d\u0628\u0627", "\U0001f642", "a.m.", "1,200", "3.5%", "e\u0301",
        "\r\n", "\x00",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join))


def spans_inside(al: Alignment) -> bool:
    docs: tuple[Document, Document] = (al.a, al.b)
    for m in al.matches:
        if not (m.a.end <= len(docs[0].text) and m.b.end <= len(docs[1].text)):
            return False
        if m.a.start >= m.a.end or m.b.start >= m.b.end:
            return False
    return all(s.end <= len(al.a.text) for s in al.only_a) and all(
        s.end <= len(al.b.text) for s in al.only_b
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, TEXTS)
def test_lexical_alignment_of_any_pair_is_valid(text_a: str, text_b: str) -> None:
    try:
        a = document_from_text(text_a, path="a.txt")
        b = document_from_text(text_b, path="b.txt")
    except IngestError:
        return
    al = align(a, b, method="lexical")
    assert spans_inside(al)
    for m in al.matches:
        assert 0.0 <= m.score <= 1.0
        assert not a.is_boilerplate(m.a)
        assert not b.is_boilerplate(m.b)


@settings(max_examples=40, deadline=None)
@given(TEXTS)
def test_document_aligned_with_itself_is_valid_and_symmetric(text: str) -> None:
    try:
        d = document_from_text(text, path="same.txt")
    except IngestError:
        return
    al = align(d, d, method="lexical")
    assert spans_inside(al)
    claims = {(m.a, m.b) for m in al.matches if m.kind.value == "claim"}
    assert claims == {(b, a) for a, b in claims}
