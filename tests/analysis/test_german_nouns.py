"""Tests of reader/analysis/german_nouns.py: German nouns told from names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.german_nouns import german_noun, german_nouns
from reader.analysis.units import document_units
from reader.analysis.word_forms import word_forms
from reader.model import Document

GERMAN = word_forms("German")


def stem(word: str) -> str:
    """A German word's stem, whatever its case (as names are read)."""
    return GERMAN.stem(word.lower())


def nouns_of(doc: Callable[[str], Document], text: str) -> set[str]:
    return german_nouns([extract(u) for u in document_units(doc(text))], stem)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Der Vertrag sieht gegenseitigen Beistand vor.", "Beistand"),  # an adjective
        ("Es ist der erste Besuch seit 24 Jahren.", "Jahren"),  # a figure
        ("Beide Staaten wollen zusammenarbeiten.", "Staaten"),  # a quantifier
        ("Das ist Russlands militärische Strategie.", "Strategie"),  # an adjective after a genitive
        ("Mit militärischen Mitteln drohen sie nicht.", "Mitteln"),  # after a preposition
    ],
)
def test_a_word_the_text_writes_as_a_noun(
    doc: Callable[[str], Document], text: str, noun: str
) -> None:
    assert stem(noun) in nouns_of(doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Westliche Regierungen beschuldigen Nordkorea, Munition zu liefern.",
        "Sie beschuldigen Nordkorea, Munition zu liefern.",
        "Heute beschuldigen Nordkorea und Russland einander.",
    ],
)
def test_a_verb_after_its_subject_makes_no_noun(doc: Callable[[str], Document], text: str) -> None:
    assert stem("Nordkorea") not in nouns_of(doc, text)


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("Angaben", True),  # written without an article: "Nach Angaben der Polizei"
        ("Journalisten", True),
        ("Regierung", True),  # an ending of nouns made from other words
        ("Partnerschaft", True),
        ("Außenministerin", True),  # a title
        ("Jung", False),  # too short for the ending to make a noun
        ("Ukraine", False),  # a name German writes with an article
        ("USA", False),  # an acronym
        ("Pjöngjang", False),
    ],
)
def test_a_word_known_as_a_noun(word: str, noun: bool) -> None:
    assert german_noun(word, stem, set()) is noun
