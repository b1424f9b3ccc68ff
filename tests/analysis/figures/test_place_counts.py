"""A count told right after a place that ends a phrase with no comma ("After the fire in
Passau 25 people were injured", reader/analysis/figures/place_counts.py) counts the people named
after it ("From Boston 200 runners set off"), in each language, while a figure after a
model's, a road's or a flight's name ("two Boeing 747 jets", "on Flight 93", "the Apollo
11 astronauts") stays part of that name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.analysis.figures.place_counts import names_people
from reader.model import Document
from tests.analysis.sentence_pairs import feats, only_conflict

# the sentence with its count, "{}" for the figure, in each language
PLACE_THEN_COUNT = [
    (None, "After the fire in Passau {} people were injured."),
    (None, "In Gaza {} Palestinians were killed on Monday."),
    (None, "At Heathrow {} passengers were stranded overnight."),
    ("German", "Nach dem Brand in Passau {} Verletzte."),
    ("French", "Après l'incendie à Passau {} personnes ont été blessées."),
    ("Spanish", "Tras el incendio en Passau {} personas resultaron heridas."),
    ("Italian", "Dopo l'incendio a Passau {} persone sono rimaste ferite."),
    ("Italian", "In Toscana {} persone sono rimaste ferite."),
    ("Portuguese", "Após o incêndio em Passau {} pessoas ficaram feridas."),
    ("Dutch", "In Amsterdam {} mensen raakten gewond."),
    # those who take part in an event, counted as people
    (None, "From Boston {} runners set off on Monday morning."),
    (None, "In Santiago {} pilgrims arrived on Sunday."),
    ("German", "Beim Marathon in Boston {} Läufer am Start."),
    ("French", "À Boston {} coureurs ont pris le départ lundi matin."),
    ("Spanish", "En Boston {} corredores tomaron la salida el lunes."),
    ("Italian", "A Boston {} podisti sono partiti lunedì mattina."),
    ("Portuguese", "Em Boston {} corredores partiram na segunda-feira."),
    ("Dutch", "In Boston {} hardlopers gingen maandag van start."),
]


def _figures(text: str) -> list[str]:
    """The figures written in digits that ``text`` counts or dates with."""
    return [m.surface for m in feats(text).numbers if m.surface[0].isdigit()]


@pytest.mark.parametrize(("language", "sentence"), PLACE_THEN_COUNT)
def test_a_count_after_a_place_disagrees(language: str | None, sentence: str) -> None:
    a, b = sentence.format(25), sentence.format(30)
    assert only_conflict(a, b, language)[:2] == ("number", "25 vs 30")


@pytest.mark.parametrize(
    "text",
    [
        "Two Boeing 747 jets landed.",
        "The Apollo 11 astronauts landed on the moon.",
        "On Flight 93 passengers fought back.",
        "Relatives of Flight 93 victims met on Sunday.",
        "A Boeing 747 crew landed safely.",
        "Traffic stopped on Interstate 95 drivers said.",
        "In Year 11 students sit their exams.",
        # after a place, but no people named after the figure
        "Power was cut on Oregon 214 for hours.",
        "Ships were seen off Somalia 12 miles from the coast.",
        "He flew in Boeing 747 planes.",
        # a name and its figure before those who take part in an event
        "The London 2012 athletes paraded through the city.",
        "On Route 66 cyclists stopped at roadside diners.",
    ],
)
def test_a_figure_in_a_name_counts_nothing(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("word", "people"),
    [
        ("people", True),
        ("Palestinians", True),
        ("Verletzte", True),
        ("persone", True),
        ("mensen", True),
        ("injured", True),
        ("runners", True),
        ("Läufer", True),
        ("pèlerins", True),
        ("podisti", True),
        ("poles", False),
        ("jets", False),
        ("miles", False),
    ],
)
def test_names_people(word: str, people: bool) -> None:
    assert names_people(word) is people


def test_a_count_after_a_place_in_two_articles(doc: Callable[[str], Document]) -> None:
    opening = "Fire in Passau\n\nA fire broke out in a block of flats in the old town. "
    sentence = "After the fire in Passau {} people were injured, the police said on Sunday."
    a, b = opening + sentence.format(25), opening + sentence.format(30)
    found = align(doc(a), doc(b), method="lexical")
    assert [(d.kind.value, d.detail) for d in found.discrepancies] == [("number", "25 vs 30")]


def test_a_count_of_runners_after_a_place_and_a_hedged_one_disagree() -> None:
    a = "From Boston 200 runners set off on Monday morning."
    b = "Some 250 runners set off from Boston on Monday morning."
    assert only_conflict(a, b)[:2] == ("number", "200 vs 250")
