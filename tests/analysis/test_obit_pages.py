"""A fact-checker's obituary pair (tests/data/pages/obit_*): a British paper's long
obituary ("Dame Hélène Marsh-Otterby, who has died aged 93", "born 3 March 1933", "At 27
she published her first novel", "from 1960 to 2003", "Her fourth, Tidewater Hymns, won the
Harrowgate prize in 1974", "her sons, Thomas and Luc, her daughter, Annick, and nine
grandchildren") and a US wire's news-of-death story ("Helene Marsh-Otterby ... She was
93.", "Born in 1933", "a career of 43 years", "three children and seven grandchildren"),
aligned by both methods: the grandchildren are the one real discrepancy; her name, written
with and without its marks, is one name."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.obit_pages import obit_alignment
from tests.page_pairs import entity_pairs, figure_pairs


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def obit(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return obit_alignment(data_dir, request.param)


@pytest.fixture(scope="module")
def semantic(data_dir: Path) -> Alignment:
    return obit_alignment(data_dir, "semantic")


# was "Hélène Marsh · Helene Marsh" and "Otterby · Otterby": her double-barrelled surname
# read as two names
def test_her_double_barrelled_name_is_one_entity(obit: Alignment) -> None:
    assert ("Hélène Marsh-Otterby", "Helene Marsh-Otterby") in entity_pairs(obit)


# left: the wire's "Marsh-Otterby died Sunday", a paragraph with no given name, is "Marsh"
def test_the_second_half_of_her_surname_is_no_entity_of_its_own(obit: Alignment) -> None:
    assert ("Otterby", "Otterby") not in entity_pairs(obit)


# was "Tidewater Hymns": "Her fourth, Tidewater Hymns, won the Harrowgate prize" read as
# a person, the subject "she told an interviewer" stood for
def test_her_own_words_are_not_her_novel_s(obit: Alignment) -> None:
    speakers = {q.speaker for q in obit.quotes_a if obit.a.slice(q.span).startswith('"I write')}
    assert speakers and "Tidewater Hymns" not in speakers


def test_her_publisher_s_quotation_is_his_in_both(obit: Alignment) -> None:
    assert [q.speaker for q in obit.quotes_b] == ["Anselm Crewe"]
    assert "Anselm Crewe" in {q.speaker for q in obit.quotes_a}


def test_her_age_and_her_year_of_birth_are_one_figure_each(obit: Alignment) -> None:
    figures = figure_pairs(obit)
    assert ("aged 93", "93") in figures
    assert ("1933", "1933") in figures


def test_the_grandchildren_are_the_one_real_discrepancy(semantic: Alignment) -> None:
    assert [d.detail for d in semantic.discrepancies] == ["nine vs seven"]


# three children told in parts ("her sons, Thomas and Luc, her daughter, Annick"), an age
# beside a year of birth, a career from 1960 to 2003 beside "43 years": none is a conflict
def test_no_figure_told_two_ways_is_a_false_discrepancy(obit: Alignment) -> None:
    assert {d.detail for d in obit.discrepancies} <= {"nine vs seven"}


# was "Dame Hélène Marsh-Otterby · Marsh": the wire's "Marsh-Otterby died Sunday" read in
# part, her husband "Robert Otterby" using "Otterby" alone
def test_the_wire_s_hyphened_surname_alone_is_read_whole(obit: Alignment) -> None:
    entities = entity_pairs(obit)
    assert ("Dame Hélène Marsh-Otterby", "Marsh-Otterby") in entities
    assert ("Dame Hélène Marsh-Otterby", "Marsh") not in entities


# was "English · English": the English she taught and her English mother
def test_the_language_she_taught_is_not_her_mother_s_nationality(obit: Alignment) -> None:
    assert ("English", "English") not in entity_pairs(obit)
