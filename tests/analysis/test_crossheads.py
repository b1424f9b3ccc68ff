"""Crossheads ("About the prison:") state nothing and are linked to no sentence
(reader.analysis.crossheads)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.crossheads import crossheads
from reader.analysis.pipeline import align
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Alignment, Document, MatchKind

# ECB+ 3_2ecb and 3_4ecb, shortened
PRISON_A = (
    "Brian Nichols was sentenced to life without parole on Saturday.\n\n"
    '"I thought maybe Supermax might be a good place for Mr. Nichols," Bodiford said.\n\n'
    "About the prison:\n\n"
    "The supermax unit at Florence, Colo., holds extremely dangerous federal inmates.\n"
)
PRISON_B = (
    "Brian Nichols was sentenced on Saturday to life in prison without parole.\n\n"
    '"In his own words, it is not in his DNA to stay in prison," the prosecutor said.\n'
)


def aligned(tmp_path: Path, a: str, b: str) -> Alignment:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def heads(doc: Document) -> list[str]:
    units = document_units(doc)
    return [units[i].text.strip() for i in sorted(crossheads(units, doc))]


@pytest.mark.parametrize(
    ("line", "crosshead"),
    [
        ("About the prison:", True),
        ("Some known inmates:", True),
        ("Les réactions :", True),
        ("The judge told the guards:", False),  # a sentence introducing a quotation
        ("Bodiford added:", False),
        ("Macron a déclaré :", False),
        ("Nichols was sentenced:", False),
        ("The judge offered advice for the prison guards who will handle Nichols:", False),
        ("Police believe:", False),  # a verb of thinking in the present
        ("Investigators suspect:", False),
        ("Hopes and fears:", True),  # a noun after "and", no verb
        ("What we know:", True),  # an explainer's heading opening with a question word
        ("Who they are:", True),
        ("How it happened:", True),
    ],
)
def test_a_short_line_ending_in_a_colon_without_a_verb_is_a_crosshead(
    doc: Callable[[str], Document], line: str, crosshead: bool
) -> None:
    text = f'Nichols was sentenced to life on Saturday.\n\n{line}\n\n"Do not trust him."\n'
    assert heads(doc(text)) == ([line] if crosshead else [])


def test_a_colon_inside_a_paragraph_is_no_crosshead(doc: Callable[[str], Document]) -> None:
    assert heads(doc("Nichols was sentenced on Saturday. About the prison: it is remote.\n")) == []


def test_a_crosshead_is_linked_to_no_sentence(tmp_path: Path) -> None:
    al = aligned(tmp_path, PRISON_A, PRISON_B)
    head = al.a.text.index("About the prison:")
    assert not [m for m in al.matches if m.a.start <= head < m.a.end]
    assert not [s for s in al.only_a if s.start <= head < s.end]


def test_a_short_sentence_introducing_a_quotation_is_still_linked(tmp_path: Path) -> None:
    a = PRISON_A.replace("About the prison:", "Bodiford warned the prison guards:")
    b = PRISON_B + "\nBodiford warned the prison guards who will handle Nichols.\n"
    al = aligned(tmp_path, a, b)
    warned = al.a.text.index("Bodiford warned")
    linked = [m for m in al.matches if m.kind is MatchKind.CLAIM and m.a.start == warned]
    assert [al.b.slice(m.b) for m in linked] == [
        "Bodiford warned the prison guards who will handle Nichols."
    ]


def test_an_unmatched_headline_is_a_passage_of_its_own(doc: Callable[[str], Document]) -> None:
    a = doc(
        "Texas prison escapee added to most wanted list\n"
        "The marshals added a man serving three life sentences to their list.\n"
        "Comeaux escaped from a prison van near Houston on Monday."
    )
    b = doc("Inmate escapes\nComeaux escaped from a prison van near Houston on Monday.")
    al = align(a, b, method="lexical")
    assert [a.slice(s) for s in al.only_a] == [
        "Texas prison escapee added to most wanted list",
        "The marshals added a man serving three life sentences to their list.",
    ]
