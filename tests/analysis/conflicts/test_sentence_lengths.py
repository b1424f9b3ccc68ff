"""A prison sentence told as a length ("sentenced to 16 years") and as a hyphened noun
("an 18-year sentence") is one figure (reader/analysis/times/sentence_lengths.py), of one
man named with and without his patronymic ("Yevgeny Korolyov", "Yevgeny Viktorovich
Korolyov": reader/analysis/figures/count_owners.py), and a country named in the
possessive before a noun ("an officer of Russia's military intelligence") is no owner of
the figure after it (reader/analysis/figures/place_possessives.py)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details

SENTENCED = "Yevgeny Korolyov was sentenced to 16 years for espionage in 2023."


@pytest.mark.parametrize(
    "b",
    [
        "Yevgeny Korolyov is serving an 18-year sentence for espionage imposed in 2023.",
        "Yevgeny Korolyov was given an 18-year prison term for espionage in 2023.",
    ],
)
def test_a_sentence_hyphened_to_its_noun_is_its_length(b: str) -> None:
    assert details(SENTENCED, b) == ["16 vs 18"]


def test_a_sentence_of_the_same_length_agrees() -> None:
    b = "Yevgeny Korolyov is serving a 16-year sentence for espionage imposed in 2023."
    assert details(SENTENCED, b) == []


def test_a_hyphened_length_of_another_thing_is_no_sentence() -> None:
    b = "Yevgeny Korolyov signed an 18-year contract in 2023."
    assert details(SENTENCED, b) == []


def test_an_age_is_no_sentence() -> None:
    b = "Yevgeny Korolyov, an 18-year-old sentenced for espionage in 2023, was freed."
    assert details(SENTENCED, b) == []


def test_a_patronymic_on_one_side_only_names_one_man() -> None:
    a = "Yevgeny Korolyov was sentenced to 16 years for espionage in 2023."
    b = "Yevgeny Viktorovich Korolyov was sentenced to 18 years for espionage in 2023."
    assert details(a, b) == ["16 vs 18"]


def test_two_men_of_one_surname_are_two_owners() -> None:
    a = "Mohammed al-Rashidi was sentenced to 12 years on extremism charges."
    b = "Tariq al-Rashidi was sentenced to 14 years on extremism charges."
    assert details(a, b) == []


def test_a_country_in_the_possessive_is_no_owner_of_the_sentence() -> None:
    a = (
        "Col. Yevgeny Korolyov, an officer of Russia's military intelligence who was "
        "sentenced to 16 years for espionage, was freed."
    )
    b = (
        "Yevgeny Korolyov, a colonel in Russian military intelligence serving an 18-year "
        "sentence for espionage, was freed."
    )
    assert details(a, b) == ["16 vs 18"]


def test_a_person_in_the_possessive_still_owns_the_figure() -> None:
    a = "The Nationals' offer to Teixeira was raised to $184 million."
    b = "The Red Sox's offer to Teixeira was raised to $170 million."
    assert details(a, b) == []
