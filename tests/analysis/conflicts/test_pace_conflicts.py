"""Paces that differ are a discrepancy (reader/analysis/conflicts/pace_conflicts.py): "2:54
per kilometre" against "2:58 per kilometre", or against "4:50 per mile"; not against the
one pace told per mile ("4:41 per mile"), nor against "about" a pace near it; and a pace
is no clock time (reader/analysis/times/clock_times.py)."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.times.clock_times import clock_times
from tests.analysis.sentence_pairs import details, feats

_KM = "Kiptanui averaged 2:54 per kilometre in the Lakemont Marathon."


def test_two_paces_per_kilometre_that_differ_disagree() -> None:
    b = "Kiptanui averaged 2:58 per kilometre in the Lakemont Marathon."
    assert details(_KM, b) == ["2:54 per kilometre vs 2:58 per kilometre"]


def test_a_pace_per_mile_that_is_another_pace_disagrees() -> None:
    b = "Kiptanui held a pace of 4:50 per mile in the Lakemont Marathon."
    assert details(_KM, b) == ["2:54 per kilometre vs 4:50 per mile"]


def test_one_pace_a_sentence_tells_alone_stands_on_any_link() -> None:
    b = "Kiptanui averaged 2:58 per kilometre in the Lakemont Marathon."
    (found,) = conflicts(feats(_KM), feats(b))
    assert not found.needs_close_link


@pytest.mark.parametrize(
    "b",
    ["Kiptanui held a pace of 4:41 per mile in the Lakemont Marathon.",
     # was "2:54 vs 4:41": each read as a clock's time of one act
     "Kiptanui averaged 4:41 per mile in the Lakemont Marathon.",
     "Kiptanui averaged 2:54/km in the Lakemont Marathon.",
     "Kiptanui held a pace of about 2:57 per kilometre in the Lakemont Marathon.",
     "Kiptanui averaged 2:54 per kilometre, against a record pace of 2:58 per kilometre."],
)  # fmt: skip
def test_one_pace_told_otherwise_agrees(b: str) -> None:
    assert details(_KM, b) == []


def test_a_pace_is_no_clock_time() -> None:
    assert clock_times(feats("Kiptanui ran at 2:54 per kilometre from the start.")) == []
