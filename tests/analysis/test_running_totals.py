"""A count over a whole (a running total) does not compare with one occasion's count, but
"a total of N" alone is N (``count_terms.cumulative``, through ``conflicts``)."""

from __future__ import annotations

from tests.analysis.conflicts.test_discrepancies import details


def test_a_total_of_n_compares_as_n() -> None:
    a = "A total of 23 Somali pirates were captured by the Indian navy in the Gulf of Aden."
    b = "The Indian navy captured 26 Somali pirates in the Gulf of Aden."
    assert details(a, b) == ["23 vs 26"]


def test_a_total_elsewhere_in_the_sentence_leaves_its_other_counts_compared() -> None:
    a = "A total of 288 candidates are running for 125 parliamentary seats on Sunday."
    b = "Some 288 candidates are running for 120 parliamentary seats on Sunday."
    assert details(a, b) == ["125 vs 120"]


def test_had_a_total_of_n_is_no_running_total() -> None:
    a = "The three boats INS Tabar stopped had a total of 26 Somali crew on board."
    b = "The three boats INS Tabar stopped had 23 Somali crew on board."
    assert details(a, b) == ["26 vs 23"]


def test_a_total_told_in_the_perfect_is_a_running_total() -> None:
    a = "INS Sukanya has seized a total of 14 rifles during its patrols."
    b = "In the raid on Friday six rifles were found."
    assert details(a, b) == []


def test_a_total_brought_to_a_figure_is_not_the_occasions_count() -> None:
    a = "The attack killed 12 people, bringing the total this year to 40 people."
    b = "The attack killed 15 people."
    assert details(a, b) == ["12 vs 15"]


def test_a_count_so_far_is_a_running_total() -> None:
    a = "In their five operations so far the sailors have seized 14 rifles."
    b = "The sailors seized six rifles on Friday."
    assert details(a, b) == []


def test_overall_opening_the_sentence_sums_it_up() -> None:
    a = "Overall, the navy seized 14 rifles."
    b = "The navy seized six rifles on Friday."
    assert details(a, b) == []


def test_overall_within_a_clause_is_no_total() -> None:
    a = "The fire destroyed 40 homes, and crews from three towns worked overall to contain it."
    b = "The fire destroyed 65 homes in the valley on Monday."
    assert details(a, b) == ["40 vs 65"]
