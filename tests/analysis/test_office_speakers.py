"""A speaker told by an office alone ("the chief said") is the holder last named with that
office a few sentences before ("fire chief Dan Ross"), audit F19 (reader/analysis/
office_speakers.py, through reader.analysis.quotes.find_quotations)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.office_speakers import office_told
from tests.analysis.test_pronoun_speakers import article_speakers

_OPENING = [
    "Oregon warehouse blaze toll reaches 14",
    "WOODBURN, Ore., Aug 9 (AP) — Fourteen people died when fire swept through a furniture"
    " warehouse in Woodburn on Friday, authorities said.",
    "The fire started around 3:20 a.m. Pacific time and was put out by 9 a.m.",
]
_QUOTE = '"It was an inferno by the time we got there," the chief said.'


@pytest.mark.parametrize(
    "named",
    [
        "Five firefighters were hurt, fire chief Dan Ross said.",  # the audit's sentence
        "Five firefighters were hurt, said Fire Chief Dan Ross.",
        "Dan Ross, the fire chief, arrived at dawn.",
    ],
)
def test_the_office_alone_is_its_holder_named_before(tmp_path: Path, named: str) -> None:
    lines = [*_OPENING, named, "About 85 people work at the warehouse.", _QUOTE]
    assert article_speakers(tmp_path, lines)[-1] == "Dan Ross"


def test_the_last_holder_named_speaks(tmp_path: Path) -> None:
    lines = [
        *_OPENING,
        "Fire chief Dan Ross said the roof collapsed.",
        "Police chief Ann Lee said the road was closed.",
        _QUOTE,
    ]
    assert article_speakers(tmp_path, lines)[-1] == "Ann Lee"


@pytest.mark.parametrize(
    "lines",
    [
        # nobody named with that office
        [*_OPENING, "Mayor Ana Torres visited the site.", _QUOTE],
        # an office told as unknown
        [*_OPENING, "Fire chief Dan Ross arrived at dawn.",
         '"It was an inferno by the time we got there," a chief said.'],
        # the holder named too long before
        [*_OPENING, "Fire chief Dan Ross arrived at dawn.", "About 85 people work there.",
         "The site had a smaller fire in 2019.", "Nobody was killed then.",
         "The warehouse was built in 1990.", _QUOTE],
    ],
)  # fmt: skip
def test_no_holder_no_speaker(tmp_path: Path, lines: list[str]) -> None:
    assert article_speakers(tmp_path, lines)[-1] is None


@pytest.mark.parametrize(
    ("phrase", "office"),
    [("the chief", "chief"), ("The fire chief", "chief"), ("the mayor", "mayor"),
     ("a chief", None), ("officials", None), ("the warehouse", None)],
)  # fmt: skip
def test_an_office_told_as_known(phrase: str, office: str | None) -> None:
    assert office_told(phrase) == office


def test_an_office_told_of_nobody_named_keeps_its_unnamed_source(tmp_path: Path) -> None:
    # ECB+ 12_8ecbplus: "officer" and the ship named after it are not one; the officer
    # stays an unnamed source
    lines = [
        *_OPENING,
        "The attack was foiled by a warship, a naval officer said here Friday.",
        "Patrol vessel INS Sukanya was escorting five merchant vessels.",
        '"The warship immediately altered towards the vessels," the officer said.',
    ]
    assert article_speakers(tmp_path, lines)[-1] == "the officer"
