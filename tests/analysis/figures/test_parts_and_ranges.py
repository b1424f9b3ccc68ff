"""A part told with its whole counts what the whole counts ("won 87 of the 150 seats"
against "won 85 seats" is a discrepancy); the whole, a range's ends and a score count
nothing another article's count could contradict."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats


def _units(sentence: str) -> dict[str, str]:
    return {m.surface: m.unit_word for m in feats(sentence).numbers if m.kind == "number"}


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The alliance won 87 of the 150 seats in parliament.", {"87": "seat", "150": ""}),
        ("He landed 178 of 369 punches.", {"178": "punch", "369": ""}),
        ("He scored 28 of his 68 points.", {"28": "point", "68": ""}),
        ("It cost between 140 and 150 dollars.", {"140": "", "150": ""}),
        ("They had a 9-14 record of 23 games.", {"9": "", "14": "", "23": "game"}),
    ],
)  # fmt: skip
def test_what_a_part_and_its_whole_count(sentence: str, units: dict[str, str]) -> None:
    assert {s: u for s, u in _units(sentence).items() if s in units} == units


def test_a_part_of_seats_disagrees_with_another_count_of_seats() -> None:
    assert details(
        "The Veloria alliance won 87 of the 150 seats in parliament.",
        "The Veloria alliance won 85 seats in the 150-seat parliament.",
    ) == ["87 vs 85"]


@pytest.mark.parametrize(
    "b",
    [
        "The Veloria alliance won 87 seats in the 150-seat parliament.",
        "The Veloria parliament has 150 seats.",
    ],
)
def test_the_same_part_or_the_whole_is_no_discrepancy(b: str) -> None:
    assert details("The Veloria alliance won 87 of the 150 seats in parliament.", b) == []


# ECB+ 7_11ecb / 7_1ecb: a round's punches against the fight's
def test_parts_of_two_wholes_are_no_discrepancy() -> None:
    assert (
        details(
            "In fact, Klitschko landed 28 of his 68 punches thrown during the round.",
            "The final numbers showed Klitschko landing 178 of 369 punches thrown.",
        )
        == []
    )


def test_parts_of_one_whole_disagree() -> None:
    assert details(
        "The Veloria alliance won 87 of the 150 seats.",
        "The Veloria alliance won 85 of the 150 seats.",
    ) == ["87 vs 85"]


# a court's verdict told in words (tests/data/pages/court_*): "three of five counts" is a
# part of five counts, as "87 of the 150 seats" is of the seats
@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("He was convicted on three of five counts of wire fraud.",
         {"three": "count", "five": ""}),
        ("He was convicted on two of the four charges.", {"two": "charg", "four": ""}),
        ("Nine of 12 jurors voted to convict.", {"Nine": "juror", "12": ""}),
        ("He was convicted on 3 out of 5 counts.", {"3": "count", "5": ""}),
        ("Two of the three suspects were held.", {"Two": "suspect", "three": ""}),
    ],
)  # fmt: skip
def test_what_a_part_in_words_and_its_whole_count(sentence: str, units: dict[str, str]) -> None:
    assert {s: u for s, u in _units(sentence).items() if s in units} == units


@pytest.mark.parametrize(
    "b",
    [
        "He was convicted on three of five counts of wire fraud.",
        "He was convicted on three out of five counts of wire fraud.",
        "He was convicted on 3 of 5 counts of wire fraud.",
    ],
)
def test_a_part_in_words_disagrees_with_another_count_of_the_same(b: str) -> None:
    (detail,) = details("A jury found him guilty of four counts of wire fraud.", b)
    assert detail.split(" vs ")[0] == "four"
    assert detail.split(" vs ")[1] in ("three", "3")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same part, in words and in digits
        ("He was convicted on three of five counts.", "He was convicted on 3 of 5 counts."),
        # parts of two wholes: another selection
        ("He was convicted on three of five counts.", "He was convicted on two of four counts."),
        # the whole alone
        ("He was convicted on three of five counts.", "He faced five counts."),
    ],
)  # fmt: skip
def test_the_same_part_in_words_or_parts_of_two_wholes_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Half of the 40 homes on Alder Street burned.", "Twenty homes on Alder Street burned."),
        ("A third of the 300 staff were laid off on Monday.",
         "The firm laid off 100 staff on Monday."),
        ("Three-quarters of the 400 homes in the valley lost power.",
         "About 300 homes in the valley lost power."),
        ("Two-thirds of the 90 passengers were British.", "Sixty passengers were British."),
        ("Of the 40 homes on the street, 20 burned.", "Twenty homes on the street burned."),
        ("Of those 12 victims, two were children.", "Three children were among the victims."),
    ],
)  # fmt: skip
def test_the_whole_of_a_fraction_or_of_a_later_part_is_no_count(a: str, b: str) -> None:
    """What burned, left or lost power is the part: the whole counts nothing the other
    article's count of the part could contradict."""
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Half of the 40 homes burned.", "40"),
        ("A quarter of 400 homes lost power.", "400"),
        ("Of the 40 homes on the street, 20 burned.", "40"),
    ],
)
def test_the_whole_of_a_fraction_counts_nothing(sentence: str, whole: str) -> None:
    assert _units(sentence)[whole] == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("In the first half of 2023, 40 homes were sold.",
         "In the first half of 2023, 50 homes were sold."),
        ("The last quarter of 2024 saw 40 homes sold.",
         "The last quarter of 2024 saw 50 homes sold."),
        ("Officials said 40 homes burned, half of them near the river.",
         "Officials said 50 homes burned."),
    ],
)  # fmt: skip
def test_a_count_beside_a_period_or_a_later_fraction_still_compares(a: str, b: str) -> None:
    assert details(a, b) == ["40 vs 50"]


def test_a_part_of_a_fraction_s_whole_told_in_figures_still_compares() -> None:
    assert details("Three of the 40 homes burned.", "Twenty homes burned.") == ["Three vs Twenty"]
