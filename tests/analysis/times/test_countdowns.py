"""A launch's countdown written with a hyphen (reader/analysis/times/countdowns.py):
"T-10 minutes" is ten minutes before lift-off, as "T-minus 10 minutes" is, not a name
"T-10" (main read no figure and the name "T-10", so two reports' "T-10 minutes" and
"T-12 minutes" were never compared); the "T-72" tank stays a name."""

from __future__ import annotations

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats


def test_a_hyphened_countdown_is_a_distance_from_the_launch() -> None:
    found = durations(feats("The clock was held at T-10 minutes."))
    assert [(d.mention.surface, d.mention.key, d.frame) for d in found] == [
        ("10 minutes", "num:10", "distance")
    ]


def test_a_hyphened_countdown_is_no_name() -> None:
    assert [n.surface for n in feats("The clock was held at T-10 minutes.").names] == []


def test_two_hyphened_countdowns_disagree() -> None:
    assert details(
        "The clock was held at T-10 minutes.", "The clock was held at T-12 minutes."
    ) == ["10 vs 12"]


# guards (pass on main too)
def test_a_hyphened_countdown_agrees_with_one_told_in_words() -> None:
    assert (
        details("The clock was held at T-10 minutes.", "The clock was held at T-minus 10 minutes.")
        == []
    )


def test_a_tank_s_model_stays_a_name() -> None:
    f = feats("The rebels seized a T-72 tank near the border.")
    assert [n.surface for n in f.names] == ["T-72"]
    assert [m.key for m in f.numbers if m.kind == "number"] == []
