"""Passages only one article reports: joined inside a paragraph, never across a break."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis.passages import passages
from reader.analysis.pipeline import align
from reader.ingest import load_document
from reader.model import Document, Span
from reader.report import text_summary

Make = Callable[[str], Document]

HEADLINE = "Council passes transit levy"
VOTE = "The city council approved a half-cent sales tax for public transit on Tuesday."
MAYOR = "Mayor Linda Park said the levy would raise about 40 million dollars a year."
DEBATE = "The measure passed after three hours of debate."
BUSES = "Most of the money will go to new bus routes in the eastern suburbs."
RAIL = "A smaller share will fund repairs to the light rail line downtown."
SHOPS = "Opponents said the tax would hurt small shops."

# B tells the vote and the mayor's figure, nothing else of A's
B_TEXT = (
    "Transit tax approved by council\n\n"
    "The city council on Tuesday approved a half-cent sales tax to pay for public transit.\n\n"
    "Mayor Linda Park said the tax would bring in about 40 million dollars each year.\n"
)


def sentence_spans(doc: Document, *texts: str) -> list[Span]:
    """The spans of ``doc``'s sentences reading ``texts``, in reading order."""
    return [s for s in doc.sentences if doc.slice(s).strip() in texts]


@pytest.mark.parametrize(
    ("text", "uncovered", "expected"),
    [
        # two sentences of one paragraph: one passage
        (f"{HEADLINE}\n{VOTE} {DEBATE}\n", (VOTE, DEBATE), [f"{VOTE} {DEBATE}"]),
        # two paragraphs of a sentence each: two passages
        (f"{HEADLINE}\n{BUSES}\n{RAIL}\n", (BUSES, RAIL), [BUSES, RAIL]),
        # a blank line between them too
        (f"{HEADLINE}\n\n{BUSES}\n\n{RAIL}\n", (BUSES, RAIL), [BUSES, RAIL]),
        # a paragraph of two and one of one: the break splits them, not the sentences
        (
            f"{HEADLINE}\n\n{BUSES} {RAIL}\n\n{SHOPS}\n",
            (BUSES, RAIL, SHOPS),
            [f"{BUSES} {RAIL}", SHOPS],
        ),
        # a covered sentence between two of one paragraph: two passages
        (f"{HEADLINE}\n{DEBATE} {VOTE} {SHOPS}\n", (DEBATE, SHOPS), [DEBATE, SHOPS]),
        # the headline, a paragraph of its own, is a passage of its own
        (f"{HEADLINE}\n{DEBATE}\n", (HEADLINE, DEBATE), [HEADLINE, DEBATE]),
        # a line the crosshead rule does not read as one stays apart from both sides
        (
            f"{HEADLINE}\n\n{DEBATE}\n\nWhere things stand now\n\n{BUSES}\n",
            (DEBATE, "Where things stand now", BUSES),
            [DEBATE, "Where things stand now", BUSES],
        ),
    ],
)
def test_sentences_join_into_passages_inside_a_paragraph_only(
    doc: Make, text: str, uncovered: tuple[str, ...], expected: list[str]
) -> None:
    d = doc(text)
    assert [d.slice(p) for p in passages(d, sentence_spans(d, *uncovered))] == expected


def test_no_sentences_make_no_passages(doc: Make) -> None:
    assert passages(doc(f"{HEADLINE}\n{VOTE}\n"), []) == []


@pytest.mark.parametrize(
    ("a_text", "expected"),
    [
        # the audit's shape: a paragraph, a crosshead, paragraphs
        (
            f"{HEADLINE}\n\n{VOTE}\n\n{MAYOR}\n\n{DEBATE}\n\nWhat it pays for\n\n"
            f"{BUSES}\n\n{RAIL}\n\n{SHOPS}\n",
            [DEBATE, BUSES, RAIL, SHOPS],
        ),
        # one paragraph of three unmatched sentences stays one passage
        (
            f"{HEADLINE}\n\n{VOTE}\n\n{MAYOR}\n\n{BUSES} {RAIL} {SHOPS}\n",
            [f"{BUSES} {RAIL} {SHOPS}"],
        ),
        # one per line, as ECB+ writes its articles: a passage a line
        (f"{HEADLINE}\n{VOTE}\n{MAYOR}\n{BUSES}\n{RAIL}\n", [BUSES, RAIL]),
    ],
)
def test_only_in_one_passages_are_one_per_paragraph_stretch(
    doc: Make, a_text: str, expected: list[str]
) -> None:
    al = align(doc(a_text), doc(B_TEXT), method="lexical")
    assert [al.a.slice(s) for s in al.only_a] == expected


AUDIT_PAGE = (
    "<html><head><title>Council passes transit levy</title></head><body><article>"
    f"<h1>{HEADLINE}</h1><p>{VOTE}</p><p>{MAYOR}</p><p>{DEBATE}</p>"
    f"<h2>What it pays for</h2><p>{BUSES}</p><p>{RAIL}</p><p>{SHOPS}</p>"
    "</article></body></html>"
)


def test_a_web_pages_passages_stop_at_its_crosshead_and_its_paragraphs(tmp_path: Path) -> None:
    """The audit's page: A's "debate." and its <h2> "What it pays for" were one passage,
    printed as one run-on sentence by ``crossread align --format text``."""
    (tmp_path / "a.html").write_text(AUDIT_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B_TEXT, encoding="utf-8")
    al = align(load_document(tmp_path / "a.html"), load_document(tmp_path / "b.txt"))
    assert [al.a.slice(s) for s in al.only_a] == [DEBATE, BUSES, RAIL, SHOPS]
    report = text_summary(al)
    listed = report[report.index("ONLY IN A") :].splitlines()
    assert listed[:5] == [
        "ONLY IN A (4 passages)",
        f"  - {DEBATE}",
        f"  - {BUSES}",
        f"  - {RAIL}",
        f"  - {SHOPS}",
    ]
