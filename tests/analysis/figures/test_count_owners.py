"""Whose count two linked sentences give (reader.analysis.figures.count_owners): a sentence
whose names all stand in a clause after its figure names nothing the figure is told of, and
its count compares (forty-fifth session); names before the figure, in its clause or in a
source told after it still keep counts of different subjects apart."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

BRIEF = (
    "A fire tore through the Ashbury Public Library on Sunday, destroying about 40,000"
    " books, fire officials said."
)
FEATURE = (
    "The fire destroyed some 45,000 books and the town's collection of historic maps, the"
    " heart of what had made the small library known to historians across New England."
)


def test_a_count_whose_sentence_names_only_after_its_clause_is_compared() -> None:
    assert details(BRIEF, FEATURE) == ["40,000 vs 45,000"]


def test_a_name_in_a_trailing_clause_is_no_evidence_on_either_side() -> None:
    assert details(FEATURE, BRIEF) == ["45,000 vs 40,000"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # names before the figures: two subjects
        ("Police in Paris arrested 12 people.", "Police in Lyon arrested 15 people."),
        # a name in the figure's own clause
        (BRIEF, "The fire destroyed some 45,000 books in New England."),
        # a source told after the figure names whose count it is
        ("Police in Paris arrested 12 people.",
         "Police arrested 15 people, a spokesman for the Lyon prefecture said."),
        ("Police in Paris arrested 12 people.",
         "Police arrested 15 people, according to the Lyon prefecture."),
        # an institution named the other way round is one; another of its words is not
        ("The University of Leeds followed 400 patients.",
         "Leeds Beckett University followed 300 patients."),
        # nationalities name groups: "12 Somali and 11 Yemeni" against "22 Yemeni"
        ("The arrest of the 23 pirates (12 Somali and 11 Yemeni) was made.",
         "Somali pirates captured 22 Yemeni fishermen."),
    ],
)  # fmt: skip
def test_counts_of_subjects_named_apart_stay_quiet(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_toll_told_by_dawn_in_a_pluperfect_stays_a_toll_of_that_moment() -> None:
    """Decided in the forty-fifth session: "by dawn" tells a running toll as well as a
    final one ("By dawn the quake had killed 41"), so it is not compared with a toll told
    of no moment; the same toll told in the simple past is."""
    now = "A fire destroyed about 40,000 books."
    assert details(now, "By dawn the fire had destroyed some 45,000 books.") == []
    assert details(now, "By dawn the fire destroyed some 45,000 books.") == ["40,000 vs 45,000"]


# the study pair (tests/data/pages/study_*): "the University of Caldermoor" and "Caldermoor
# University" were two subjects, so the follow-up's "7.4 vs six" was silent
@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Researchers at the University of Caldermoor followed the volunteers for a median of"
         " 7.4 years.", "The study, led by Caldermoor University, followed them for about six"
         " years.", "7.4 vs six"),
        ("The Institute of Cardiology counted 40 cases.",
         "The Cardiology Institute counted 45 cases.", "40 vs 45"),
    ],
)  # fmt: skip
def test_an_institution_named_the_other_way_round_is_one_subject(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]
