"""Names matched in both articles but spelt differently in them
(reader/analysis/names/spellings.py): which pairs are marked, and how."""

from __future__ import annotations

import pytest

from reader.analysis.names.spellings import spelling
from reader.model import Alignment, MatchKind, Spelling
from tests.spelt_pair import spelt_alignment


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Smith", "John Smyth"),
        ("Smith", "Smyth"),  # two real surnames: "y" is no vowel here
        ("Philips Electronics", "Phillips Electronics"),
        ("Gaddafi", "Qaddafi"),
        ("Meyer", "Mayer"),
        ("Heffner", "Hefner"),
        ("Dmitry Zaitsev", "Dmitri Zaytsev"),
        ("Kiev", "Kyiv"),
        ("John Smith", "Smyth"),  # a first name left out, the surname a letter apart
    ],
)
def test_a_name_a_letter_apart_is_spelt_differently(a: str, b: str) -> None:
    assert spelling(a, b) is Spelling.LETTERS


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed al-Rashidi", "Muhammad Al Rashedi"),
        ("Osama", "Usama"),
        ("Tariq", "Tareq"),
    ],
)
def test_a_name_whose_vowels_alone_differ_is_transliterated(a: str, b: str) -> None:
    assert spelling(a, b) is Spelling.VOWELS


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anna Berg", "Anna Berg"),
        ("Kim Jong Un", "Kim Jong-un"),  # hyphens, case
        ("Choe Son Hui", "Choe Son-hui"),
        ("Abdulrahman", "Abdul Rahman"),  # spaces
        ("Kim Jong Un", "Jong-un"),
        ("U.S.", "US"),  # punctuation
        ("Vladimir Putin", "Putin"),  # a first name left out
        ("Riverside City Council", "Council"),
        ("Müller", "Muller"),  # marks
        ("Jürgen Müller", "Mueller"),  # an umlaut as "ue"
        ("Gaddafi's", "Gaddafi"),
        ("GENEVA", "Geneva"),
    ],
)
def test_a_name_spelt_alike_is_not_marked(a: str, b: str) -> None:
    assert spelling(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("TSIB", "Transport Safety Investigation Board"),  # an acronym
        ("UK", "Britain"),  # another name of the place
        ("München", "Munich"),  # the place in two languages
        ("Russia", "Russian"),  # a place and its people
        ("J. Smith", "John Smith"),  # an initial
    ],
)
def test_two_forms_of_a_name_are_no_two_spellings(a: str, b: str) -> None:
    assert spelling(a, b) is None


@pytest.fixture(scope="module")
def aligned(tmp_path_factory: pytest.TempPathFactory) -> Alignment:
    return spelt_alignment(tmp_path_factory.mktemp("spelt"))


def spelt(al: Alignment) -> dict[str, Spelling | None]:
    """A's words of each entity match -> its spelling mark."""
    return {al.a.slice(m.a): m.spelling for m in al.matches if m.kind is MatchKind.ENTITY}


def test_the_aligner_marks_a_name_the_articles_spell_apart(aligned: Alignment) -> None:
    marks = spelt(aligned)
    assert marks["John Smith"] is Spelling.LETTERS
    assert marks["Mohammed al-Rashidi"] is Spelling.VOWELS


def test_the_aligner_leaves_a_name_spelt_alike_unmarked(aligned: Alignment) -> None:
    marks = spelt(aligned)
    assert marks["Choe Son Hui"] is None
    assert marks["Geneva"] is None


def test_only_entity_matches_are_marked(aligned: Alignment) -> None:
    assert all(m.spelling is None for m in aligned.matches if m.kind is not MatchKind.ENTITY)
