"""A match's mark of a name the two articles spell apart (Match.spelling): saved and
loaded with the alignment, absent from a session saved before it was told."""

from __future__ import annotations

import json

import pytest

from reader.model import Alignment, Document, Match, MatchKind, Span, Spelling
from reader.model.spelling import spelling_line, spelling_note


@pytest.fixture
def alignment() -> Alignment:
    a = Document("a.txt", "Talks", "John Smith met Mohammed.", (Span(0, 24),), (Span(0, 24),))
    b = Document("b.txt", "Talks", "John Smyth met Muhammad.", (Span(0, 24),), (Span(0, 24),))
    matches = (
        Match("m1", MatchKind.ENTITY, Span(0, 10), Span(0, 10), 0.9, ("John Smith",)),
        Match("m2", MatchKind.ENTITY, Span(0, 10), Span(0, 10), 0.9, spelling=Spelling.LETTERS),
        Match("m3", MatchKind.ENTITY, Span(15, 23), Span(15, 23), 0.9, spelling=Spelling.VOWELS),
    )
    return Alignment(a, b, matches, (), (), (), "test", {})


def test_the_mark_round_trips_through_json(alignment: Alignment) -> None:
    loaded = Alignment.from_json(json.loads(json.dumps(alignment.to_json())))
    assert [m.spelling for m in loaded.matches] == [None, Spelling.LETTERS, Spelling.VOWELS]


def test_json_names_the_mark_only_of_a_name_spelt_apart(alignment: Alignment) -> None:
    found = [m.get("spelling") for m in alignment.to_json()["matches"]]
    assert found == [None, "letters", "vowels"]


def test_an_alignment_saved_before_the_mark_loads_without_it(alignment: Alignment) -> None:
    data = alignment.to_json()
    for m in data["matches"]:
        m.pop("spelling", None)
    assert all(m.spelling is None for m in Alignment.from_json(data).matches)


def test_a_mark_not_known_loads_as_none(alignment: Alignment) -> None:
    data = alignment.to_json()
    data["matches"][1]["spelling"] = "sounds"
    assert Alignment.from_json(data).matches[1].spelling is None


def test_the_mark_stays_when_the_sides_swap(alignment: Alignment) -> None:
    assert alignment.swapped().matches[1].spelling is Spelling.LETTERS


@pytest.mark.parametrize(
    ("spelling", "note"),
    [
        (None, ""),
        (Spelling.LETTERS, " (spelt differently)"),
        (Spelling.VOWELS, " (spelt differently: transliterated)"),
    ],
)
def test_the_note_after_a_name(spelling: Spelling | None, note: str) -> None:
    assert spelling_note(spelling) == note


def test_the_line_gives_both_spellings() -> None:
    line = spelling_line(Spelling.LETTERS, "Smith", "Smyth")
    assert line == "Spelt differently: “Smith” in A, “Smyth” in B: check which is right"
