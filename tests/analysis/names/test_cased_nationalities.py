"""Nationality nouns that are also common nouns (reader/analysis/names/cased_nationalities.py):
English capitalises nationalities, so "12 Poles" counts people and "12 poles" things."""

from __future__ import annotations

import pytest

from reader.analysis.names.cased_nationalities import names_nationality
from tests.analysis.sentence_pairs import details, feats

TOLL = "The storm in Texas killed 12 people on Monday."


@pytest.mark.parametrize("word", ["Poles", "Swedes", "Afghans", "Pole", "Somalis", "Danes"])
def test_a_capitalised_nationality_names_people(word: str) -> None:
    assert names_nationality(word)


@pytest.mark.parametrize("word", ["poles", "swedes", "afghans", "pole", "trees"])
def test_a_common_noun_in_small_letters_names_no_nationality(word: str) -> None:
    assert not names_nationality(word)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The wind knocked down 12 poles.", "pole"),
        ("The attack killed 12 Poles.", "poles"),
        ("The farmer sold 40 swedes.", "swede"),
        ("The police arrested 3 Swedes.", "swedes"),
    ],
)
def test_what_a_count_counts_follows_the_case(text: str, unit: str) -> None:
    assert [m.unit_word for m in feats(text).numbers] == [unit]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # "12 poles" is no count of people that gives the other's "12 people"
        (TOLL, "The storm in Texas killed 15 people on Monday and knocked down 12 poles.",
         ["12 vs 15"]),
        # "12 Poles" among the dead are 12 people
        (TOLL, "The storm in Texas killed 15 people on Monday, among them 12 Poles.", []),
        # poles still compare with poles
        ("Workers replaced 12 poles in the village on Monday.",
         "Workers replaced 15 poles in the village on Monday.", ["12 vs 15"]),
    ],
)  # fmt: skip
def test_poles_and_poles_in_a_pair(a: str, b: str, found: list[str]) -> None:
    assert details(a, b) == found
