"""Dialogue as French papers set it (reader/analysis/quotations/dialogue.py): a paragraph
opening with a dash is someone's words up to the comma before the verb of saying that
names them; and an object pronoun before that verb ("lui a répondu") is not who spoke
(reader/analysis/words/saying.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document


def said(doc: Document) -> list[tuple[str, str | None]]:
    """Each quotation of ``doc`` as written, and its speaker."""
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [(doc.slice(q.span), q.speaker) for q in find_quotations(doc, names)]


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("— Nous irons jusqu'au bout, a répondu Yannick Lestrade, devant le siège.",
         "— Nous irons jusqu'au bout,"),
        ("– Nous irons jusqu'au bout, lui a lancé Yannick Lestrade.",
         "– Nous irons jusqu'au bout,"),
    ],
)  # fmt: skip
def test_a_line_of_dialogue_is_a_quotation_of_its_speaker(
    doc: Callable[[str], Document], line: str, quoted: str
) -> None:
    assert said(doc(f"Grève à la compagnie\n{line}")) == [(quoted, "Yannick Lestrade")]


def test_a_line_of_dialogue_with_a_pronoun_is_the_one_spoken_of(
    doc: Callable[[str], Document],
) -> None:
    text = (
        "Grève à la compagnie\n"
        "— Nous irons jusqu'au bout, a répondu Yannick Lestrade.\n"
        "— Les cheminots n'ont pas eu d'augmentation depuis quatre ans, a-t-il ajouté."
    )
    assert [who for _, who in said(doc(text))] == ["Yannick Lestrade", "Yannick Lestrade"]


@pytest.mark.parametrize(
    "line",
    [
        "— une hausse des salaires, deux jours de repos.",  # a list's item: no verb of saying
        "- Nous irons jusqu'au bout, a répondu Yannick Lestrade.",  # a hyphen opens no dialogue
    ],
)
def test_no_dialogue_without_a_dash_and_a_verb_of_saying(
    doc: Callable[[str], Document], line: str
) -> None:
    assert said(doc(f"Grève à la compagnie\n{line}")) == []


@pytest.mark.parametrize(
    "line",
    [
        "« Nous irons jusqu'au bout », lui a répondu Yannick Lestrade.",
        "« Nous irons jusqu'au bout », leur a lancé Yannick Lestrade.",
        "« Nous irons jusqu'au bout », m'a confié Yannick Lestrade.",
    ],
)
def test_an_object_pronoun_before_the_verb_is_not_the_speaker(
    doc: Callable[[str], Document], line: str
) -> None:
    assert said(doc(f"Grève à la compagnie\n{line}")) == [
        ("« Nous irons jusqu'au bout »", "Yannick Lestrade")
    ]


def test_a_spanish_object_pronoun_before_the_verb_is_not_the_speaker(
    doc: Callable[[str], Document],
) -> None:
    line = '"Llegaremos hasta el final", le dijo Pedro Blanco al ministro.'
    assert said(doc(f"Huelga en la compañía\n{line}"))[0][1] == "Pedro Blanco"
