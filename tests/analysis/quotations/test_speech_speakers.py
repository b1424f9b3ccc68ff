"""Speakers of an address's quotations as a tabloid attributes them: a time between the
subject and its verb ("Clara Vennick last night promised"), "vowing:", "She ended the
address with a promise:", "the prime minister said" long after the article names her
(reader.analysis.quotations.subjects, participles, speakers, office_speakers)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document

QUOTE = "“We will cap energy bills for every household this winter.”"


def speakers(doc: Document) -> list[str | None]:
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [q.speaker for q in find_quotations(doc, names)]


@pytest.mark.parametrize(
    "text",
    [
        f"ESTRAVA — Prime Minister Clara Vennick last night promised to cap bills, vowing: {QUOTE}",
        f"Clara Vennick yesterday said: {QUOTE}",
        f"Clara Vennick this morning promised to cap bills, pledging: {QUOTE}",
    ],
)
def test_a_time_between_the_speaker_and_her_verb(doc: Callable[[str], Document], text: str) -> None:
    assert speakers(doc(text)) == ["Clara Vennick"]


def test_she_before_a_colon_is_the_one_just_spoken_of(doc: Callable[[str], Document]) -> None:
    text = (
        "Clara Vennick spoke for 14 minutes.\n"
        "She ended the address with a promise: “No family will be left behind.”"
    )
    assert speakers(doc(text)) == ["Clara Vennick"]


FILLER = "\n".join(f"Bills will fall by {k} per cent in region {k}." for k in range(1, 8))


def test_the_office_is_its_one_holder_however_far_back(doc: Callable[[str], Document]) -> None:
    text = (
        "Prime Minister Clara Vennick spoke on Thursday.\n"
        f"{FILLER}\n{QUOTE[:-1]},” the prime minister said."
    )
    assert speakers(doc(text)) == ["Clara Vennick"]


def test_an_office_two_people_held_is_neither_far_back(doc: Callable[[str], Document]) -> None:
    text = (
        "Prime Minister Clara Vennick met former Prime Minister Jon Ekdahl on Thursday.\n"
        f"{FILLER}\n{QUOTE[:-1]},” the prime minister said."
    )
    assert speakers(doc(text)) != ["Clara Vennick"]
