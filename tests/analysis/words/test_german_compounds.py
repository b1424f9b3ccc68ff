"""Tests of reader/analysis/words/german_compounds.py: German compound nouns told from
names by their last part."""

from __future__ import annotations

import pytest

from reader.analysis.linking.word_forms import word_forms
from reader.analysis.words.german_nouns import german_noun, nouns_of

GERMAN = word_forms("German")


def stem(word: str) -> str:
    return GERMAN.stem(word.lower())


def noun_in(text: str, word: str) -> bool:
    """``word`` of ``text`` read as a noun against the text's own nouns."""
    return german_noun(word, stem, nouns_of(text.split("\n"), stem))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the last part a noun the text writes after an article
        ("Als ein vom Hochwasser unterspülter Bahndamm nachgab, brach der Damm.", "Bahndamm"),
        ("Sie kamen in Krankenhäuser.\nViele flohen aus ihren Häusern.", "Krankenhäuser"),
        ("Zugunglück bei Kempten\nBei dem Unglück starben zwölf Menschen.", "Zugunglück"),
        # the last part a noun news writes without an article ("in Gefahr")
        ("Sieben von ihnen schweben in Lebensgefahr.", "Lebensgefahr"),
    ],
)  # fmt: skip
def test_a_compound_of_a_noun_is_a_noun(text: str, word: str) -> None:
    assert noun_in(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a place's or a company's last part, a noun too ("die Länder", "im Hafen", "die Bank")
        ("Russland liefert, und beide Länder bestreiten es.", "Russland"),
        ("In Ludwigshafen brannte es im Hafen.", "Ludwigshafen"),
        ("Commerzbank zahlt, sagte die Bank.", "Commerzbank"),
        ("Nach dem Brand in Hamburg sprach die Burg.", "Hamburg"),
        # a surname made of nouns
        ("Hartmann sagte, der Mann sei verletzt.", "Hartmann"),
        ("Karl Lauterbach sagte, der Bach sei gestiegen.", "Lauterbach"),
        # no noun the text writes ends it
        ("Die Halle gehört der Firma Nordlogistik in Kempten.", "Kempten"),
    ],
)  # fmt: skip
def test_a_name_made_of_nouns_stays_a_name(text: str, word: str) -> None:
    assert not noun_in(text, word)
