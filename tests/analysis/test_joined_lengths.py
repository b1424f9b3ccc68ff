"""Two lengths joined by "and" (reader/analysis/times/durations.py): added when the second is
told in a smaller unit and less than one of the first ("two years and three months",
"three hours and 30 minutes"), else two lengths ("two years and 24 months", "48 hours,
or two days")."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from reader.analysis.times.length_frames import DISTANCE
from tests.analysis.sentence_pairs import details, feats, figure_labels

_DAY, _MONTH = 1440.0, 43200.0


def _minutes(text: str, language: str | None = None) -> list[float]:
    return [float(d.mention.key[4:]) for d in durations(feats(text, language))]


@pytest.mark.parametrize(
    ("language", "text", "minutes"),
    [
        (None, "Johnson was sentenced to two years and three months in prison.", [27 * _MONTH]),
        (None, "The talks lasted three hours and 30 minutes.", [210]),
        ("German", "Die Verhandlungen dauerten zwei Tage und sechs Stunden.", [2 * _DAY + 360]),
        ("French", "Dupont a été condamné à deux ans et trois mois de prison.", [27 * _MONTH]),
    ],
)
def test_a_smaller_unit_joined_by_and_is_added(
    language: str | None, text: str, minutes: list[float]
) -> None:
    assert _minutes(text, language) == minutes


@pytest.mark.parametrize(
    ("language", "text", "minutes"),
    [
        (None, "Johnson was sentenced to two years and 24 months of probation.",
         [24 * _MONTH, 24 * _MONTH]),
        (None, "The talks lasted two days and 48 hours more for the final text.",
         [2 * _DAY, 2 * _DAY]),
        (None, "The talks lasted 48 hours, or two days.", [2 * _DAY, 2 * _DAY]),
        (None, "The talks lasted six months and two years more for the final text.",
         [6 * _MONTH, 24 * _MONTH]),
        ("Spanish", "García fue condenado a dos años y 30 meses de libertad vigilada.",
         [24 * _MONTH, 30 * _MONTH]),
    ],
)  # fmt: skip
def test_one_unit_or_more_joined_by_and_is_another_length(
    language: str | None, text: str, minutes: list[float]
) -> None:
    assert _minutes(text, language) == minutes


def test_two_lengths_added_from_descending_units_disagree() -> None:
    a = "Johnson was sentenced to two years and three months in prison for the fraud."
    b = "Johnson was sentenced to two years and six months in prison for the fraud."
    assert details(a, b) == ["two years and three months vs two years and six months"]


def test_a_smaller_unit_told_right_after_is_added() -> None:
    assert _minutes("The second-stage engine shut down 8 minutes 30 seconds after launch.") == [8.5]


def test_a_launch_count_is_a_distance_from_the_launch() -> None:
    (told,) = durations(feats("The second-stage engine shut down at T+8 minutes 30 seconds."))
    assert (told.mention.surface, told.frame) == ("8 minutes 30 seconds", DISTANCE)


def test_a_countdown_disagrees_with_another_distance_before_the_launch() -> None:
    a = "The countdown was halted at T-minus 10 minutes by a faulty valve."
    b = "The countdown was halted 12 minutes before launch by a faulty valve."
    assert details(a, b) == ["10 vs 12"]


def test_one_length_told_in_two_ways_is_shown_whole() -> None:
    a = "The second-stage engine shut down at T+8 minutes 30 seconds, the capsule at speed."
    b = "About eight and a half minutes after launch the upper stage shut down its engine."
    assert figure_labels(feats(a), feats(b)) == ["8 minutes 30 seconds"]
