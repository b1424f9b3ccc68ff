"""One speaker's statement quoted by two reports in other words
(reader.analysis.quotations.reworded_quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.pipeline import align
from reader.analysis.quotations.quote_similarity import quote_similarity
from reader.analysis.quotations.quotes import Quotation
from reader.analysis.quotations.reworded_quotes import REWORDED_SCORE, restated
from reader.ingest import load_document
from reader.model import Alignment, DiscrepancyKind, MatchKind, Span

LANGUAGES = Path(__file__).resolve().parents[2] / "data" / "languages"


def said(words: str, speaker: str | None = "Emmanuel Macron") -> Quotation:
    return Quotation(Span(0, 1), tuple(words.split()), speaker)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same opening words, the rest reworded (tests/data/languages/fr_*.txt)
        ("nous rebâtirons notre dame", "nous rebâtirons cette cathédrale tous ensemble"),
        ("we will rebuild this city", "we will rebuild it stronger than before"),
        # most of the shorter one's content words, in another order
        (
            "the cathedral will be rebuilt within five years",
            "within five years we will have a cathedral rebuilt even more beautiful",
        ),
    ],
)
def test_one_speakers_statement_in_other_words_is_one(a: str, b: str) -> None:
    assert restated(said(a), said(b))
    assert quote_similarity(said(a), said(b)) == REWORDED_SCORE


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("nous rebâtirons notre dame", "le gouvernement démissionnera"),
        # the same function words opening two statements
        ("nous allons reconstruire la cathédrale", "nous allons trouver les responsables"),
        ("we will find those responsible", "we will rebuild this city"),
        # the same two words opening two long statements
        ("i think he should serve his time in colorado", "i think the jury got it right"),
    ],
)
def test_two_statements_of_one_speaker_stay_apart(a: str, b: str) -> None:
    assert quote_similarity(said(a), said(b)) == 0.0


def test_the_same_opening_of_two_speakers_is_no_rewording() -> None:
    mayor = said("we will rebuild this city", "Anne Hidalgo")
    president = said("we will rebuild it stronger than before")
    assert quote_similarity(mayor, president) == 0.0


def test_an_unnamed_speaker_is_no_shared_speaker() -> None:
    a = Quotation(Span(0, 1), ("we", "will", "rebuild", "this", "city"), "officials", True)
    b = Quotation(Span(0, 1), ("we", "will", "rebuild", "it", "stronger"), "officials", True)
    assert not restated(a, b)


def aligned(tmp_path: Path, a: str, b: str) -> Alignment:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def test_macrons_two_wordings_are_linked_and_their_difference_shown() -> None:
    al = align(*(load_document(LANGUAGES / f"fr_{s}.txt") for s in "ab"), method="lexical")
    quoted = [m for m in al.matches if m.kind is MatchKind.QUOTE and m.speaker]
    assert [(al.a.slice(m.a), al.b.slice(m.b)) for m in quoted] == [
        ("« Nous rebâtirons Notre-Dame »", "« Nous rebâtirons cette cathédrale tous ensemble »")
    ]
    details = [d.detail for d in al.discrepancies if d.kind is DiscrepancyKind.QUOTE]
    assert details == ["\u201cNotre-Dame\u201d vs \u201ccette cathédrale tous ensemble\u201d"]


def test_two_statements_of_one_speaker_are_not_linked(tmp_path: Path) -> None:
    al = aligned(
        tmp_path,
        "Emmanuel Macron s'est exprimé devant la cathédrale lundi soir.\n\n"
        "« Nous rebâtirons Notre-Dame », a déclaré Emmanuel Macron.\n",
        "Emmanuel Macron s'est exprimé devant la cathédrale lundi soir.\n\n"
        "« Nous trouverons les responsables », a déclaré Emmanuel Macron.\n",
    )
    assert not [m for m in al.matches if m.kind is MatchKind.QUOTE]
