"""Tests of reader/session/only_in_one.py: what only one article reports once the reader
corrected the matches."""

from __future__ import annotations

from reader.analysis.pipeline import align
from reader.ingest import document_from_text
from reader.model import MatchKind
from reader.model.session import Session
from reader.session.view import visible_alignment

VOTE = "The city council approved a half-cent sales tax for public transit on Tuesday."
DEBATE = "The measure passed after three hours of debate."
BUSES = "Most of the money will go to new bus routes in the eastern suburbs."
A_TEXT = f"Transit levy approved\n\n{DEBATE}\n\n{VOTE}\n\n{BUSES}\n"
B_TEXT = (
    "Transit levy approved\n\n"
    "The city council on Tuesday approved a half-cent sales tax to pay for public transit.\n"
)


def test_a_rejected_match_between_two_passages_joins_neither_across_a_paragraph() -> None:
    al = align(document_from_text(A_TEXT), document_from_text(B_TEXT), method="lexical")
    vote = next(m for m in al.matches if m.kind is MatchKind.CLAIM and al.a.slice(m.a) == VOTE)
    assert [al.a.slice(s) for s in al.only_a] == [DEBATE, BUSES]
    shown = visible_alignment(Session(al).reject(vote.id))
    assert [al.a.slice(s) for s in shown.only_a] == [DEBATE, VOTE, BUSES]


def test_a_rejected_match_inside_a_paragraph_joins_its_neighbours_there() -> None:
    a_text = f"Transit levy approved\n\n{DEBATE} {VOTE} {BUSES}\n"
    al = align(document_from_text(a_text), document_from_text(B_TEXT), method="lexical")
    vote = next(m for m in al.matches if m.kind is MatchKind.CLAIM and al.a.slice(m.a) == VOTE)
    assert [al.a.slice(s) for s in al.only_a] == [DEBATE, BUSES]
    shown = visible_alignment(Session(al).reject(vote.id))
    assert [al.a.slice(s) for s in shown.only_a] == [f"{DEBATE} {VOTE} {BUSES}"]
