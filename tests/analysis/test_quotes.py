from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotes import Quotation, find_quotations, quote_similarity
from reader.analysis.units import document_units
from reader.model import Document, Span


def quotations(doc: Document) -> list[Quotation]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return find_quotations(doc, names)


def q(words: str) -> Quotation:
    return Quotation(Span(0, 1), tuple(words.split()), None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("breakthrough document", "breakthrough document", 1.0),
        ("breakthrough", "breakthrough document", 0.7),
        ("all means at its disposal", "deploy all means at its disposal without delay", 0.9),
        ("it", "it was", 0.0),
        ("fiery friendship", "strongest-ever treaty", 0.0),
    ],
)
def test_quote_similarity(a: str, b: str, expected: float) -> None:
    assert quote_similarity(q(a), q(b)) == pytest.approx(expected)


def test_quotation_with_attribution_gets_its_speaker(doc: Callable[[str], Document]) -> None:
    d = doc("Title\n\u201cRelations have risen to a new level,\u201d Kim said on Wednesday.")
    (found,) = quotations(d)
    assert d.slice(found.span) == "\u201cRelations have risen to a new level,\u201d"
    assert found.speaker == "Kim"


def test_speaker_before_the_quote(doc: Callable[[str], Document]) -> None:
    d = doc('Title\nPutin called it a "breakthrough document" for both sides.')
    (found,) = quotations(d)
    assert found.words == ("breakthrough", "document")
    assert found.speaker == "Putin"


def test_single_quoted_headline_phrase(doc: Callable[[str], Document]) -> None:
    d = doc(
        "Putin, Kim pledge \u2018mutual assistance\u2019 in event of aggression\nBody text here."
    )
    assert [x.words for x in quotations(d)] == [("mutual", "assistance")]


def test_apostrophes_are_not_quotes(doc: Callable[[str], Document]) -> None:
    d = doc("Title\nKim's visit and Putin's trip aren't news.")
    assert quotations(d) == []
