"""An exact count of those something befell against an estimate of the same thing at
least ten times larger that tells no fate counts two groups, the few among the many
(reader.analysis.count_conflicts._groups_apart, count_terms.smaller_exact): the ECB+
scan's "an estimated 1,500 pirates" in a region against the 23 arrested."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

REGION = (
    "They are taking the vessels to pirate controlled regions in Somalia, with an "
    "estimated 1,500 pirates."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the ECB+ sentences (12_15/12_19ecb, 12_15/12_5ecb)
        (REGION, "Out of 23 arrested pirates, 12 are reportedly from Somalia and 11 from Yemen."),
        (REGION, "The arrest of the 23 pirates (12 Somali and 11 Yemeni) and the arms haul is "
         "the largest such seizure in the ongoing anti-piracy operations off Somalia."),
        ("Some 2,000 protesters marched through the city on Sunday.",
         "Police arrested 40 protesters in the city on Sunday."),
    ],
)  # fmt: skip
def test_the_few_a_fate_befell_among_an_estimated_many_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # two counts of a crowd, no fate: the organisers' and the police's
        ("Some 2,000 protesters marched through the city on Sunday.",
         "Police said 40 protesters marched through the city on Sunday.", "2,000 vs 40"),
        # both tell the fate: one toll told two ways
        ("The quake killed an estimated 2,000 people in the city.",
         "The quake killed 40 people in the city.", "2,000 vs 40"),
        # the estimate within a factor of ten
        ("An estimated 1,500 pirates were arrested off Somalia on Monday.",
         "Out of 230 arrested pirates, most are from Somalia.", "1,500 vs 230"),
        # no estimate: one count of those arrested against another
        ("Some 1,500 pirates were arrested off Somalia on Monday.",
         "Out of 23 arrested pirates, most are from Somalia.", "1,500 vs 23"),
    ],
)  # fmt: skip
def test_counts_of_one_group_still_disagree(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]
