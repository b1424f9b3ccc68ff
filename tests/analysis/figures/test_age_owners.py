"""Ages of two linked sentences disagree only when they are one person's
(reader/analysis/figures/age_owners.py, through ``discrepancies.conflicts``)."""

from __future__ import annotations

import pytest

from tests.analysis.conflicts.test_discrepancies import details
from tests.analysis.sentence_pairs import details as sentence_details


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


# were counts of 67 and 68: a retiree or a resident was no noun for a person of an age
@pytest.mark.parametrize(
    ("language", "a", "b", "found"),
    [
        ("Portuguese", "Um reformado de 67 anos sofreu queimaduras em Montalvão.",
         "Um reformado de 68 anos sofreu queimaduras em Montalvão.", "de 67 anos vs de 68 anos"),
        ("Portuguese", "Uma moradora de 81 anos foi retirada de casa em Montalvão.",
         "Uma moradora de 82 anos foi retirada de casa em Montalvão.", "de 81 anos vs de 82 anos"),
        ("Spanish", "Un jubilado de 70 años resultó herido en Castrobel.",
         "Un jubilado de 71 años resultó herido en Castrobel.", "de 70 años vs de 71 años"),
        ("French", "Une habitante de 81 ans a été évacuée à Marseille.",
         "Une habitante de 82 ans a été évacuée à Marseille.", "de 81 ans vs de 82 ans"),
        ("Italian", "Un residente di 70 anni è stato evacuato a Milano.",
         "Un residente di 71 anni è stato evacuato a Milano.", "di 70 anni vs di 71 anni"),
    ],
)  # fmt: skip
def test_ages_of_retirees_and_residents_disagree(language: str, a: str, b: str, found: str) -> None:
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


# Dutch ages (thirty-third session): the adjective in small letters before a noun for a
# person or naming the person, "22 jaar oud", "van 22 jaar", a name's "(22)"
DUTCH_23 = "De 23-jarige man werd dinsdag in Utrecht aangehouden."


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        ("De 22-jarige man werd dinsdag in Utrecht aangehouden.", DUTCH_23,
         "22-jarige vs 23-jarige"),
        ("Een 22-jarige vrouw werd dinsdag in Utrecht aangehouden.",
         "Een 23-jarige vrouw werd dinsdag in Utrecht aangehouden.", "22-jarige vs 23-jarige"),
        ("Jan de Vries (22) werd dinsdag in Utrecht aangehouden.",
         "Jan de Vries (23) werd dinsdag in Utrecht aangehouden.", "22 vs 23"),
        ("De man, 22 jaar oud, werd dinsdag in Utrecht aangehouden.", DUTCH_23,
         "22 jaar oud vs 23-jarige"),
        ("Een man van 22 jaar werd dinsdag in Utrecht aangehouden.", DUTCH_23,
         "van 22 jaar vs 23-jarige"),
        ("Een man (22) werd dinsdag in Utrecht aangehouden.", DUTCH_23, "22 vs 23-jarige"),
        # the adjective naming the person, and a driver who may be the man
        ("De 22-jarige werd dinsdag in Utrecht aangehouden.",
         "De 23-jarige uit Amersfoort werd dinsdag in Utrecht aangehouden.",
         "22-jarige vs 23-jarige"),
        ("De 22-jarige bestuurder werd dinsdag in Utrecht aangehouden.", DUTCH_23,
         "22-jarige vs 23-jarige"),
        ("Jan de Vries overleed dinsdag op 91-jarige leeftijd in Utrecht.",
         "Jan de Vries overleed dinsdag op 92-jarige leeftijd in Utrecht.",
         "91-jarige leeftijd vs 92-jarige leeftijd"),
    ],
)  # fmt: skip
def test_dutch_ages_disagree(a: str, b: str, found: str) -> None:
    assert sentence_details(a, b, "Dutch") == [found]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a man is not someone's daughter, nor a woman
        ("De 22-jarige man werd dinsdag in Utrecht aangehouden.",
         "Zijn 23-jarige dochter werd dinsdag in Utrecht aangehouden."),
        ("Een man (22) werd dinsdag in Utrecht aangehouden.",
         "Een vrouw (23) werd dinsdag in Utrecht aangehouden."),
        # years in a cell are no age
        ("Een man van 22 jaar werd dinsdag in Utrecht aangehouden.",
         "Een man werd dinsdag in Utrecht veroordeeld tot 23 jaar cel."),
    ],
)  # fmt: skip
def test_dutch_ages_of_other_persons_or_no_age_do_not_disagree(a: str, b: str) -> None:
    assert sentence_details(a, b, "Dutch") == []


def test_a_german_name_s_age_in_brackets_disagrees() -> None:
    a = "Max Müller (22) wurde am Montag in Passau festgenommen."
    b = "Max Müller (23) wurde am Montag in Passau festgenommen."
    assert german_details(a, b) == ["22 vs 23"]


def test_an_english_figure_in_brackets_is_no_age() -> None:
    a = "John Smith (22) was arrested in Leeds on Monday."
    b = "John Smith (23) was arrested in Leeds on Monday."
    assert details(a, b) == []
