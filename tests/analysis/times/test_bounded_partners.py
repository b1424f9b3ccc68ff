"""A time told to the minute and a time told roughly around it ("shortly before 3am",
"about 3 p.m.") in linked sentences are one moment, a rough Numbers match
(reader/analysis/times/bounded_partners.py)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, figure_labels, shared_figures


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The boat overturned at 02:50 local time (00:50 GMT).",
            "The boat overturned shortly before 3am.",
            ("02:50", "3am"),
        ),
        (
            "The blast came at 3:10 p.m.",
            "The blast came shortly after 3 p.m.",
            ("3:10 p.m.", "3 p.m."),
        ),
        ("The blast came at 2:40 p.m.", "The blast came at about 3 p.m.", ("2:40 p.m.", "3 p.m.")),
    ],
)
def test_a_time_within_a_rough_time_is_one_moment(a: str, b: str, pair: tuple[str, str]) -> None:
    assert shared_figures(a, b) == [pair]


def test_the_match_says_the_time_was_rounded() -> None:
    a, b = "The boat overturned at 02:50.", "The boat overturned shortly before 3am."
    assert figure_labels(feats(a), feats(b)) == ["02:50 ≈ 3am (rounded)"]


def test_the_match_is_read_from_either_side() -> None:
    a, b = "The boat overturned shortly before 3am.", "The boat overturned at 02:50."
    assert shared_figures(a, b) == [("3am", "02:50")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The blast came at 2:10 p.m.", "The blast came at about 3 p.m."),  # outside
        ("The boat overturned at 03:20.", "The boat overturned shortly before 3am."),
        ("The boat overturned at 02:50.", "The boat overturned before 3am."),  # open bound
        ("The boat overturned at 02:50 GMT.", "The boat overturned shortly before 3am."),
        ("The boat overturned at about 02:50.", "The boat overturned shortly before 3am."),
    ],
)
def test_a_time_outside_another_zone_or_two_rough_times_are_no_match(a: str, b: str) -> None:
    assert shared_figures(a, b) == []
