"""A figure told as a total against the figures the other sentence adds up to it
(reader/analysis/figures/summed_totals.py): "a total of $80,000 in prize and bonus
money" and "the $50,000 winner's prize and a $30,000 bonus" agree; parts that do not add
up to it still disagree."""

from __future__ import annotations

from tests.analysis.sentence_pairs import details

_WHOLE = "Kiptanui earns a total of $80,000 in prize and bonus money from the Lakemont race."


def test_a_total_and_the_parts_adding_up_to_it_agree() -> None:
    parts = "Kiptanui collects the $50,000 winner's prize and a $30,000 bonus from Lakemont."
    assert details(parts, _WHOLE) == []


def test_a_total_told_after_its_figure_agrees_too() -> None:
    parts = "Kiptanui collects the $50,000 winner's prize and a $30,000 bonus from Lakemont."
    whole = "Kiptanui earns $80,000 in all in prize and bonus money from the Lakemont race."
    assert details(parts, whole) == []


def test_parts_that_do_not_add_up_still_disagree() -> None:
    parts = "Kiptanui collects the $50,000 winner's prize and a $20,000 bonus from Lakemont."
    assert "$50,000 vs $80,000" in details(parts, _WHOLE)
