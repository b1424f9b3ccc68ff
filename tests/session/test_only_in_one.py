"""Tests of reader/session/only_in_one.py: what only one article reports once the reader
corrected the matches."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align as align_pair
from reader.analysis.linking.claim_scores import contextual_strength
from reader.analysis.pipeline import align
from reader.ingest import document_from_text, load_document
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


def test_a_rejected_claims_partner_is_scored_as_the_aligner_scores_a_closest_sentence() -> None:
    al = align(document_from_text(A_TEXT), document_from_text(B_TEXT), method="lexical")
    vote = next(m for m in al.matches if m.kind is MatchKind.CLAIM and al.a.slice(m.a) == VOTE)
    shown = visible_alignment(Session(al).reject(vote.id))
    closest = shown.closest_to("a", next(s for s in shown.only_a if al.a.slice(s) == VOTE))
    assert closest is not None and closest.partner == vote.b
    assert closest.score == round(contextual_strength(vote.score), 4) < vote.score


def test_a_passage_shows_the_closest_its_sentences_come_nearest_to_on_one_scale(
    seed_a_path: Path, seed_b_path: Path
) -> None:
    # AP's "He vowed full support for Russia's war in Ukraine." was linked to Hankyoreh's
    # "... Kim said that the North "fully supports ..."" on a contextual similarity of
    # 0.30 (scored 0.67); rejected, it joins the sentence after it in its paragraph, whose
    # closest the aligner found at 0.34: that one is the passage's, not the rejected
    # partner on the claim's 0.67
    a, b = load_document(seed_a_path), load_document(seed_b_path)
    al = align_pair(a, b, method="semantic")
    claim = next(
        m
        for m in al.matches
        if m.kind is MatchKind.CLAIM and b.slice(m.b).startswith("He vowed full support")
    )
    shown = visible_alignment(Session(al).reject(claim.id))
    passage = next(s for s in shown.only_a if s.overlaps(claim.a))
    inside = [c for c in shown.closest_a if passage.contains(c.span)]
    rejected = next(c for c in inside if c.partner == claim.b)
    other = next(c for c in inside if c.partner != claim.b)
    assert rejected.score < other.score < claim.score
    assert shown.closest_to("a", passage) == other
