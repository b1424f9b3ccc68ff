# ruff: noqa: E501  (a pair of sentences a line)
"""Counts German tells inside one adjective ("dreistöckig", "zweijährige", "fünfköpfige",
"3-stöckiges"; ``compound_counts``), read as figures of a German article and compared,
as English's "three-storey", when they count a building's storeys; the storeys of the
other languages, counted as any count ("à trois étages", "de tres plantas")."""

from __future__ import annotations

import pytest

from reader.analysis.figures.compound_counts import STOREY, compound_counts
from reader.analysis.linking.word_forms import word_forms
from tests.analysis.sentence_pairs import details, feats

GERMAN_STEM = word_forms("German").stem


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("ein dreistöckiges Wohnhaus", 3, STOREY),
        ("das Dreistöckige", 3, STOREY),
        ("ein 3-stöckiges Wohnhaus", 3, STOREY),
        ("ein zwölfgeschossiges Hochhaus", 12, STOREY),
        ("eine zweijährige Haftstrafe", 2, GERMAN_STEM("jahr")),
        ("eine fünfköpfige Familie", 5, GERMAN_STEM("kopf")),
        ("ein dreitägiger Besuch", 3, GERMAN_STEM("tag")),
        # glued to the adjective, "ein" is one, not the article
        ("ein einstöckiges Wohnhaus", 1, STOREY),
        ("eine einjährige Haftstrafe", 1, GERMAN_STEM("jahr")),
    ],
)
def test_a_count_inside_a_german_adjective_is_read(text: str, value: int, counted: str) -> None:
    found = list(compound_counts(text, GERMAN_STEM))
    assert [(c.value, c.counted) for c in found] == [(value, counted)]


DUTCH_STEM = word_forms("Dutch").stem


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("een driedaags bezoek", 3, DUTCH_STEM("dag")),
        ("een driedaagse staking", 3, DUTCH_STEM("dag")),
        ("een tweejarige celstraf", 2, DUTCH_STEM("jaar")),
        ("een 3-jarig contract", 3, DUTCH_STEM("jaar")),
        ("een vijfkoppig gezin", 5, DUTCH_STEM("kop")),
        ("een drielaagse woning", 3, STOREY),
        ("een eenlaagse woning", 1, STOREY),
        ("een vierentwintiguurs staking", 24, DUTCH_STEM("uur")),
    ],
)
def test_a_count_inside_a_dutch_adjective_is_read(text: str, value: int, counted: str) -> None:
    found = list(compound_counts(text, DUTCH_STEM, "Dutch"))
    assert [(c.value, c.counted, c.age) for c in found] == [(value, counted, False)]


@pytest.mark.parametrize("text", ["een verdieping", "driemaal", "de 24-uursstaking", "drieën"])
def test_a_dutch_word_that_is_no_such_adjective_gives_no_count(text: str) -> None:
    assert list(compound_counts(text, DUTCH_STEM, "Dutch")) == []


def test_a_language_with_no_such_adjectives_gives_no_count() -> None:
    assert list(compound_counts("un immeuble à trois étages", GERMAN_STEM, "French")) == []


@pytest.mark.parametrize(
    "text", ["ein Stockwerk", "dreimal", "ein Zweijahresplan", "Dreistöckigkeit", "F-16-stöckig"]
)
def test_a_word_that_is_no_such_adjective_gives_no_count(text: str) -> None:
    assert list(compound_counts(text, GERMAN_STEM)) == []


def test_the_count_is_a_qualifying_figure_of_a_german_sentence() -> None:
    (mention,) = feats(
        "Die Feuerwehr löschte den Brand in dem dreistöckigen Wohnhaus.", "German"
    ).numbers
    assert (mention.key, mention.surface, mention.unit_word, mention.qualifier) == (
        "num:3",
        "dreistöckigen",
        STOREY,
        True,
    )


