"""Two clock times each told in a zone, under half an hour apart, of one act
(reader/analysis/times/pinned_moments.py): a discrepancy that stands on any link, not
only on a close one as two times of a story do ("the attack at 9, the arrest at 11")."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from tests.analysis.sentence_pairs import dated

DAY = date(2026, 9, 17)


def _found(a: str, b: str) -> list[tuple[str, bool]]:
    return [(c.detail, c.needs_close_link) for c in conflicts(dated(a, DAY), dated(b, DAY))]


# was needing a close link: the launch pair's separation, linked at 0.53 on words alone
def test_zoned_times_minutes_apart_stand_on_any_link() -> None:
    a = "Wayfarer-3 separated from the second stage at 10:44 a.m. EDT."
    b = "The capsule separated from the upper stage at 14:46 UTC."
    assert _found(a, b) == [("10:44 a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC)", False)]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # hours apart: two moments of a story may be told
        ("The capsule separated at 10:44 a.m. EDT.", "The capsule separated at 18:46 UTC.",
         "10:44 a.m. EDT vs 18:46 UTC (10:44 a.m. EDT is 14:44 UTC)"),
        # one side with no zone
        ("The capsule separated at 10:44 a.m.", "The capsule separated at 10:46 a.m.",
         "10:44 a.m. vs 10:46 a.m."),
    ],
)  # fmt: skip
def test_other_times_still_need_a_close_link(a: str, b: str, detail: str) -> None:
    assert _found(a, b) == [(detail, True)]


def test_one_moment_in_two_zones_is_no_conflict() -> None:
    a = "The rocket lifted off at 10:32 a.m. EDT."
    b = "The rocket lifted off at 4:32 p.m. CEST."
    assert _found(a, b) == []
