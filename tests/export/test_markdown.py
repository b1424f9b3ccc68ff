"""Tests of reader/export/markdown.py (through export_session, fmt="md")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from reader.export.entries import export_data
from reader.export.markdown import code_span, render_markdown
from reader.model import LOOSE_WORDS, Alignment
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.session.samples import HOSTILE, document, span_of


def test_header_names_both_articles(session: Session, export_text: Exporter) -> None:
    md = export_text(session, "md")
    assert "- **A:** Putin and Kim sign defence pact — Hankyoreh, 2024-06-20" in md


def test_header_names_article_b(session: Session, export_text: Exporter) -> None:
    md = export_text(session, "md")
    assert "- **B:** North Korea and Russia strike mutual defence deal — AP, 2024-06-20" in md


def test_both_passages_are_blockquotes(session: Session, export_text: Exporter) -> None:
    md = export_text(session, "md")
    assert (
        "> Russia and North Korea agreed on Wednesday to help each other\n\n**B:**\n\n"
        "> The two countries pledged on June 19 to provide military assistance"
    ) in md


def test_entry_heading_has_kind_score_and_tags(session: Session, export_text: Exporter) -> None:
    assert "## 2. Claim · score 0.81 · tags: agrees\n" in export_text(session, "md")


def test_note_text_follows_its_passages(session: Session, export_text: Exporter) -> None:
    assert "**Note:** Both agree on the pledge; A says Wednesday." in export_text(session, "md")


def test_entries_follow_reading_order_of_a(session: Session, export_text: Exporter) -> None:
    md = export_text(session, "md")
    assert md.index("sign defence pact\n\n**B:**") < md.index("agreed on") < md.index("> This")


def test_only_annotated_leaves_out_plain_matches(session: Session, export_text: Exporter) -> None:
    assert "breakthrough" not in export_text(session, "md", only_annotated=True)


def test_markup_in_articles_is_not_live(hostile: Session, export_text: Exporter) -> None:
    assert "<script>" not in export_text(hostile, "md")


def test_markup_in_articles_is_kept_readable(hostile: Session, export_text: Exporter) -> None:
    assert HOSTILE.replace("<", "&lt;") in export_text(hostile, "md")


def test_passages_only_in_a_close_the_export(session: Session, export_text: Exporter) -> None:
    text = export_text(session, "md")
    heading = "## Only in A: Putin and Kim sign defence pact (1 passage)"
    assert heading in text
    assert text.index(heading) > text.index("## 4.")
    assert text.rstrip().endswith("> Putin and Kim sign defence pact")
    assert "Only in B" not in text


def test_only_annotated_without_notes_says_no_passage_has_a_note(session: Session) -> None:
    """export_session refuses such an export; rendered anyway, it says why it is empty."""
    md = render_markdown(export_data(Session(session.alignment), only_annotated=True))
    assert (
        "_No passage has a note, so nothing is exported: only annotated passages were asked for._"
    ) in md
    assert "No matches" not in md and "No claim" not in md


def test_a_pair_without_matches_or_notes_says_so(session: Session, export_text: Exporter) -> None:
    bare = Session(replace(session.alignment, matches=(), discrepancies=()))
    md = export_text(bare, "md")
    assert "_No claim or quote matches and no notes to export._" in md
    assert "annotated" not in md


def test_with_all_kinds_a_pair_without_matches_says_no_matches(
    session: Session, export_text: Exporter
) -> None:
    bare = Session(replace(session.alignment, matches=(), discrepancies=()))
    assert "_No matches and no notes to export._" in export_text(bare, "md", minor=True)


def test_an_export_with_entries_has_no_empty_message(
    session: Session, export_text: Exporter
) -> None:
    md = export_text(session, "md")
    assert "nothing is exported" not in md and "no notes to export" not in md


# -- a note's lines stay the note's text: none starts a heading, rule or code block ----------


def _with_note(session: Session, text: str) -> Session:
    """``session`` with note n1 (on the claim) reading ``text``."""
    return session.edit_note("n1", text)


def test_a_code_fence_in_a_note_does_not_swallow_the_entries_after_it(
    session: Session, export_text: Exporter
) -> None:
    md = export_text(_with_note(session, "Quoted from the feed:\n```\nKCNA text"), "md")
    assert "\n```" not in md


def test_a_line_starting_with_a_hash_in_a_note_is_no_heading(
    session: Session, export_text: Exporter
) -> None:
    md = export_text(_with_note(session, "Casualties differ.\n# of deaths: 24 vs 31"), "md")
    assert "\n\\# of deaths: 24 vs 31" in md


def test_a_rule_under_a_note_line_does_not_make_the_note_a_heading(
    session: Session, export_text: Exporter
) -> None:
    md = export_text(_with_note(session, "Checked with the ministry\n---\nSee AP."), "md")
    assert "\n---" not in md and "\n===" not in md


def test_control_characters_in_a_note_are_shown_as_replacement_characters(
    session: Session, export_text: Exporter
) -> None:
    """Pasted from a terminal: a NUL makes git and grep take the file for binary, an
    escape sequence would recolour the terminal that prints the file."""
    md = export_text(_with_note(session, "Seen \x1b[31mred\x1b[0m in the log\x00"), "md")
    assert "**Note:** Seen \ufffd[31mred\ufffd[0m in the log\ufffd" in md


@pytest.fixture
def named(session: Session, export_text: Exporter) -> Callable[[str], str]:
    """named(file_name) -> the Markdown export of the sample session, A's file so named."""

    def run(name: str) -> str:
        al = session.alignment
        return export_text(
            replace(session, alignment=replace(al, a=replace(al.a, path=name))), "md"
        )

    return run


