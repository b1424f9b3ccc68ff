# ruff: noqa: E501  (a pair of sentences a line)
"""Tests of reader/analysis/figures/one_storey.py: a building of one storey is a count of its
storeys in English, German, French, Spanish, Italian and Portuguese, compared with
another count of them ("a one-storey house" vs "a two-storey house"); "one" elsewhere
is still no count ("a one-year deal", "de una planta" of a plant, "di un piano" of a
plan)."""

from __future__ import annotations

import pytest

from reader.analysis.figures.one_storey import one_storeys
from tests.analysis.sentence_pairs import details, feats

ONE_AGAINST_MORE = [
    (None, "The fire gutted a one-storey house on Elm Street.",
     "The fire gutted a two-storey house on Elm Street.", "one vs two"),
    (None, "The fire gutted a single-storey house on Elm Street.",
     "The fire gutted a two-story house on Elm Street.", "single vs two"),
    (None, "The fire gutted a one-story home on Elm Street.",
     "The fire gutted a three-story home on Elm Street.", "one vs three"),
    ("German", "Das Feuer brach am Morgen in einem einstöckigen Wohnhaus in der Altstadt aus.",
     "Das Feuer brach am Morgen in einem zweistöckigen Wohnhaus in der Altstadt aus.",
     "einstöckigen vs zweistöckigen"),
    ("German", "Das Feuer brach am Morgen in einem eingeschossigen Lagerhaus in der Altstadt aus.",
     "Das Feuer brach am Morgen in einem dreigeschossigen Lagerhaus in der Altstadt aus.",
     "eingeschossigen vs dreigeschossigen"),
    ("French", "Le feu s'est déclaré dans une maison à un étage du centre-ville.",
     "Le feu s'est déclaré dans une maison à deux étages du centre-ville.", "un vs deux"),
    ("French", "Le feu s'est déclaré dans un immeuble d'un seul étage du centre-ville.",
     "Le feu s'est déclaré dans un immeuble de deux étages du centre-ville.", "un vs deux"),
    ("Spanish", "El fuego se declaró en un edificio de una planta del centro.",
     "El fuego se declaró en un edificio de dos plantas del centro.", "una vs dos"),
    ("Spanish", "El fuego se declaró en una casa de un solo piso del centro.",
     "El fuego se declaró en una casa de dos pisos del centro.", "un vs dos"),
    ("Italian", "L'incendio è scoppiato in una casa a un piano del centro.",
     "L'incendio è scoppiato in una casa a due piani del centro.", "un vs due"),
    ("Italian", "L'incendio è scoppiato in un palazzo di un solo piano del centro.",
     "L'incendio è scoppiato in un palazzo di tre piani del centro.", "un vs tre"),
    ("Portuguese", "O incêndio começou num prédio de um andar do centro.",
     "O incêndio começou num prédio de quatro andares do centro.", "um vs quatro"),
    ("Portuguese", "O incêndio começou numa casa de um só piso do centro.",
     "O incêndio começou numa casa de dois pisos do centro.", "um vs dois"),
    # one storey told with no "one" (thirty-third session)
    ("French", "Le feu a détruit une maison de plain-pied à la sortie du village.",
     "Le feu a détruit une maison de deux étages à la sortie du village.",
     "plain-pied vs deux"),
    ("French", "Le feu a détruit une maison ancienne de plain pied à la sortie du village.",
     "Le feu a détruit une maison ancienne de trois étages à la sortie du village.",
     "plain pied vs trois"),
    ("Portuguese", "O incêndio destruiu uma casa térrea no centro de Braga.",
     "O incêndio destruiu uma casa de dois andares no centro de Braga.", "térrea vs dois"),
    ("Portuguese", "O incêndio destruiu um edifício térreo no centro de Braga.",
     "O incêndio destruiu um edifício de três andares no centro de Braga.",
     "térreo vs três"),
    ("Spanish", "El fuego destruyó una casa de planta baja en Toledo.",
     "El fuego destruyó una casa de dos plantas en Toledo.", "planta baja vs dos"),
    ("Spanish", "El fuego destruyó una casa de una sola planta en Toledo.",
     "El fuego destruyó una casa de dos plantas en Toledo.", "una vs dos"),
    ("Italian", "Il fuoco ha distrutto una casa su un solo piano a Varese.",
     "Il fuoco ha distrutto una casa su due piani a Varese.", "un vs due"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b", "detail"), ONE_AGAINST_MORE)
def test_a_building_of_one_storey_disagrees_with_one_of_more(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(("language", "a", "b", "detail"), ONE_AGAINST_MORE)
def test_one_storey_on_both_sides_agrees(language: str | None, a: str, b: str, detail: str) -> None:
    assert details(a, a, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        # a qualifier English does not compare, with "one" as with "two"
        (None, "He signed a one-year deal with Chelsea.", "He signed a two-year deal with Chelsea."),
        ("German", "Der Angeklagte erhielt am Montag eine einjährige Haftstrafe auf Bewährung.",
         "Der Angeklagte erhielt am Montag eine zweijährige Haftstrafe auf Bewährung."),
        # "una planta" is also a plant, "un piano" a plan: no building before them
        ("Spanish", "Los trabajadores de una planta de Seat en Martorell iniciaron una huelga.",
         "Los trabajadores de dos plantas de Seat en Martorell iniciaron una huelga."),
        ("Italian", "Il governo ha presentato i dettagli di un piano per Roma.",
         "Il governo ha presentato i dettagli di due piani per Roma."),
        # a ground floor, step-free access: no building of one storey
        ("Portuguese", "Os bombeiros entraram pelo piso térreo do prédio de Braga.",
         "Os bombeiros entraram pelo segundo andar do prédio de Braga."),
        ("French", "Le musée offre un accès de plain-pied au public depuis lundi.",
         "Le musée offre deux étages au public depuis lundi."),
        # the storeys that burnt are not the building's
        (None, "The fire gutted a one-storey house.", "The fire gutted two storeys of the house."),
    ],
)  # fmt: skip
def test_one_that_counts_no_building_s_storeys_is_no_discrepancy(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    "text", ["a one-off payment", "a one-time champion", "a one-way street", "one floor up"]
)
def test_english_one_before_another_word_is_no_storey(text: str) -> None:
    assert list(one_storeys(text, None)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("Spanish", "El fuego destruyó una casa de planta baja y dos pisos en Toledo."),
        ("Portuguese", "O fogo destruiu um prédio com térreo e três andares em Braga."),
        ("French", "Le feu a détruit une maison de plain-pied et un étage à Lyon."),
    ],
)
def test_a_ground_floor_with_more_above_is_no_building_of_one_storey(
    language: str, text: str
) -> None:
    assert list(one_storeys(text, language)) == []


def test_the_one_is_a_qualifying_count_of_storeys() -> None:
    (mention,) = feats("The fire gutted a one-storey house.").numbers
    assert (mention.key, mention.surface, mention.qualifier) == ("num:1", "one", True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("French", "Un promoteur de Lyon a racheté un étage de l'immeuble."),
        ("Spanish", "El propietario de un piso en Madrid denunció el robo."),
        ("Portuguese", "O morador de um andar do prédio chamou os bombeiros."),
    ],
)
def test_one_storey_s_noun_without_a_building_before_it_is_no_count(
    language: str, text: str
) -> None:
    assert list(one_storeys(text, language)) == []
