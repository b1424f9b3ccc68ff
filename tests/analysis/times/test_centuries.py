"""A century in words as a length of 100 years (reader/analysis/times/centuries.py): "más de
un siglo" agrees with "120 años", "a century" differs from "50 years", and "the 19th
century", "el siglo XIX" name a period, no length."""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats

_YEAR_MINUTES = 12 * 30 * 1440


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("Spanish", "El puente colgante ha resistido más de un siglo de tormentas.",
         "El puente colgante ha resistido 120 años de tormentas."),
        (None, "The suspension bridge has stood for more than a century.",
         "The suspension bridge has stood for 120 years."),
        ("German", "Die Hängebrücke steht seit mehr als einem Jahrhundert.",
         "Die Hängebrücke steht seit 120 Jahren."),
        ("French", "Le pont suspendu tient depuis plus d'un siècle.",
         "Le pont suspendu tient depuis 120 ans."),
        ("Italian", "Il ponte sospeso resiste da più di un secolo.",
         "Il ponte sospeso resiste da 120 anni."),
        ("Portuguese", "A ponte suspensa resiste há mais de um século.",
         "A ponte suspensa resiste há 120 anos."),
        (None, "The suspension bridge has stood for a century.",
         "The suspension bridge has stood for 100 years."),
        (None, "It was the worst flood in the valley in half a century.",
         "It was the worst flood in the valley in 50 years."),
        (None, "The cathedral has stood over the old town for a full century.",
         "The cathedral has stood over the old town for 100 years."),
        ("German", "Der Dom steht seit einem ganzen Jahrhundert über der Altstadt.",
         "Der Dom steht seit 100 Jahren über der Altstadt."),
        (None, "The bridge has stood over the river for more than a century and a half.",
         "The bridge has stood over the river for 170 years."),
    ],
)  # fmt: skip
def test_a_century_in_words_agrees_with_its_years(language: str | None, a: str, b: str) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "The suspension bridge has stood for a century.",
         "The suspension bridge has stood for 50 years.", "a century vs 50 years"),
        ("Spanish", "El puente colgante ha resistido un siglo de tormentas.",
         "El puente colgante ha resistido 50 años de tormentas.", "un siglo vs 50 años"),
        ("German", "Die Hängebrücke steht seit einem Jahrhundert.",
         "Die Hängebrücke steht seit 50 Jahren.", "einem Jahrhundert vs 50 Jahren"),
        (None, "It was the worst flood in the valley in half a century.",
         "It was the worst flood in the valley in 30 years.", "half a century vs 30 years"),
        ("French", "Le pont suspendu tient depuis plus d'un siècle.",
         "Le pont suspendu tient depuis 80 ans.", "un siècle vs 80 ans"),
        (None, "The suspension bridge has stood for two centuries.",
         "The suspension bridge has stood for 120 years.", "two centuries vs 120 years"),
        (None, "The cathedral has stood over the old town for a full century.",
         "The cathedral has stood over the old town for 60 years.",
         "a full century vs 60 years"),
        ("German", "Der Dom steht seit einem ganzen Jahrhundert über der Altstadt.",
         "Der Dom steht seit 60 Jahren über der Altstadt.",
         "einem ganzen Jahrhundert vs 60 Jahren"),
        (None, "The bridge has stood over the river for more than a century and a half.",
         "The bridge has stood over the river for 120 years.",
         "a century and a half vs 120 years"),
    ],
)  # fmt: skip
def test_a_century_in_words_against_other_years_is_reported(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The suspension bridge was built in the 19th century."),
        ("Spanish", "El puente colgante fue construido en el siglo XIX."),
        ("Spanish", "Fue un siglo XIX convulso para la ciudad."),
        ("German", "Die Hängebrücke wurde im 19. Jahrhundert gebaut."),
        ("French", "Le pont suspendu a été construit au XIXe siècle."),
        ("Italian", "Il ponte sospeso fu costruito nel XIX secolo."),
        (None, "The town is proud of its century-old suspension bridge."),
    ],
)
def test_a_century_naming_a_period_is_no_length(language: str | None, text: str) -> None:
    assert durations(feats(text, language)) == []


def test_a_century_and_a_half_is_one_length() -> None:
    told = durations(feats("The suspension bridge has stood for a century and a half."))
    assert [float(d.mention.key[4:]) for d in told] == [150 * _YEAR_MINUTES]
