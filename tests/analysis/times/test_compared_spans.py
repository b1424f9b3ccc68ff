"""The span a first time or a record is told against (reader/analysis/times/compared_spans.py):
"the first time in 25 years", "the worst flood in 50 years", "zum ersten Mal seit 25
Jahren", "pour la première fois depuis 25 ans" are no lengths nor deadlines, and compare
with such spans only."""

from __future__ import annotations

import pytest

from reader.analysis.times.length_frames import COMPARED, DEADLINE, LENGTH
from tests.analysis.duration_frames import frames
from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The river burst its banks for the first time in 25 years."),
        (None, "It was the worst flood in 50 years."),
        (None, "The river reached its highest level in more than 25 years."),
        ("German", "Der Fluss trat zum ersten Mal seit 25 Jahren über die Ufer."),
        ("German", "Es war das schwerste Hochwasser seit 50 Jahren."),
        ("French", "Le fleuve a débordé pour la première fois depuis 25 ans."),
        ("French", "C'est la plus forte crue depuis 50 ans."),
        ("Spanish", "El río se desbordó por primera vez en 25 años."),
        ("Spanish", "Es la peor inundación en 50 años."),
        ("Italian", "Il fiume è esondato per la prima volta in 25 anni."),
        ("Italian", "È la peggiore alluvione da 50 anni."),
        ("Portuguese", "O rio transbordou pela primeira vez em 25 anos."),
        ("Portuguese", "É a pior enchente em 50 anos."),
    ],
)
def test_a_span_of_comparison_is_told_apart(language: str | None, text: str) -> None:
    assert frames(text, language) == [COMPARED]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("German", "Die Familie lebt seit 25 Jahren am Fluss."),
        ("French", "La famille vit au bord du fleuve depuis plus de 25 ans."),
        (None, "The family lived by the river for 25 years."),
    ],
)
def test_a_length_up_to_now_stays_a_length(language: str | None, text: str) -> None:
    assert frames(text, language) == [LENGTH]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        # flooded, a past before "in": a length but for the first time
        (None, "The Severn flooded the town for the first time in 25 years.",
         "The Severn has flooded the town every spring for 30 years."),
        ("Spanish", "El Ebro se desbordó en Zaragoza por primera vez en 25 años.",
         "El puente del Ebro en Zaragoza reabrirá dentro de 30 años."),
        (None, "The town's worst flood in 25 years closed the bridge.",
         "The flood closed the town's bridge, which will reopen in 30 years."),
        ("German", "Der Rhein trat in Köln zum ersten Mal seit 25 Jahren über die Ufer.",
         "Der Rhein trat in Köln über die Ufer und blieb 30 Jahre lang gesperrt."),
        ("French", "La Seine a débordé à Paris pour la première fois depuis 25 ans.",
         "La Seine a débordé à Paris pendant 30 ans."),
    ],
)  # fmt: skip
def test_a_span_of_comparison_is_no_length_nor_deadline(
    language: str | None, a: str, b: str
) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "The river burst its banks in the town for the first time in 25 years.",
         "The river burst its banks in the town for the first time in 30 years.", "25 vs 30"),
        ("German", "Der Rhein trat in Köln zum ersten Mal seit 25 Jahren über die Ufer.",
         "Der Rhein trat in Köln zum ersten Mal seit 30 Jahren über die Ufer.", "25 vs 30"),
        ("French", "La Seine a débordé à Paris pour la première fois depuis 25 ans.",
         "La Seine a débordé à Paris pour la première fois depuis 30 ans.", "25 vs 30"),
        ("Spanish", "El Ebro se desbordó en Zaragoza por primera vez en 25 años.",
         "El Ebro se desbordó en Zaragoza por primera vez en 30 años.", "25 vs 30"),
    ],
)  # fmt: skip
def test_two_spans_of_comparison_disagree(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The first firefighters arrived in 10 minutes."),
        (None, "The first rescuers reached the village in two days."),
        ("French", "Les premiers pompiers sont arrivés en dix minutes."),
        ("Spanish", "Los primeros bomberos llegaron en 10 minutos."),
        ("Italian", "I primi vigili del fuoco sono arrivati in dieci minuti."),
        ("Portuguese", "Os primeiros bombeiros chegaram em dez minutos."),
        (None, "Officials said the first firefighters arrived in 10 minutes."),
        (None, "The fire brigade said that the first crews reached the tower in six minutes."),
        ("Spanish", "Las autoridades dijeron que los primeros bomberos llegaron en 10 minutos."),
        ("French", "La préfecture a dit que les premiers pompiers sont arrivés en dix minutes."),
    ],
)
def test_the_first_of_a_subject_in_the_past_tells_how_long_it_took(
    language: str | None, text: str
) -> None:
    assert frames(text, language) == [LENGTH]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "It was the first rain in 10 months."),
        (None, "The first snow in 10 days fell on the city on Monday."),
        (None, "The first woman elected in 50 years took her seat on Monday."),
        (None, "The first time the river flooded in 25 days was in March."),
        ("Spanish", "Los primeros bomberos en 10 años llegaron de Francia."),
        (None, "It was the first rain to fall in 10 days."),
        (None, "Forecasters said the first rain in 10 days fell on Monday."),
        (None, "Forecasters said the first snow in 10 days will fall on Monday."),
    ],
)
def test_a_first_told_against_a_span_stays_compared(language: str | None, text: str) -> None:
    assert frames(text, language) == [COMPARED]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        (None, "The first firefighters arrived at Grenfell Tower in 10 minutes.",
         "Firefighters arrived at Grenfell Tower in 25 minutes.", "10 vs 25"),
        ("French", "Les premiers pompiers sont arrivés à Notre-Dame en dix minutes.",
         "Les pompiers sont arrivés à Notre-Dame en 25 minutes.", "dix vs 25"),
    ],
)  # fmt: skip
def test_how_long_the_first_took_disagrees_with_another_length(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_how_long_the_first_took_agrees_with_the_same_length() -> None:
    a = "The first firefighters arrived at Grenfell Tower in six minutes."
    assert details(a, "Firefighters arrived at Grenfell Tower in six minutes.") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (None, "The first firefighters will arrive in 10 minutes."),
        (None, "Officials said the first firefighters would arrive in 10 minutes."),
        ("Spanish", "Los primeros bomberos llegarán en 10 minutos."),
        ("Italian", "I primi soccorsi arriveranno in dieci minuti."),
    ],
)
def test_the_first_of_a_subject_to_come_is_when_they_will(language: str | None, text: str) -> None:
    assert frames(text, language) == [DEADLINE]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The first firefighters will arrive at Grenfell Tower in 15 minutes.",
         "Firefighters will arrive at Grenfell Tower in 40 minutes."),
        ("Officials said the first firefighters arrived at Grenfell Tower in 15 minutes.",
         "Firefighters arrived at Grenfell Tower in 40 minutes."),
    ],
)  # fmt: skip
def test_the_first_told_after_a_verb_disagrees_with_another_length(a: str, b: str) -> None:
    assert details(a, b) == ["15 vs 40"]


def test_when_the_first_will_come_is_no_length_taken() -> None:
    a = "The first firefighters will arrive at Grenfell Tower in 15 minutes."
    assert details(a, "Firefighters arrived at Grenfell Tower in 40 minutes.") == []
