"""A fact-checker's study pair (tests/data/pages/study_*): a British paper's health desk
("cuts the risk of a heart attack by a third in people over 50", "12,417 adults aged 50 to
75", "2,000 IU of vitamin D a day", "a median of 7.4 years", "University of Caldermoor",
"Professor Zoë Ferreira-Lindqvist") and a US wire ("30 percent less likely", "People in
their 50s, 60s and 70s", "More than 12,000 people", "50 micrograms", "about six years",
"Caldermoor University", "Prof. Zoe Ferreira-Lindqvist", "Dr. JoAnn Whitlock of the
Lakemont Heart Institute in Ohio"), aligned by both methods: the follow-up is the one real
discrepancy; the risk cut, the ages and the sample, told apart, are one figure each."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.page_pairs import entity_pairs, figure_pairs
from tests.study_pages import study_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def study(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return study_alignment(data_dir, request.param)


@pytest.fixture(scope="module")
def semantic(data_dir: Path) -> Alignment:
    return study_alignment(data_dir, "semantic")


# was "Ohio": the place of the institute the doctor is of, nearest the verb
def test_the_outside_doctor_s_quotation_is_hers(study: Alignment) -> None:
    (quoted,) = [q for q in study.quotes_b if study.b.slice(q.span).startswith('"One trial')]
    assert quoted.speaker == "JoAnn Whitlock"


# lexical: "people over 50" was the figure of "50 micrograms of vitamin D a day"
def test_an_age_is_never_matched_with_a_dose(study: Alignment) -> None:
    assert not [(a, b) for a, b in figure_pairs(study) if b.startswith("50") and "microgram" in b]
    assert not any(
        "micrograms" in study.b.slice(m.b) and "over 50" in study.a.slice(m.a)
        for m in study.matches
        if m.kind is MatchKind.CLAIM
    )


def test_the_ages_of_the_trial_s_group_are_one_figure(study: Alignment) -> None:
    assert ("aged 50", "50") in figure_pairs(study)


# was nothing: "by a third" was no fraction, and 3.3 points from "30 percent"
def test_a_risk_cut_by_a_third_is_thirty_percent(study: Alignment) -> None:
    assert ("a third", "30 percent") in figure_pairs(study)


# lexical never links the two sentences of the sample and the follow-up (left)
def test_the_sample_rounded_with_more_than_is_one_figure(semantic: Alignment) -> None:
    assert ("12,417", "12,000") in figure_pairs(semantic)


# "IU" of "2,000 IU" and "600 to 800 IU" was an entity match, twice
def test_a_unit_in_capitals_is_no_entity(study: Alignment) -> None:
    assert not [pair for pair in entity_pairs(study) if "IU" in pair]


def test_the_university_and_the_institutes_written_two_ways_are_one_entity_each(
    study: Alignment,
) -> None:
    entities = entity_pairs(study)
    assert ("University of Caldermoor", "Caldermoor University") in entities
    assert ("National Institutes of Health", "U.S. National Institutes of Health") in entities


def test_the_lead_author_written_with_and_without_her_mark_is_one_name(study: Alignment) -> None:
    assert ("Zoë Ferreira-Lindqvist", "Zoe Ferreira-Lindqvist") in entity_pairs(study)


# semantic: "a median of 7.4 years" / "about six years" was silent: the nearest name before
# each figure, "IU" and "Caldermoor University", read as two owners, and the university
# written "University of Caldermoor" in A no owner of B's figure
def test_the_follow_up_is_the_one_real_discrepancy(semantic: Alignment) -> None:
    assert [d.detail for d in semantic.discrepancies] == ["seven vs six", "7.4 vs six"]


def test_no_figure_of_the_two_reports_is_a_false_discrepancy(study: Alignment) -> None:
    assert {d.detail for d in study.discrepancies} <= {"seven vs six", "7.4 vs six"}
