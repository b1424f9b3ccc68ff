"""English speakers told by age alone: '"...," the 58-year-old said' after "Mayor Ann
Cole" stands for her, as "she said" would (quotations/pronoun_speakers.aged_subject),
whichever the sex; with nobody named before, nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analysis.quotations.test_pronoun_speakers import article_speakers

_OPENING = [
    "Fire at city hall",
    "A fire broke out at the city hall on Monday, officials said.",
    "Nobody was hurt in the blaze.",
]
_NAMED = "Mayor Ann Cole visited the site on Tuesday."


# was "(no speaker named)": the age before the verb stood for nobody
@pytest.mark.parametrize(
    "said", ['"We are ready," the 58-year-old said.', 'The 58-year-old said: "We are ready."']
)
def test_one_told_by_age_before_the_verb_is_the_one_just_named(tmp_path: Path, said: str) -> None:
    assert article_speakers(tmp_path, [*_OPENING, _NAMED, said])[-1] == "Ann Cole"


# was "(no speaker named)": the age after an inverted verb
@pytest.mark.parametrize(
    "said",
    ['"We are ready," said the 58-year-old.', '"We are ready," said the 58-year-old on Tuesday.'],
)
def test_one_told_by_age_after_the_verb_is_the_one_just_named(tmp_path: Path, said: str) -> None:
    assert article_speakers(tmp_path, [*_OPENING, _NAMED, said])[-1] == "Ann Cole"


# was "(no speaker named)": a man's first name is no bar (the age tells no sex)
def test_one_told_by_age_is_a_man_as_well(tmp_path: Path) -> None:
    named = "Fire chief Dan Ross arrived within minutes."
    said = '"It spread fast," the 61-year-old said.'
    assert article_speakers(tmp_path, [*_OPENING, named, said])[-1] == "Dan Ross"


# the guards (as on main): nobody named before is nobody; an age before a noun is the
# noun's phrase ("the 58-year-old mayor": the office's holder)
def test_one_told_by_age_with_nobody_named_before_is_nobody(tmp_path: Path) -> None:
    lines = [
        *_OPENING,
        "Crowds gathered at the site on Tuesday.",
        '"We are ready," the 67-year-old said.',
    ]
    assert article_speakers(tmp_path, lines)[-1] is None


def test_an_age_before_an_office_is_the_office_s(tmp_path: Path) -> None:
    said = '"We are ready," the 58-year-old mayor said.'
    assert article_speakers(tmp_path, [*_OPENING, _NAMED, said])[-1] == "Ann Cole"
