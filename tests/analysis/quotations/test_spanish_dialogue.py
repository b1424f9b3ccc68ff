"""Quotations as Spanish papers attribute them: dialogue set off by dashes around an
incise with its verb of saying ("—Sabían lo que buscaban —explicó la directora, Inés
Valcárcel—. No tocaron nada.": reader/analysis/quotations/dialogue.py), a verb in the
perfect ("ha declarado", reader/analysis/words/saying.py), and the one told before the
speaker ("ha declarado a este periódico la directora")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.quotations.test_dialogue import said

HEADLINE = "Robo en el museo\n"


# were no quotation at all: a Spanish line of dialogue has no comma before its verb
def test_a_line_of_dialogue_around_an_incise_is_two_quotations_of_its_speaker(
    doc: Callable[[str], Document],
) -> None:
    line = (
        "—Sabían lo que buscaban —explicó la directora del centro, Inés Valcárcel—. "
        "No tocaron ni una vitrina."
    )
    assert said(doc(HEADLINE + line)) == [
        ("—Sabían lo que buscaban", "Inés Valcárcel"),
        ("No tocaron ni una vitrina.", "Inés Valcárcel"),
    ]


def test_a_line_of_dialogue_ending_in_its_incise_is_one_quotation(
    doc: Callable[[str], Document],
) -> None:
    line = "—Sabían lo que buscaban —explicó Inés Valcárcel."
    assert said(doc(HEADLINE + line)) == [("—Sabían lo que buscaban", "Inés Valcárcel")]


def test_a_dash_before_no_verb_of_saying_is_no_incise(doc: Callable[[str], Document]) -> None:
    assert said(doc(HEADLINE + "—Pan, vino y queso —la lista era corta.")) == []


# were "(no speaker named)": "ha declarado" was no verb of saying, and what it was told
# ("a este periódico") stood between it and its subject
@pytest.mark.parametrize(
    "line",
    [
        "«Sabían lo que buscaban», ha declarado Inés Valcárcel.",
        "«Sabían lo que buscaban», ha declarado a este periódico la directora del museo, "
        "Inés Valcárcel.",
        "«Sabían lo que buscaban», explicó a los periodistas Inés Valcárcel.",
    ],
)
def test_a_spanish_attribution_names_its_speaker(doc: Callable[[str], Document], line: str) -> None:
    assert said(doc(HEADLINE + line)) == [("«Sabían lo que buscaban»", "Inés Valcárcel")]
