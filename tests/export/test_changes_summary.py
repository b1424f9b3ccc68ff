"""Tests of reader/export/changes_summary.py: the header's sentence on what differs
between the two articles, on one wire story as two outlets ran it and on a press release
with the story built on it (tests/data/pages)."""

from __future__ import annotations

import html
import json
import zipfile
from pathlib import Path

import pytest

from reader.analysis import align
from reader.export import export_session, print_html
from reader.ingest import load_document
from reader.model import MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.session.copied_share import word_shares
from tests.export.conftest import Exporter
from tests.page_pairs import aligned_pages
from tests.strike_pages import strike_alignment
from tests.wire_copies import GAZETTE
from tests.wire_copies import release_story as release_alignment
from tests.wire_copies import wire_copies as wire_alignment


@pytest.fixture
def wire_copies() -> Session:
    return Session(wire_alignment())


def _summary(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("What differs:"))


def test_the_header_names_the_discrepancy_and_the_passages_only_one_reports(
    wire_copies: Session, export_text: Exporter
) -> None:
    said = _summary(export_text(wire_copies, "md"))
    assert said.startswith("What differs: 1 discrepancy (23 vs 25 dead); ")
    # B's headline ("Texas flood death toll rises to 25 ...") is linked to A's
    assert "; 4 passages only in A and 1 only in B." in said


def test_the_header_counts_the_matches_worded_differently_and_word_for_word(
    wire_copies: Session, export_text: Exporter
) -> None:
    said = _summary(export_text(wire_copies, "md"))
    assert "4 are worded differently and 11 word for word the same" in said


def test_two_copies_of_one_article_are_said_to_differ_in_nothing(export_text: Exporter) -> None:
    doc = load_document(GAZETTE)
    said = _summary(export_text(Session(align(doc, doc, method="lexical")), "md"))
    assert said.startswith("What differs: no discrepancy; ")
    assert "listed, 22 are word for word the same; " in said
    assert said.endswith("no passage only in one. A's words: 100% word for word in B.")


def test_a_discrepancy_s_own_brackets_are_square_inside_the_sentence_s(
    data_dir: Path, export_text: Exporter
) -> None:
    said = _summary(export_text(Session(strike_alignment(data_dir, "lexical")), "md"))
    assert "1 discrepancy (64% vs 71 per cent [turnout]); " in said


def test_no_match_word_for_word_the_same_leaves_that_count_out(
    data_dir: Path, export_text: Exporter
) -> None:
    said = _summary(export_text(Session(strike_alignment(data_dir, "lexical")), "md"))
    assert "listed, 2 are worded differently; " in said


def test_matches_told_only_in_other_words_are_said_to_be(
    data_dir: Path, export_text: Exporter
) -> None:
    """A German report and an English one: no match worded word by word alike."""
    pair = ("derailment_allgaeuer_rundschau.html", "derailment_alpine_herald.html")
    said = _summary(export_text(Session(aligned_pages(data_dir, *pair, "lexical")), "md"))
    assert "claim and quote matches listed, each is told in other words; " in said


def test_only_annotated_passages_leave_the_passages_only_one_reports_uncounted(
    wire_copies: Session, export_text: Exporter
) -> None:
    noted = wire_copies.add_note(Note("n1", "Toll updated", match_id="m1"))
    said = _summary(export_text(noted, "md", only_annotated=True))
    assert "only in A" not in said


STORY_SHARE = (
    "B's words: 37% word for word in A, 7% closely reworded, 26% told in other words, "
    "30% only in B."
)


@pytest.fixture
def release_story() -> Session:
    return Session(release_alignment())


def test_the_header_says_how_much_of_the_story_is_the_release_s_words(
    release_story: Session, export_text: Exporter
) -> None:
    """The Courier's story (B) a day after the hospital's release (A): B is told."""
    said = _summary(export_text(release_story, "md"))
    assert said.endswith(f"1 passage only in A and 3 only in B. {STORY_SHARE}")


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_html_word_and_print_say_the_share_in_the_header(
    release_story: Session, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / f"out.{fmt}"
    export_session(release_story, out, fmt)
    if fmt == "docx":
        with zipfile.ZipFile(out) as z:
            text = z.read("word/document.xml").decode("utf-8")
        said = STORY_SHARE
    else:
        text, said = out.read_text(encoding="utf-8"), html.escape(STORY_SHARE)
    assert said in text
    printed, _title = print_html(release_story)  # what the PDF lays out
    assert html.escape(STORY_SHARE) in printed


def test_the_share_leaves_the_rejected_matches_out(
    release_story: Session, export_text: Exporter
) -> None:
    copied = [m.id for m in release_story.alignment.matches if m.kind is MatchKind.CLAIM]
    for match_id in copied:
        release_story = release_story.reject(match_id)
    said = _summary(export_text(release_story, "md"))
    # the quotations are left: B's closing quotations of the chief, whole sentences (12%
    # word for word, 3% closely reworded): the chief's words, which two reports written
    # apart give alike too, so no line (copied_share.STOCK_WORDS)
    shares = word_shares(release_story.alignment, copied)[1]
    assert shares.percents()[:2] == (12, 3) and not shares.telling
    assert "B's words" not in said


def test_the_json_export_gives_both_articles_shares(
    release_story: Session, export_text: Exporter
) -> None:
    shares = json.loads(export_text(release_story, "json"))["word_shares"]
    assert shares["b"] == {
        "words": 522,
        "word_for_word": 0.368,
        "reworded": 0.065,
        "other_words": 0.264,
        "only_here": 0.303,
    }
    assert shares["a"]["words"] == 446 and shares["a"]["word_for_word"] == 0.404


def test_two_unrelated_articles_get_no_share_said(session: Session, export_text: Exporter) -> None:
    said = _summary(export_text(session, "md"))
    assert "words:" not in said
