"""A count followed by "before" or "after" a clause tells when the counted happened, not a
distance in time (audit F17): "killing eight people before a police officer shot him dead"
counts the dead as "killed four people" does. "nine days before the vote" stays a
distance, which no span compares with."""

from __future__ import annotations

import pytest

from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import details, only_conflict

LEDE_A = (
    "DALLAS, May 6 (Reuters) - A gunman killed four people and wounded seven at a shopping"
    " mall in Allen, Texas, on Saturday before being shot dead by a police officer,"
    " authorities said."
)
LEDE_B = (
    "ALLEN, Texas, May 6 (AP) — A gunman opened fire at a crowded mall in the Dallas suburb"
    " of Allen on Saturday afternoon, killing eight people before a police officer shot him"
    " dead."
)


def test_the_audit_ledes_disagree_on_the_toll() -> None:
    assert only_conflict(LEDE_A, LEDE_B) == (DiscrepancyKind.NUMBER.value, "four vs eight", False)


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("The fire killed 12 people.", "The fire killed 15 people after it spread to the roof.",
         "12 vs 15"),
        ("Rebels seized 30 hostages.", "Rebels seized 40 hostages before fleeing into the hills.",
         "30 vs 40"),
    ],
)  # fmt: skip
def test_a_count_before_a_clause_compares(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The rule takes effect in 30 days.", "It takes effect nine days before the vote."),
        ("The strike lasted three weeks.", "Talks resumed two weeks after the strike."),
    ],
)
def test_a_distance_in_time_is_no_span(a: str, b: str) -> None:
    assert details(a, b) == []
