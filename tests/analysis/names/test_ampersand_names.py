"""A firm's name of two names joined by "&" is one name ("Marks & Spencer", "Procter &
Gamble", "Quennell & Co", "AT&T", "S&P Global": reader.analysis.features._NAME), and a
name it holds alone is no short form of it ("Smith" is not "Smith & Wesson":
reader.analysis.mentions.canonical_names)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.names.ampersand_names import join_and_names
from reader.analysis.pipeline import align
from reader.model import Document, MatchKind
from tests.analysis.sentence_pairs import feats, shared_names

MakeDoc = Callable[[str], Document]


# were two names each ("Marks", "Spencer"), or a part of one ("P Global")
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shares in Marks & Spencer rose on Tuesday.", "Marks & Spencer"),
        ("Procter & Gamble said it would raise prices.", "Procter & Gamble"),
        ("The firm hired Quennell & Co to advise it.", "Quennell & Co"),
        ("Johnson & Johnson agreed to pay $5 billion.", "Johnson & Johnson"),
        ("AT&T said it would buy Time Warner.", "AT&T"),
        ("S&P Global cut its rating on Monday.", "S&P Global"),
    ],
)
def test_a_firm_named_with_an_ampersand_is_one_name(sentence: str, name: str) -> None:
    assert name in [m.surface for m in feats(sentence).names]


def test_the_firm_s_name_is_matched_whole() -> None:
    a = "Shares in Marks & Spencer rose on Tuesday."
    b = "Marks & Spencer shares rose on Tuesday."
    assert shared_names(a, b) == [("Marks & Spencer", "Marks & Spencer")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Smith & Wesson shares fell on Monday.", "Smith said the shares fell on Monday."),
        ("Johnson & Johnson will pay $5 billion.", "Johnson said the firm will pay $5 billion."),
    ],
)
def test_a_name_the_firm_s_holds_is_not_the_firm(a: str, b: str) -> None:
    assert shared_names(a, b) == []


def test_a_firm_s_acronym_with_a_suffix_is_still_its_name() -> None:
    a, b = "AT&T will buy Time Warner.", "AT&T Inc will buy Time Warner."
    assert ("AT&T", "AT&T Inc") in shared_names(a, b)


def _joined(a: str, b: str) -> list[str]:
    """The names of sentence ``b`` read beside sentence ``a`` of the other article."""
    fa, fb = [feats(a)], [feats(b)]
    join_and_names(fa, fb)
    return [m.key for m in fb[0].names]


# was "marks" and "spencer": "and" joins two names, unless the pair names the firm by "&"
def test_a_firm_named_with_and_is_the_one_named_with_an_ampersand() -> None:
    names = _joined("Shares in Marks & Spencer rose.", "Marks and Spencer said sales rose.")
    assert names == ["marks & spencer"]


def test_two_names_joined_by_and_stay_two_without_such_a_firm() -> None:
    names = _joined("Shares in Marks & Spencer rose.", "Smith and Jones said sales rose.")
    assert names == ["smith", "jones"]


def test_the_pair_matches_the_firm_named_both_ways(doc: MakeDoc) -> None:
    a = doc("Marks & Spencer said sales rose 4% in the quarter.\n")
    b = doc("Marks and Spencer said its sales rose 4% in the quarter.\n")
    entities = [
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in align(a, b).matches
        if m.kind is MatchKind.ENTITY
    ]
    assert entities == [("Marks & Spencer", "Marks and Spencer")]


# guards: two bodies' acronyms joined by "&" stay two, and "R&D" names nothing
@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The EU & IMF agreed a loan.", ["EU", "IMF"]),
        ("R&D spending rose at AT&T.", ["AT&T"]),
    ],
)
def test_what_an_ampersand_does_not_join(sentence: str, names: list[str]) -> None:
    assert [m.surface for m in feats(sentence).names] == names
