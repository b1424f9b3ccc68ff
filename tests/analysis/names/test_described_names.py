"""Tests of reader/analysis/names/described_names.py: a possessive and a kin or role noun
before a speaker's name describe the speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.linking.word_forms import side_forms
from reader.analysis.names.described_names import (
    described_lead,
    description_only,
    without_description,
)
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.model import Document

MakeDoc = Callable[[str], Document]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ihre Schwester Maria Braun", "Maria Braun"),
        ("Sein Anwalt Peter Müller", "Peter Müller"),
        ("Seine Frau Anna", "Anna"),
        ("Her Sister Maria Braun", "Maria Braun"),
        # no name after the description, or no description
        ("Ihr Sprecher", "Ihr Sprecher"),
        ("Maria Braun", "Maria Braun"),
        ("Sein Anwalt sagte", "Sein Anwalt sagte"),
    ],
)
def test_a_description_before_a_name_is_no_part_of_it(name: str, expected: str) -> None:
    assert without_description(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Ihr Sprecher", True), ("Seine Frau Anna", False), ("Maria Braun", False)],
)
def test_a_possessive_and_a_noun_alone_are_only_a_description(name: str, expected: bool) -> None:
    assert description_only(name) is expected


ENGLISH_OTHER = (
    "A worker died in an explosion at a chemical plant in Bremen on Monday, police said.\n"
)


def speakers_read_with(doc: MakeDoc, text: str, other: str = ENGLISH_OTHER) -> list[str | None]:
    """The speakers of ``text`` read against ``other`` (English: the German sentence is
    too short to be read as German)."""
    a, b = doc(text), doc(other)
    fa, _ = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    return [q.speaker for q in find_quotations(a, [m for f in fa for m in f.names])]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir warten seit Stunden auf eine Nachricht“, sagte ihre Schwester Maria Braun.",
        "„Er hat nichts gewusst“, sagte sein Anwalt Peter Müller.",
        '"We have been waiting for hours," said her Sister Maria Braun.',
    ],
)
def test_a_relation_after_a_small_possessive_is_no_part_of_the_speaker(
    doc: MakeDoc, text: str
) -> None:
    assert speakers_read_with(doc, text)[0] in ("Maria Braun", "Peter Müller")


@pytest.mark.parametrize(
    ("text", "start", "words", "expected"),
    [
        ("sagte ihre Schwester Maria Braun", 11, ["Schwester", "Maria", "Braun"], 1),
        # no kin or role noun: the name after the possessive is whole
        ("sold their Los Angeles home", 11, ["Los", "Angeles"], 0),
        ("said on her Facebook Live stream", 12, ["Facebook", "Live"], 0),
        # the noun alone names nobody; no possessive before it
        ("sagte ihre Schwester", 11, ["Schwester"], 0),
        ("said Brother Maria Braun", 5, ["Brother", "Maria", "Braun"], 0),
        # a German role written together with what it heads, no possessive needed
        ("sagte Hafenchef Peter Braun", 6, ["Hafenchef", "Peter", "Braun"], 1),
        ("sagte Polizeisprecher Braun", 6, ["Polizeisprecher", "Braun"], 1),
        ("sagte Bürgermeister Peter Braun", 6, ["Bürgermeister", "Peter", "Braun"], 1),
        # English words too, and a surname after a given name
        ("said Chef Gordon Ramsay", 5, ["Chef", "Gordon", "Ramsay"], 0),
        ("said Peter Hofmeister", 5, ["Peter", "Hofmeister"], 0),
    ],
)
def test_only_a_relation_after_a_small_possessive_leads_a_name(
    text: str, start: int, words: list[str], expected: int
) -> None:
    assert described_lead(text, start, words) == expected


def test_a_name_after_a_small_possessive_stays_whole(doc: MakeDoc) -> None:
    text = '"We lost everything," the couple said of their Los Angeles home.'
    a, b = doc(text), doc(ENGLISH_OTHER)
    fa, _ = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert "Los Angeles" in {n.surface for f in fa for n in f.names}


def names_read_with(doc: MakeDoc, text: str, other: str = ENGLISH_OTHER) -> set[str]:
    a, b = doc(text), doc(other)
    fa, _ = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    return {n.surface for f in fa for n in f.names}


_TOLD_THE_PAPER = "Dem Spiegel sagte Hafenchef Peter Braun, die Halle sei „seit Jahren marode“."


def test_a_german_role_before_a_name_is_no_part_of_it_read_as_english(doc: MakeDoc) -> None:
    # were "Dem Spiegel" and "Hafenchef Peter Braun", the paper the speaker
    assert names_read_with(doc, _TOLD_THE_PAPER) >= {"Spiegel", "Peter Braun"}
    assert speakers_read_with(doc, _TOLD_THE_PAPER) == ["Peter Braun"]


def test_an_english_title_before_a_name_still_leads_it(doc: MakeDoc) -> None:
    text = '"We cook with what the farmers bring," said Chef Gordon Ramsay.'
    assert "Chef Gordon Ramsay" in names_read_with(doc, text, ENGLISH_OTHER)