def test_file_name_with_a_backtick_keeps_its_code_span(named: Callable[[str], str]) -> None:
    assert "— Hankyoreh, 2024-06-20 (``it`s.txt``)\n" in named("it`s.txt")


def test_plain_file_name_keeps_single_backticks(named: Callable[[str], str]) -> None:
    assert "— Hankyoreh, 2024-06-20 (`a.txt`)\n" in named("a.txt")


@pytest.mark.parametrize(
    ("name", "span"),
    [
        ("a``b.txt", "`a``b.txt`"),  # a run of two: one backtick fences it
        ("a`b``c.txt", "```a`b``c.txt```"),
        ("`a`.txt", "`` `a`.txt ``"),  # the padding space is stripped by CommonMark
        ("a.txt`", "`` a.txt` ``"),
        (" a.txt ", "`  a.txt  `"),
    ],
)
def test_code_span_fence_follows_commonmark(name: str, span: str) -> None:
    assert code_span(name) == span


def test_an_export_of_one_entry_says_one_entry(one_entry: Session, export_text: Exporter) -> None:
    """The header read "1 entries"."""
    assert ": 1 entry.\n" in export_text(one_entry, "md")


def test_a_character_reference_in_a_note_shows_as_written(
    session: Session, export_text: Exporter
) -> None:
    noted = session.edit_note("n1", text="Type &lt;b&gt; or &#60;b&#x3E; for bold; R&D & co.")
    text = export_text(noted, "md")
    assert "&amp;lt;b&amp;gt; or &amp;#60;b&amp;#x3E; for bold; R&D & co." in text


def test_a_loose_claim_says_so_after_its_score(loose: Session, export_text: Exporter) -> None:
    text = export_text(loose, "md")
    assert f"score 0.62, {LOOSE_WORDS}" in text
    assert text.count(LOOSE_WORDS) == 1  # the sure claim's score stands alone
    assert "score 0.90" in text


def test_a_crosshead_in_a_passage_is_a_heading_in_its_quote(
    headed: Session, export_text: Exporter
) -> None:
    """A heading the source marks (a Markdown "##", a web page's <h2>) read as one more
    line of the passage."""
    text = export_text(headed, "md")
    assert (
        "> ### A breakthrough, says Putin\n>\n> Putin called the agreement a breakthrough" in text
    )


def test_a_name_matched_in_a_crosshead_is_bold_not_a_heading(
    headed: Session, export_text: Exporter
) -> None:
    text = export_text(headed, "md", minor=True)
    assert "**A:**\n\n> **Putin**\n" in text
    assert "### Putin" not in text


def test_a_passage_without_a_heading_is_quoted_as_before(
    headed: Session, export_text: Exporter
) -> None:
    text = export_text(headed, "md")
    assert "> The United States and South Korea said the pact threatened regional security.\n" in (
        text
    )
    assert text.count("###") == 1  # the one crosshead a passage holds


def test_a_heading_ending_in_hashes_keeps_them() -> None:
    """A closing run of "#" ends an ATX heading and a viewer drops it: "C# 10 #"."""
    text = "Headline\n\nC# 10 #\n\nThe body."
    heading = span_of(text, "C# 10 #")
    a = replace(document(text, "A", "", "", "a.md"), headings=(heading,))
    b = document("Other headline\n\nOther body.", "B", "", "", "b.md")
    session = Session(Alignment(a, b)).add_note(Note.new("odd", a=heading))
    assert "> ### C# 10 \\#\n" in render_markdown(export_data(session))
