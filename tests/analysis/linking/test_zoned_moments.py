"""Sentence pairs that each tell a moment in a time zone, within half an hour of each other
once converted, and share a word besides, gain a bonus below the link floor
(reader/analysis/linking/zoned_moments.py): "separated ... at 10:44 a.m. EDT" and
"separated ... at 14:46 UTC" tell one moment of a flight, which a long sentence's words
alone do not link."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.linking.zoned_moments import moment_pairs
from tests.analysis.sentence_pairs import dated

DAY = date(2026, 9, 17)  # a summer day: EDT and CEST in force
SEPARATION = (
    "Wayfarer-3 separated from the second stage at 10:44 a.m. EDT and is due to dock with"
    " Meridian at about 6:15 a.m. EDT Saturday, in an orbit about 420 km above Earth."
)


@pytest.mark.parametrize(
    "b",
    [
        "The capsule separated from the upper stage at 14:46 UTC.",  # two minutes apart
        "The capsule separated from the upper stage at 4:44 p.m. CEST.",  # one moment
    ],
)
def test_close_zoned_moments_with_a_word_shared_are_a_pair(b: str) -> None:
    assert moment_pairs([dated(SEPARATION, DAY)], [dated(b, DAY)]) == {(0, 0)}


@pytest.mark.parametrize(
    "b",
    [
        # hours apart
        "The capsule separated from the upper stage at 18:46 UTC.",
        # no zone: local time is no moment of record
        "The capsule separated from the upper stage at 10:46 a.m.",
        # nothing shared but the time
        "Spectators cheered at 14:46 UTC.",
    ],
)  # fmt: skip
def test_far_moments_unzoned_times_or_nothing_shared_are_no_pair(b: str) -> None:
    assert moment_pairs([dated(SEPARATION, DAY)], [dated(b, DAY)]) == set()


def test_et_of_an_undated_article_is_no_moment() -> None:
    a = "The capsule separated from the stage at 10:44 a.m. ET."
    b = "The capsule separated from the stage at 14:46 UTC."
    assert moment_pairs([dated(a, None)], [dated(b, None)]) == set()
