"""A toll of a kind of person that may be a part of the other article's toll of people is
not read against it (reader/analysis/figures/subgroup_tolls.py): either sentence counts
other people the same may have befallen, or names someone with the kind; parts listed
together are summed instead (figures.one_group, counted_parts: kinds of person are parts
too)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the whole tells the kind among its dead
        ("The attack killed 12 soldiers.", "The attack killed 14 people, 12 of them soldiers."),
        ("The attack killed 12 soldiers.", "The attack killed 14 people, including 12 soldiers."),
        # some of the dead, no fate of their own
        ("Three children were among the dead.", "The blast killed 14 people."),
        ("Three children among the dead.", "The blast killed 14 people."),
        # other people counted beside the kind
        ("Three children were killed, along with 11 adults.", "The blast killed 14 people."),
        # someone named with the kind
        ("The blast killed 12 workers and a policeman.", "The blast killed 14 people."),
        ("The ambush killed 12 soldiers along with their interpreter.",
         "The ambush killed 14 people."),
        # the Marfin bank fire (ECB+ 8ecbplus): two women among the three workers
        ("The three bank workers a man and two women died after demonstrators set their "
         "bank on fire.", "Three people died in a burning bank in Athens."),
        # parts adding up to the whole
        ("12 workers and 2 firefighters were killed.", "14 people were killed."),
        ("The blast killed 12 workers and 2 firefighters.", "14 people were killed."),
        ("Bei der Explosion wurden 12 Arbeiter und 2 Polizisten getötet.",
         "Bei der Explosion wurden 14 Menschen getötet."),
    ],
)  # fmt: skip
def test_a_kind_that_may_be_a_part_of_the_toll_does_not_disagree(a: str, b: str) -> None:
    language = "German" if "Explosion wurden" in a else None
    assert details(a, b, language) == []


def test_parts_not_adding_up_to_the_toll_disagree_as_parts() -> None:
    a = "12 workers and 3 firefighters were killed in the blast at the Soma mine."
    b = "14 people were killed in the blast at the Soma mine."
    assert details(a, b) == ["12 workers and 3 firefighters vs 14 people"]


def test_the_kind_counted_on_both_sides_is_read_against_its_own_count() -> None:
    a = "The attack killed 12 soldiers."
    b = "The attack killed 14 people, including 10 soldiers."
    assert details(a, b) == ["12 vs 10"]


def test_a_kind_told_by_another_word_for_it_is_no_part() -> None:
    a = "The attack killed 12 soldiers and a policeman."
    b = "The attack killed 14 troops."
    assert details(a, b) == ["12 vs 14"]
