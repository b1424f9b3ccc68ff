"""A length told with a half and no figure is a round one (reader/analysis/times/
rounded_halves.py): "half a minute" and "31 seconds", "a minute and a half" and "91
seconds" agree; "half a minute" and "40 seconds" do not."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, figure_labels, sentences_feats


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Gebremariam finished 31 seconds behind Kiptanui.",
         "Gebremariam finished half a minute behind Kiptanui."),
        ("Samuel Oduya's record was lowered by 91 seconds.",
         "Samuel Oduya's record was lowered by a minute and a half."),
        ("The Lakemont meeting lasted 95 minutes.",
         "The Lakemont meeting lasted an hour and a half."),
    ],
)  # fmt: skip
def test_a_round_half_agrees_with_a_finer_length_near_it(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("Gebremariam finished 40 seconds behind Kiptanui.",
         "Gebremariam finished half a minute behind Kiptanui.",
         "40 seconds vs half a minute"),
        ("The Lakemont meeting lasted 120 minutes.",
         "The Lakemont meeting lasted an hour and a half.",
         "120 minutes vs an hour and a half"),
    ],
)  # fmt: skip
def test_a_round_half_still_disagrees_with_a_length_far_from_it(a: str, b: str, shown: str) -> None:
    assert details(a, b) == [shown]


# a rough match, as a figure and its rounding are (reader/analysis/times/half_partners.py)
def test_a_length_and_its_round_half_match_roughly() -> None:
    fa, fb = sentences_feats(
        "Gebremariam finished 31 seconds behind Kiptanui.",
        "Gebremariam finished half a minute behind Kiptanui.",
    )
    assert figure_labels(fa, fb) == ["31 seconds ≈ half a minute (rounded)"]
