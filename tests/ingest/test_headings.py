"""Tests of reader/ingest/headings.py and the readers that give it their headings: the
paragraphs a web page, a Markdown file or a word processor marks as headings become
``Document.headings`` (the headline never among them); plain text marks none."""

from __future__ import annotations

from pathlib import Path

from reader.ingest import load_document
from reader.ingest.headings import heading_spans
from reader.model import Document, Span
from tests.ingest.live_pages import GUARDIAN_DCR_LIVE, LIVE_TICKER_DE

BODY = (
    "<p>The state senate passed a prison reform bill on Tuesday after a debate that ran"
    " late into the night, lawmakers said.</p>"
    "<p>The bill now goes to the governor, who is expected to sign it next week, her"
    " office said.</p>"
)
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>Prison reform bill passes | Daily News</title></head><body>
<nav><h2>Sections</h2><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Prison reform bill passes</h1>
{BODY}
<h2>Protections found lacking</h2>
<p>An inspection last year found that protections for inmates were lacking in three of
the state's largest prisons.</p>
<h3>Limited <em>inmate</em> privileges</h3>
<p>Inmates in solitary confinement had limited privileges, including one phone call a
month, the report said.</p>
<h2>"Not in his DNA"</h2>
<p>The senator who wrote the bill said reform had been long overdue and that the vote
was a turning point.</p>
<h4>What The New Law Will Change For Families</h4>
<p>Families will be able to visit twice a week under the new law, which also limits
solitary confinement.</p>
</article>
<footer><h2>Follow us</h2></footer>
</body></html>
"""
HEADINGS = [
    "Protections found lacking",
    "Limited inmate privileges",
    '"Not in his DNA"',
    "What The New Law Will Change For Families",
]


def headings(doc: Document) -> list[str]:
    return [doc.slice(h) for h in doc.headings]


def write(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_a_web_pages_h2_to_h6_in_the_story_are_its_headings(tmp_path: Path) -> None:
    assert headings(write(tmp_path, "page.html", PAGE)) == HEADINGS


def test_each_heading_of_a_web_page_is_a_whole_paragraph(tmp_path: Path) -> None:
    doc = write(tmp_path, "page.html", PAGE)
    assert set(doc.headings) <= set(doc.paragraphs)


def test_a_web_pages_headline_is_no_heading(tmp_path: Path) -> None:
    doc = write(tmp_path, "page.html", PAGE)
    assert doc.slice(doc.paragraphs[0]) == "Prison reform bill passes"
    assert doc.paragraphs[0] not in doc.headings


def test_a_page_without_headings_in_its_story_has_none(tmp_path: Path) -> None:
    page = f"<html><body><h1>Prison reform bill passes</h1>{BODY}<h2></h2></body></html>"
    assert write(tmp_path, "page.html", page).headings == ()


def test_a_live_pages_updates_keep_their_headlines_unmarked(tmp_path: Path) -> None:
    """An update's <h2> ("Zelenskyy arrives in Washington") is a claim, not the heading
    of a part of the story."""
    doc = write(tmp_path, "live.html", GUARDIAN_DCR_LIVE)
    assert "Zelenskyy arrives in Washington" in doc.text
    assert doc.headings == ()


MARKDOWN = """# Prison reform bill passes

The state senate passed a prison reform bill on Tuesday, lawmakers said.

## Protections found lacking ##

An inspection last year found that protections for inmates were lacking.

Limited *inmate* privileges
---------------------------

Inmates in solitary confinement had one phone call a month.

### "Not in his DNA"

The senator said reform had been long overdue.
"""


def test_a_markdown_files_atx_and_setext_headings_are_its_headings(tmp_path: Path) -> None:
    doc = write(tmp_path, "story.md", MARKDOWN)
    assert headings(doc) == HEADINGS[:3]


def test_a_markdown_files_title_is_no_heading(tmp_path: Path) -> None:
    doc = write(tmp_path, "story.md", MARKDOWN)
    assert doc.title == "Prison reform bill passes"
    assert doc.paragraphs[0] not in doc.headings


def test_plain_text_marks_no_heading(tmp_path: Path) -> None:
    assert write(tmp_path, "story.txt", MARKDOWN.replace("#", "")).headings == ()


def test_a_heading_is_found_whatever_its_spaces() -> None:
    text = "Headline\n\nA sentence.\n\nProtections  found lacking\n\nMore."
    doc_paragraphs = [Span(0, 8), Span(10, 21), Span(23, 49), Span(51, 56)]
    marked = ["Protections found\nlacking"]
    assert heading_spans(text, doc_paragraphs, marked) == (Span(23, 49),)


def test_the_headline_is_never_a_heading_even_when_marked() -> None:
    text = "Reaction in Seoul\n\nReaction in Seoul"
    assert heading_spans(text, [Span(0, 17), Span(19, 36)], ["Reaction in Seoul"]) == (
        Span(19, 36),
    )


def test_a_live_pages_summary_heading_is_one_and_its_updates_headlines_are_not(
    tmp_path: Path,
) -> None:
    """ "Das Wichtigste in Kürze" heads the summary; "Selenskyj in Washington gelandet",
    under its update's time, says what happened."""
    assert headings(write(tmp_path, "live.html", LIVE_TICKER_DE)) == ["Das Wichtigste in Kürze"]
