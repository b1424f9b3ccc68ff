"""An interview's transcript (reader/analysis/quotations/transcript.py): each answer is a
quotation of the one who answers, whatever labels the turns ("Q:" / "A:", the surname,
the outlet's name, a question in bold with no label); a question is none; a page of a
few labelled lines with no questions is no transcript."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from reader.analysis.features import extract
from reader.analysis.quotations.quotes import find_quotations
from reader.analysis.units import document_units
from reader.model import Document

INTRO = "Central bank governor Maja Roos spoke to us on Tuesday about rates."


def said(doc: Document) -> list[tuple[str, str | None]]:
    """Each quotation of ``doc`` as written, and its speaker."""
    names = [m for u in document_units(doc) for m in extract(u).names]
    return [(doc.slice(q.span), q.speaker) for q in find_quotations(doc, names)]


def test_q_and_a_answers_are_the_interviewee_s(doc: Callable[[str], Document]) -> None:
    page = doc(
        f"Roos on rates\n{INTRO}\nQ: Will rates fall?\nA: Not this year.\n"
        "Q: Why not?\nA: Inflation is still 4.1 percent.\nQ: And next year?\nA: We will see."
    )
    assert said(page) == [
        ("Not this year.", "Maja Roos"),
        ("Inflation is still 4.1 percent.", "Maja Roos"),
        ("We will see.", "Maja Roos"),
    ]


def test_surname_answers_after_unlabelled_questions(doc: Callable[[str], Document]) -> None:
    page = doc(
        f"Roos on rates\n{INTRO}\nWill rates fall?\nRoos: Not this year.\n"
        "Why not?\nRoos: [pause] Inflation is still 4.1 percent.\nAnd next year?\n"
        "Roos: We will see."
    )
    assert said(page) == [
        ("Not this year.", "Maja Roos"),
        ("Inflation is still 4.1 percent.", "Maja Roos"),
        ("We will see.", "Maja Roos"),
    ]


def test_the_outlet_s_questions_are_no_quotations(doc: Callable[[str], Document]) -> None:
    page = dataclasses.replace(
        doc(
            f"Roos on rates\n{INTRO}\nHarbour Times: Rates?\nRoos: Not this year.\n"
            "Times: Why not?\nRoos: Inflation is too high.\nTimes: Next year?\nRoos: Perhaps."
        ),
        source="The Harbour Times",
    )
    assert [s for _, s in said(page)] == ["Maja Roos"] * 3


def test_an_interviewer_labelled_by_name_asks(doc: Callable[[str], Document]) -> None:
    page = doc(
        f"Roos on rates\n{INTRO}\nMarsh: Will rates fall?\nRoos: Not this year.\n"
        "Marsh: Why not?\nRoos: Inflation is too high.\nMarsh: And next year?\n"
        "Roos: Perhaps.\nMarsh: Thank you, governor."
    )
    assert [s for _, s in said(page)] == ["Maja Roos"] * 3


def test_labelled_lines_with_no_questions_are_no_transcript(
    doc: Callable[[str], Document],
) -> None:
    page = doc(
        "Fire at the mill\nA fire broke out at the old mill on Tuesday.\n"
        "Location: Mill Road, Northbridge.\nCause: An electrical fault.\n"
        "Location: the second floor was gutted.\nLocation: nobody was hurt."
    )
    assert said(page) == []


# was one quotation "Not this year. (inaudible) Maybe in spring.": a stage note after a
# stop parts an answer; the speaker's own aside in brackets does not
def test_a_stage_note_after_a_stop_parts_an_answer(doc: Callable[[str], Document]) -> None:
    page = doc(
        f"Roos on rates\n{INTRO}\nQ: Will rates fall?\nA: Not this year. (inaudible) Maybe in "
        "spring.\nQ: Why not?\nA: Inflation is high. [laughs] You saw the figures.\n"
        "Q: And next year?\nA: We will see. (That is all.) Thank you."
    )
    assert said(page) == [
        ("Not this year.", "Maja Roos"),
        ("Maybe in spring.", "Maja Roos"),
        ("Inflation is high.", "Maja Roos"),
        ("You saw the figures.", "Maja Roos"),
        ("We will see. (That is all.) Thank you.", "Maja Roos"),
    ]
