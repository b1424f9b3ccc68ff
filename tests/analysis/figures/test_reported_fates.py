"""A participle of confirming or reporting between a figure and a fate is no noun the
figure counts (figures/counted_words): "nine confirmed dead" counts the dead, as "nine
dead" does, and disagrees with "11 dead"."""

from __future__ import annotations

import pytest

from reader.analysis.figures.fated_counts import fated_counts
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("sentence", "unit", "fate"),
    [
        ("The storm left nine confirmed dead.", "dead", "dead"),
        ("27 confirmed dead after the storm.", "dead", "dead"),
        ("At least 27 reported killed in the attack.", "kill", "dead"),
        ("Officials said 11 presumed dead.", "dead", "dead"),
        ("Twelve feared missing after the boat sank.", "miss", "missing"),
        ("Four believed injured in the blast.", "injur", "injured"),
    ],
)  # fmt: skip
# was "confirm", "report", "presum", "fear", "believ": the participle read as the noun
def test_a_reported_fate_is_what_the_figure_counts(sentence: str, unit: str, fate: str) -> None:
    f = feats(sentence)
    assert [m.unit_word for m in f.numbers] == [unit]
    assert list(fated_counts(f).values()) == [fate]


# was none: "nine confirmed dead" counted "confirm", no count of the dead
def test_a_confirmed_toll_disagrees_with_a_plain_one() -> None:
    assert details("The storm left nine confirmed dead.", "The storm left 11 dead.") == [
        "nine vs 11"
    ]


def test_a_confirmed_toll_agrees_with_the_same_plain_one() -> None:
    assert details("Nine confirmed dead after the storm.", "Nine dead after the storm.") == []


# the guard (as on main): a participle before a noun, no fate, is passed as before
def test_a_participle_before_a_noun_is_left() -> None:
    assert [m.unit_word for m in feats("Officials reported 12 confirmed cases.").numbers] == [
        "case"
    ]
