"""Tests of reader/export/citation.py: a match as text to paste into a write-up."""

from __future__ import annotations

from pathlib import Path

from reader.export.citation import cite_matches, cite_note, cite_notes, cite_passage
from reader.model import LOOSE_WORDS
from reader.model.note import Note
from reader.model.session import Session
from tests.storm_pages import storm_alignment


def test_claim_names_both_articles_over_their_passages(session: Session) -> None:
    text = cite_matches(session, ["m1"])
    assert text.splitlines()[:5] == [
        "Claim, score 0.81",
        "A: Putin and Kim sign defence pact (Hankyoreh, 2024-06-20)",
        "  Russia and North Korea agreed on Wednesday to help each other",
        "B: North Korea and Russia strike mutual defence deal (AP, 2024-06-20)",
        "  The two countries pledged on June 19 to provide military assistance",
    ]


def test_notes_and_their_tags_follow_the_passages(session: Session) -> None:
    text = cite_matches(session, ["m1"])
    assert text.splitlines()[5:] == [
        "Note: Both agree on the pledge; A says Wednesday.",
        "Tags: agrees",
    ]


def test_quote_names_its_speaker(session: Session) -> None:
    assert cite_matches(session, ["m2"]).splitlines()[0] == "Quote, score 0.90, speaker: Putin"


def test_discrepancy_is_spelled_out(session: Session) -> None:
    assert "Differs: three hours vs five hours" in cite_matches(session, ["m4"]).splitlines()


def test_manual_link_says_so_and_has_no_score(session: Session) -> None:
    assert cite_matches(session, ["manual-1"]).splitlines()[0] == "Claim (linked by hand)"


def test_several_matches_are_separated_by_a_blank_line(session: Session) -> None:
    text = cite_matches(session, ["m1", "m2"])
    assert text.count("\n\nQuote, score 0.90") == 1


def test_unknown_match_is_left_out(session: Session) -> None:
    assert cite_matches(session, ["no-such-match"]) == ""
    assert cite_matches(session, ["no-such-match", "m2"]).startswith("Quote")


def test_a_note_of_several_lines_stays_indented_under_note(session: Session) -> None:
    s = session.add_note(Note("n9", "First line\nsecond line", match_id="m2"))
    lines = cite_matches(s, ["m2"]).splitlines()
    assert lines[-2:] == ["Note: First line", "  second line"]


def test_note_on_a_match_copies_the_match_with_its_notes(session: Session) -> None:
    assert cite_note(session, "n1") == cite_matches(session, ["m1"])


def test_note_on_free_text_gives_its_passage_and_the_note(session: Session) -> None:
    assert cite_note(session, "n2").splitlines() == [
        "Noted passage",
        "B: North Korea and Russia strike mutual defence deal (AP, 2024-06-20)",
        "  The summit lasted five hours.",
        "Note: Only AP gives the length as five hours.",
        "Tags: check this, only here",
    ]


def test_unknown_note_gives_nothing(session: Session) -> None:
    assert cite_note(session, "no-such-note") == ""


def test_several_notes_are_given_in_the_order_asked_a_blank_line_between(
    session: Session,
) -> None:
    both = cite_notes(session, ["n2", "no-such-note", "n1"])
    assert both == cite_note(session, "n2") + "\n\n" + cite_note(session, "n1")


def test_passage_only_in_one_article_is_given_under_that_article(session: Session) -> None:
    al = session.alignment
    span = al.only_a[0]
    assert cite_passage(al, "a", span).splitlines() == [
        "Only in A",
        "A: Putin and Kim sign defence pact (Hankyoreh, 2024-06-20)",
        "  " + al.a.slice(span),
    ]


def test_a_loose_claim_says_so_after_its_score(loose: Session) -> None:
    assert cite_matches(loose, ["m1"]).splitlines()[0] == f"Claim, score 0.62, {LOOSE_WORDS}"


def test_a_figure_told_in_two_units_is_copied_with_its_units(data_dir: Path) -> None:
    al = storm_alignment(data_dir)
    [m] = [
        m
        for m in al.matches
        if m.evidence[0] == "3.7-metre ≈ 12 feet (converted: 3.7 metres is 12.1 feet)"
    ]
    lines = cite_matches(Session(al), [m.id]).splitlines()
    assert (lines[2], lines[4]) == ("  3.7-metre", "  12 feet")