def test_an_english_sentence_reads_no_german_adjective() -> None:
    assert feats("The word dreistöckig means three-storey.").numbers[0].surface == "three"


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("German", "Das Feuer brach am Morgen in einem dreistöckigen Wohnhaus in der Altstadt aus.",
         "Das Feuer brach am Morgen in einem zweistöckigen Wohnhaus in der Altstadt aus.",
         "dreistöckigen vs zweistöckigen"),
        ("German", "Das Feuer brach am Morgen in einem 3-stöckigen Wohnhaus in der Altstadt aus.",
         "Das Feuer brach am Morgen in einem vierstöckigen Wohnhaus in der Altstadt aus.",
         "3-stöckigen vs vierstöckigen"),
        ("French", "Le feu s'est déclaré dans un immeuble à trois étages du centre-ville.",
         "Le feu s'est déclaré dans un immeuble de deux étages du centre-ville.", "trois vs deux"),
        ("Spanish", "El fuego se declaró en un edificio de tres plantas del centro.",
         "El fuego se declaró en un edificio de cuatro plantas del centro.", "tres vs cuatro"),
        ("Italian", "L'incendio è scoppiato in un palazzo di tre piani del centro.",
         "L'incendio è scoppiato in un palazzo di quattro piani del centro.", "tre vs quattro"),
        ("Portuguese", "O incêndio começou num prédio de três andares do centro.",
         "O incêndio começou num prédio de quatro andares do centro.", "três vs quatro"),
        ("Dutch", "De brand brak vanochtend uit in een drielaagse woning in het centrum van Utrecht.",
         "De brand brak vanochtend uit in een tweelaagse woning in het centrum van Utrecht.",
         "drielaagse vs tweelaagse"),
    ],
)  # fmt: skip
def test_the_storeys_of_a_building_disagree_in_every_language(
    language: str, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same storeys, and a qualifier English does not compare either ("a two-year
        # sentence" vs "a three-year sentence" may be two sentences)
        ("Das Feuer brach am Morgen in einem dreistöckigen Wohnhaus in der Altstadt aus.",
         "Das Feuer brach am Morgen in einem 3-stöckigen Wohnhaus in der Altstadt aus."),
        ("Der Angeklagte erhielt am Montag eine zweijährige Haftstrafe auf Bewährung.",
         "Der Angeklagte erhielt am Montag eine dreijährige Haftstrafe auf Bewährung."),
        # the building's storeys are no toll of the dead ("Drei Tote" and "dreistöckig")
        ("In dem dreistöckigen Wohnhaus gab es drei Tote.", "In dem dreistöckigen Wohnhaus gab es drei Tote und zwei Verletzte."),
    ],
)  # fmt: skip
def test_german_adjectives_that_agree_or_do_not_compare_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b, "German") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a qualifier English does not compare ("a three-day visit" vs "a two-day visit")
        ("De minister bracht dinsdag een driedaags bezoek aan Brussel.",
         "De minister bracht dinsdag een tweedaags bezoek aan Brussel."),
        # a length of time, not an age (Dutch ages: tests/analysis/figures/test_age_owners.py)
        ("Hij volgde dinsdag een tweejarige opleiding in Utrecht.",
         "Hij volgde dinsdag een driejarige opleiding in Utrecht."),
        ("Het bedrijf vierde dinsdag zijn 25-jarig bestaan in Utrecht.",
         "Het bedrijf vierde dinsdag zijn 30-jarig bestaan in Utrecht."),
    ],
)  # fmt: skip
def test_dutch_adjectives_that_do_not_compare_are_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b, "Dutch") == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # the person named by the age, as English's "the 22-year-old"
        ("Der 22-Jährige wurde noch in der Nacht in Berlin festgenommen.",
         "Der 23-Jährige wurde noch in der Nacht in Berlin festgenommen.",
         "22-Jährige vs 23-Jährige"),
        ("Die Polizei nahm den 22-Jährigen am Bahnhof fest.",
         "Die Polizei nahm den 24-Jährigen am Bahnhof fest.", "22-Jährigen vs 24-Jährigen"),
        # the person described by it
        ("Ein 22-jähriger Mann wurde am Bahnhof festgenommen.",
         "Ein 25-jähriger Mann wurde am Bahnhof festgenommen.", "22-jähriger vs 25-jähriger"),
        ("Die Polizei nahm die 22-jährige Fahrerin am Bahnhof fest.",
         "Die Polizei nahm die 27-jährige Fahrerin am Bahnhof fest.", "22-jährige vs 27-jährige"),
        # in other words: "22 Jahre alt", "im Alter von 91 Jahren"
        ("Der Mann ist nach Angaben der Polizei 22 Jahre alt.",
         "Der Mann ist nach Angaben der Polizei 23 Jahre alt.", "22 Jahre alt vs 23 Jahre alt"),
        ("Der Schauspieler starb im Alter von 91 Jahren in München.",
         "Der Schauspieler starb im Alter von 92 Jahren in München.",
         "Alter von 91 vs Alter von 92"),
    ],
)  # fmt: skip
def test_german_ages_disagree_as_ages(a: str, b: str, detail: str) -> None:
    assert details(a, b, "German") == [detail]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Der 22-Jährige wurde festgenommen.", "age:22"),
        ("Die Polizei nahm den Zweijährigen in Obhut.", "age:2"),
        ("Eine 31-jährige Fahrerin wurde verletzt.", "age:31"),
        ("Zweijährige Kinder spielten im Hof.", "age:2"),
        # a length of time, and a name
        ("Er erhielt eine zweijährige Haftstrafe.", "num:2"),
        ("Er schrieb über den Dreißigjährigen Krieg.", "num:30"),
    ],
)
def test_a_german_count_of_years_is_an_age_when_it_tells_of_a_person(text: str, key: str) -> None:
    (mention,) = feats(text, "German").numbers
    assert mention.key == key
    assert (mention.unit_word == "age") is key.startswith("age:")


def test_a_german_age_compares_with_an_english_one() -> None:
    german = feats("Der 22-Jährige wurde festgenommen.", "German").numbers[0]
    english = feats("The 22-year-old was arrested.").numbers[0]
    assert (german.key, german.unit_word) == (english.key, english.unit_word)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a length of time, not an age
        ("Der Angeklagte erhielt eine zweijährige Haftstrafe.",
         "Der Angeklagte erhielt eine dreijährige Haftstrafe."),
    ],
)  # fmt: skip
def test_german_years_that_are_no_one_persons_age_do_not_disagree(a: str, b: str) -> None:
    assert details(a, b, "German") == []
