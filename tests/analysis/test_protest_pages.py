"""A fact-checker's protest pair (tests/data/pages/protest_*): the Valdoran Herald ("Police
estimated the crowd at 12,000. The organisers ... said more than 40,000 people had
marched ... a route of 3 km that took the head of the procession more than two hours to
cover", "Police said 37 people had been arrested", "Twelve officers were injured", "The
protest lasted for more than six hours", "passed by 84 votes to 61") and Global Newswire
("More than 40,000 people marched ..., according to the organisers", "Police put the
turnout at 12,000 and said 41 people had been detained", "A dozen police officers were
hurt", "the protest went on for more than six hours", "approved the law 84-61"), aligned
by both methods: the arrests are the one real discrepancy; the police's crowd figure and
the organisers', this week's march and last week's, agree where each is told alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import figure_pairs, shown_discrepancies
from tests.protest_pages import protest_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def protest(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return protest_alignment(data_dir, request.param)


# was none (lexical): "arrested" and "detained" share no stem, the two police sentences
# scored under the link floor and the arrests were never compared
def test_the_arrests_are_the_one_discrepancy(protest: Alignment) -> None:
    assert [d.detail for d in protest.discrepancies] == ["37 vs 41"]
    assert protest.discrepancies[0].counted == "arrested"


# was "two vs six": the two hours the head of the march took to walk the route against
# the six hours the protest lasted, which A tells in a sentence of its own
def test_a_march_s_walk_is_not_read_against_the_protest_s_length(protest: Alignment) -> None:
    assert not [d for d in shown_discrepancies(protest) if "two" in d]
    assert ("six hours", "six hours") in figure_pairs(protest)


def test_the_police_s_crowd_is_not_read_against_the_organisers(protest: Alignment) -> None:
    assert ("12,000", "12,000") in figure_pairs(protest)
    assert ("40,000", "40,000") in figure_pairs(protest)
    assert not [d for d in shown_discrepancies(protest) if "12,000" in d or "40,000" in d]


def test_last_week_s_march_agrees(protest: Alignment) -> None:
    assert ("30,000", "30,000") in figure_pairs(protest)


# the vote's tally was ("84", "84") and ("61", "61"), two counts: now one tally told two
# ways ("84 votes to 61", "84-61": figures/worded_tallies, senate session)
@pytest.mark.parametrize(
    ("a", "b"),
    [("Twelve", "dozen"), ("3 km", "3 km"), ("84 votes to 61", "84-61")],
)
def test_figures_told_in_other_words_agree(protest: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(protest)


# was no match: the Herald's petition "signed by 250,000 people" counted people, the
# wire's "250,000 signatures" signatures
def test_the_petition_s_signers_are_its_signatures(protest: Alignment) -> None:
    assert ("250,000", "250,000") in figure_pairs(protest)
