"""A fact-checker's outbreak pair (tests/data/pages/outbreak_*): a local paper's story of
the national health institute's figures ("Thirty-one people have died", "As of Tuesday,
1,240 cases had been confirmed, 86 of them in the past week, up 40% from the week
before", "A further 310 suspected cases", "Children under five account for 60% of cases,
and a quarter of cases were in adults", "59 cases per 100,000 people", "148 people",
"Only 92% of children ... below the 95% needed for herd immunity", "The World Health
Organization has shipped 250,000 doses") and an international wire's ("has killed 27
people and infected about 1,200", "86 new confirmed cases in the week to Nov. 29, up from
61 the week before", "Counting suspected cases, the total exceeds 1,500", "Three in five
cases ... and one in four were adults", "About 150 people", "92 percent ... below the 95
percent threshold", "The WHO said it had sent a quarter of a million doses"), aligned by
both methods: the death toll is the one real discrepancy; the rest, told in other words,
agrees or is no figure of the same thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.outbreak_pages import outbreak_alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def outbreak(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return outbreak_alignment(data_dir, request.param)


def test_the_death_toll_is_the_one_discrepancy(outbreak: Alignment) -> None:
    assert {d.split(" vs ")[1] for d in shown_discrepancies(outbreak)} == {"27 dead"}


# was "Tuesday (December 1) vs Nov. 29": the day the tally stood against the last day of
# the week its new cases were counted over
def test_a_tally_s_day_is_not_at_odds_with_its_week_s_end(outbreak: Alignment) -> None:
    assert not [d for d in shown_discrepancies(outbreak) if "Nov. 29" in d]


# were no match: a ratio in words was read as no share
def test_a_ratio_in_words_is_the_percentage(outbreak: Alignment) -> None:
    assert ("60%", "Three in five") in figure_pairs(outbreak)


# was no match: two fractions told in other words
def test_a_quarter_is_one_in_four(outbreak: Alignment) -> None:
    assert ("a quarter", "one in four") in figure_pairs(outbreak)


# was no match: "the WHO" was read as the pronoun
def test_the_who_is_the_world_health_organization(outbreak: Alignment) -> None:
    assert ("World Health Organization", "WHO") in entity_pairs(outbreak)


def test_the_institute_in_full_and_by_initials(outbreak: Alignment) -> None:
    assert ("VIPH", "Valmaren Institute for Public Health") in entity_pairs(outbreak)


def test_doses_and_admissions_agree_in_other_words(outbreak: Alignment) -> None:
    pairs = figure_pairs(outbreak)
    assert ("250,000", "a quarter of a million") in pairs
    assert ("92%", "92 percent") in pairs


# "86 of them in the past week, up 40%" / "up from 61 the week before"; "92%" below "the
# 95% needed"; "1,240 cases" beside "exceeds 1,500" counting the suspected
def test_no_change_threshold_or_total_is_at_odds(outbreak: Alignment) -> None:
    told = ("40", "61", "86", "92", "95", "1,240", "1,500", "310", "59", "2.5")
    assert not [d for d in shown_discrepancies(outbreak) if any(f in d for f in told)]


# were passages only in A: the live page's note and the chart's source
@pytest.mark.parametrize("line", ["first published on our live page", "Source: VIPH"])
def test_notes_of_the_page_are_no_passage(outbreak: Alignment, line: str) -> None:
    assert not [s for s in outbreak.only_a if line in outbreak.a.slice(s)]
