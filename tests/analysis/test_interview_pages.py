"""An interview's transcript and a story quoting it (tests/data/pages/interview_*): the
answers, with no quotation marks, are the interviewee's quotations; the story's
quotations link to the answers they quote, the word it changes and the figure it gets
wrong are flagged; the questions are no one's quotation; the turns' labels are no
names; the edited-for-length note is dimmed. In two formats: "Ledger:" / "Lindqvist:"
and "Q:" / "A:"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, DiscrepancyKind, MatchKind, Span
from tests.interview_pages import interview_alignment, radio_alignment
from tests.page_pairs import entity_pairs, quoted, shown_discrepancies

MISQUOTE = "“failed” vs “betrayed”"
FIGURE = "“40,000” vs “14,000”"


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def interview(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return interview_alignment(data_dir, request.param)


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def radio(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return radio_alignment(data_dir, request.param)


# was the figure alone: the answers were no quotations, so no misquote was read; then
# the figure twice, "40,000 vs 14,000 homes" and "“We will build 40,000” vs “will build
# 14,000”" ("We" is outside the story's marks)
def test_the_changed_word_and_the_figure_are_the_discrepancies(interview: Alignment) -> None:
    assert shown_discrepancies(interview) == [FIGURE, MISQUOTE]


# was no quotation in the Q&A format either
def test_the_changed_word_is_flagged_against_a_q_and_a_transcript(radio: Alignment) -> None:
    assert MISQUOTE in shown_discrepancies(radio)


def test_the_changed_word_is_a_quote_discrepancy_on_its_words(interview: Alignment) -> None:
    found = next(d for d in interview.discrepancies if d.detail == MISQUOTE)
    assert found.kind is DiscrepancyKind.QUOTE
    assert (interview.a.slice(found.a), interview.b.slice(found.b)) == ("failed", "betrayed")


# was "40" vs "14": a figure's groups of thousands are words of their own
def test_the_misquoted_figure_is_shown_whole(interview: Alignment) -> None:
    found = [d for d in interview.discrepancies if d.kind is DiscrepancyKind.QUOTE]
    assert interview.a.slice(found[0].a).endswith("40,000")


# were no quotations: the answers carry no quotation marks; seven answers, one of them
# two quotations parted by "(inaudible)"
def test_each_answer_is_a_quotation_of_the_interviewee(interview: Alignment) -> None:
    answers = [s for q, s in quoted(interview, "a") if not q.startswith("‘")]
    assert answers == ["Karin Lindqvist"] * 8


# "A:" names no one: the intro does ("Housing Minister Karin Lindqvist spoke to ...")
def test_each_a_answer_is_a_quotation_of_the_one_the_intro_names(radio: Alignment) -> None:
    assert [s for _, s in quoted(radio, "a")] == ["Karin Lindqvist"] * 4


def test_a_stage_direction_opening_an_answer_is_not_quoted(interview: Alignment) -> None:
    assert ("They said the same thing about", "Karin Lindqvist") in quoted(interview, "a")


@pytest.mark.parametrize("page", ["ledger", "radio"])
def test_the_questions_are_no_quotations(page: str, data_dir: Path) -> None:
    for method in ("lexical", "semantic"):
        al = (interview_alignment if page == "ledger" else radio_alignment)(data_dir, method)
        spans = [q.span for q in al.quotes_a]
        questions = [p for p in al.a.paragraphs if al.a.slice(p).startswith(("Ledger:", "Q:"))]
        assert questions
        assert not any(s.overlaps(p) for s in spans for p in questions)


# was linked to "I am not my predecessor. (inaudible) I have the money ...": a stage note
# after a stop parts the answer into two quotations
def test_the_story_s_quotation_links_to_the_answer_it_quotes(interview: Alignment) -> None:
    links = [
        (interview.a.slice(m.a), interview.b.slice(m.b), m.speaker)
        for m in interview.matches
        if m.kind is MatchKind.QUOTE
    ]
    assert (
        "I am not my predecessor.",
        "“I am not my predecessor.”",
        "Karin Lindqvist",
    ) in links


# were eight "Ledger · Northbridge Ledger" and six "Lindqvist · Karin Lindqvist"
def test_the_turns_labels_are_no_names(interview: Alignment) -> None:
    pairs = entity_pairs(interview)
    assert pairs.count(("Ledger", "Northbridge Ledger")) == 1  # "sat down with the Ledger"
    assert ("Lindqvist", "Karin Lindqvist") not in pairs


# was read as a sentence of the interview
@pytest.mark.parametrize(
    ("page", "note"),
    [
        ("ledger", "This interview has been edited for length and clarity."),
        ("radio", "The conversation has been condensed and lightly edited."),
    ],
)
def test_the_edited_for_length_note_is_dimmed(page: str, note: str, data_dir: Path) -> None:
    for method in ("lexical", "semantic"):
        al = (interview_alignment if page == "ledger" else radio_alignment)(data_dir, method)
        at = al.a.text.index(note)
        assert al.a.is_boilerplate(Span(at, at + len(note)))
