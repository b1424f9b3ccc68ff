"""Ages of two linked sentences disagree only when they are one person's
(reader/analysis/age_owners.py, through ``discrepancies.conflicts``)."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details as sentence_details
from tests.analysis.test_discrepancies import details


def test_a_mans_age_is_not_his_daughters() -> None:
    a = "A 41-year-old man was shot dead outside his home in Leeds on Friday night."
    b = "A man was shot dead outside his home in Leeds as his 15-year-old daughter watched."
    assert details(a, b) == []


def test_a_suspects_age_is_not_his_sons() -> None:
    a = "The 30-year-old suspect was arrested in Portland on Monday, police said."
    b = "The suspect, who has a 12-year-old son, was arrested in Portland on Monday, police said."
    assert details(a, b) == []


def test_a_pilot_is_not_a_passenger() -> None:
    a = "The 67-year-old pilot landed the plane safely in a field near Denver on Sunday."
    b = "The pilot landed the plane safely near Denver on Sunday, carrying a 9-year-old passenger."
    assert details(a, b) == []


def test_a_named_persons_age_is_not_the_age_of_their_son() -> None:
    a = "Police chief Scott Russell, 46, was hurt in the blast."
    b = "Police chief Scott Russell's 15-year-old son was hurt in the blast."
    assert details(a, b) == []


def test_the_same_relatives_ages_disagree() -> None:
    a = "A man was shot dead in Leeds as his 15-year-old daughter watched."
    b = "A man was shot dead in Leeds as his 16-year-old daughter watched."
    assert details(a, b) == ["15-year-old vs 16-year-old"]


def test_someones_passenger_told_in_two_ways_disagrees() -> None:
    a = "The driver, 45, and his passenger, 23, were killed when the car hit a tree."
    b = "A 45-year-old driver and his 24-year-old passenger were killed when the car hit a tree."
    assert details(a, b) == ["23 vs 24-year-old"]


def test_a_man_may_be_the_suspect() -> None:
    a = "A 41-year-old man was shot by police in Leeds on Friday."
    b = "The 42-year-old suspect was shot by police in Leeds on Friday."
    assert details(a, b) == ["41-year-old vs 42-year-old"]


def test_a_father_of_three_is_the_man_the_sentence_tells_of() -> None:
    a = "A 41-year-old father of three was shot dead in Leeds on Friday."
    b = "A 42-year-old man was shot dead in Leeds on Friday."
    assert details(a, b) == ["41-year-old vs 42-year-old"]


def test_an_adjective_of_origin_before_the_noun_is_skipped() -> None:
    a = "A 41-year-old British man was shot dead in Leeds as his 15-year-old son watched."
    b = "A 15-year-old British boy saw his father shot dead in Leeds."
    assert details(a, b) == []


def test_the_noun_a_named_age_is_told_of_does_not_hide_the_name() -> None:
    a = "The 33-year-old actress Tara Reid checked into Promises in Malibu on Tuesday."
    b = "Tara Reid, 34, checked into Promises in Malibu on Tuesday."
    assert details(a, b) == ["33-year-old vs 34"]


def test_a_place_after_the_noun_is_not_whose_the_age_is() -> None:
    a = "A 41-year-old man in Leeds was shot dead on Friday, police said."
    b = "John Smith, 42, was shot dead in Leeds on Friday, police said."
    assert details(a, b) == ["41-year-old vs 42"]


def test_a_german_man_may_be_the_driver() -> None:
    a = "Die Polizei nahm den 22-jährigen Mann am Bahnhof fest."
    b = "Die Polizei nahm den 23-jährigen Fahrer am Bahnhof fest."
    assert german_details(a, b) == ["22-jährigen vs 23-jährigen"]


def test_a_german_student_is_not_the_driver() -> None:
    a = "Die Polizei nahm den 22-jährigen Studenten am Bahnhof fest."
    b = "Die Polizei nahm den 23-jährigen Fahrer am Bahnhof fest."
    assert german_details(a, b) == []


# ages after a noun in French, Spanish, Italian, Portuguese (thirty-second session)
@pytest.mark.parametrize(
    ("language", "a", "b", "found"),
    [
        ("French", "Un homme de 22 ans a été arrêté à Marseille.",
         "Un homme de 23 ans a été arrêté à Marseille.", "de 22 ans vs de 23 ans"),
        ("Spanish", "Una mujer de 35 años resultó herida en Madrid.",
         "Una mujer de 36 años resultó herida en Madrid.", "de 35 años vs de 36 años"),
        ("Italian", "Un uomo di 40 anni è stato arrestato a Milano.",
         "Un uomo di 41 anni è stato arrestato a Milano.", "di 40 anni vs di 41 anni"),
        ("Portuguese", "Um homem de 50 anos foi preso em Lisboa.",
         "Um homem de 51 anos foi preso em Lisboa.", "de 50 anos vs de 51 anos"),
        # a plain noun may be the one told of otherwise
        ("Spanish", "Un hombre de 35 años fue detenido en Madrid.",
         "El conductor, de 36 años, fue detenido en Madrid.", "de 35 años vs de 36 años"),
    ],
)  # fmt: skip
def test_romance_ages_after_a_noun_disagree(language: str, a: str, b: str, found: str) -> None:
    assert sentence_details(a, b, language) == [found]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        # a man is not a woman
        ("French", "Un homme de 22 ans a été arrêté à Marseille.",
         "Une femme de 23 ans a été arrêtée à Marseille."),
        # a student is not the driver
        ("Spanish", "El estudiante, de 22 años, fue detenido en Madrid.",
         "El conductor, de 23 años, fue detenido en Madrid."),
        # years of prison are no age
        ("French", "Un homme de 22 ans a été condamné à Marseille.",
         "Un homme a été condamné à 23 ans de prison à Marseille."),
    ],
)  # fmt: skip
def test_romance_ages_of_other_persons_or_no_age_do_not_disagree(
    language: str, a: str, b: str
) -> None:
    assert sentence_details(a, b, language) == []


def german_details(a: str, b: str) -> list[str]:
    return sentence_details(a, b, "German")
