"""Units written in capitals after a figure are no names
(reader/analysis/names/figure_units.py): "2,000 IU of vitamin D", "a 500 MW plant"; the
same letters as a name ("IU Health", "The IU said") stay one."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


def _names(text: str) -> list[str]:
    return [n.surface for n in feats(text).names]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the volunteers took 2,000 IU of vitamin D a day.", "IU"),
        ("the guidelines recommend 600 to 800 IU a day.", "IU"),
        ("the plant will produce 500 MW of power.", "MW"),
        ("the phone has 16 GB of memory.", "GB"),
    ],
)
def test_a_unit_after_a_figure_is_no_name(text: str, unit: str) -> None:
    assert unit not in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Doctors at IU Health said the trial was small.", ["IU Health"]),
        ("the fans cheered, and 2,000 GB Rowing members joined.", ["GB Rowing"]),
    ],
)
def test_the_same_letters_naming_something_are_a_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the regulator in Oslo fined Nordbank NOK 400m on Tuesday.", ["Oslo", "Nordbank"]),
        (
            "the regulator in Stockholm fined Nordbank 400m SEK on Tuesday.",
            ["Stockholm", "Nordbank"],
        ),
        ("SEK 400m was the largest fine in Sweden's history.", ["Sweden"]),
        ("the bank paid Barclays GBP 1,200 in costs.", ["Barclays"]),
    ],
)
def test_a_currency_code_beside_a_sum_is_no_name_nor_part_of_one(
    text: str, names: list[str]
) -> None:
    assert _names(text) == names


def test_a_code_before_a_version_number_stays_a_name() -> None:
    """ "PHP 8.3" names a language's release, not 8.3 Philippine pesos."""
    assert _names("the team moved to PHP 8.3 last year.") == ["PHP"]
