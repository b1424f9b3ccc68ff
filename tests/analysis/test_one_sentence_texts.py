"""Two texts of one sentence each, as a reader pastes two statements into "Compare
pasted text": with words only (method lexical), the two are linked when they tell one
fact, and the figures they differ by are a discrepancy; two statements of different
things are not linked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.model import Document

Make = Callable[[str], Document]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the bus crash in Passau on Monday {} people died.",
        "Beim Busunglück in Passau starben am Montag {} Menschen.",
        "Dans l'accident de bus à Passau lundi, {} personnes sont mortes.",
        "En el accidente de autobús en Passau murieron el lunes {} personas.",
        "Nell'incidente di autobus a Passau lunedì sono morte {} persone.",
        "No acidente de autocarro em Passau morreram na segunda-feira {} pessoas.",
    ],
)
def test_two_one_sentence_texts_that_differ_by_a_figure_disagree(doc: Make, sentence: str) -> None:
    found = align(doc(sentence.format(25)), doc(sentence.format(30)), method="lexical")
    assert [d.detail for d in found.discrepancies] == ["25 vs 30"]


def test_two_pasted_headlines_that_differ_by_a_sum_disagree(doc: Make) -> None:
    found = align(
        doc("Red Sox offer Teixeira $200 million"),
        doc("Teixeira gets $180 million offer from Red Sox"),
        method="lexical",
    )
    assert [d.detail for d in found.discrepancies] == ["$200 million vs $180 million"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The minister said the talks had failed.", "Police said three people died in the fire."),
        ("The bus crash in Passau killed 25 people.",
         "The storm in Hamburg left 30 people without power."),
        ("Die Regierung hat am Montag die Steuern erhöht.",
         "Bei dem Busunglück in Passau wurden am Montag 25 getötet."),
    ],
)  # fmt: skip
def test_two_one_sentence_texts_of_different_things_are_not_linked(
    doc: Make, a: str, b: str
) -> None:
    found = align(doc(a), doc(b), method="lexical")
    assert not [m for m in found.matches if m.kind.value == "claim"]
    assert not found.discrepancies


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Teixeira", "Red Sox offer Teixeira $200 million"),
        ("Lohan", "Lohan checks into rehab."),
        ("Only a title", "Title\nSome sentence here."),
    ],
)
def test_two_short_texts_sharing_one_word_are_not_linked(doc: Make, a: str, b: str) -> None:
    # in a pair of so few sentences every shared word weighs: one is no shared fact
    found = align(doc(a), doc(b), method="lexical")
    assert not [m for m in found.matches if m.kind.value == "claim"]


def test_a_short_text_sharing_only_an_age_stays_linked(doc: Make) -> None:
    # a figure shared alone is judged by what it counts (an age is specific enough)
    found = align(
        doc("Esther Williams, swimming star, dies at 91\nShe was a champion swimmer."),
        doc("She was 91."),
        method="lexical",
    )
    assert [m for m in found.matches if m.kind.value == "claim"]
