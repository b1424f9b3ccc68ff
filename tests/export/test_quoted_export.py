"""Every quotation of both articles, with its speaker, at the end of an export."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest

from reader.export import print_html
from reader.export.entries import export_data
from reader.export.html import render_html
from reader.model import Quoted, Session
from tests.export.conftest import Exporter
from tests.session.samples import TEXT_A, TEXT_B, span_of


@pytest.fixture
def quoting(session: Session) -> Session:
    """The sample session whose articles quote Putin, the AP only as a phrase it shares."""
    al = session.alignment
    quotes_a = (Quoted(span_of(TEXT_A, '"This is a breakthrough,"'), "Putin"),)
    quotes_b = (
        Quoted(span_of(TEXT_B, '"a breakthrough"'), "Putin"),
        Quoted(span_of(TEXT_B, "military assistance")),  # as if quoted, nobody named
    )
    return replace(session, alignment=replace(al, quotes_a=quotes_a, quotes_b=quotes_b))


def test_entries_list_each_articles_quotations_with_the_shared_match(quoting: Session) -> None:
    data = export_data(quoting)
    assert [(e.kind, e.speaker, e.match_id) for e in data.quoted] == [
        ("quoted_a", "Putin", "m2"),
        ("quoted_b", None, None),  # in reading order
        ("quoted_b", "Putin", "m2"),
    ]
    assert data.quoted_heading("b", "AP story") == "Quoted in B: AP story (2 quotations)"


def test_markdown_lists_who_is_quoted_saying_what(quoting: Session, export_text: Exporter) -> None:
    text = export_text(quoting, "md")
    section = text[text.index("## Quoted in A") :]
    assert '- **Putin:** "This is a breakthrough," (also in B)' in section
    assert "- military assistance\n" in section


def test_html_lists_the_quotations_with_their_speakers(
    quoting: Session, export_text: Exporter
) -> None:
    page = export_text(quoting, "html")
    assert "Quoted in B: North Korea and Russia strike mutual defence deal (2 quotations)" in page
    assert "<td class='speaker' width='18%' dir='ltr'>Putin</td>" in page


def test_json_and_csv_carry_the_speaker(quoting: Session, export_text: Exporter) -> None:
    first = json.loads(export_text(quoting, "json"))["quoted"][0]
    assert (first["kind"], first["speaker"], first["match"]) == ("quoted_a", "Putin", "m2")
    rows = list(csv.DictReader(io.StringIO(export_text(quoting, "csv"))))
    assert [(r["kind"], r["speaker"]) for r in rows if r["kind"].startswith("quoted")] == [
        ("quoted_a", "Putin"),
        ("quoted_b", ""),
        ("quoted_b", "Putin"),
    ]


def test_only_annotated_export_leaves_the_quotations_out(quoting: Session) -> None:
    assert export_data(quoting, only_annotated=True).quoted == ()


def quoted_b_section(page: str) -> str:
    return page[page.index("<h2>Quoted in B") :]


def test_a_browser_gets_the_quotations_in_one_table(quoting: Session) -> None:
    section = quoted_b_section(render_html(export_data(quoting)))
    assert section.count("<table class='quoted'") == 1
    assert section.count("<tr>") == 2


def test_print_gives_each_quotation_a_table_of_its_own(quoting: Session) -> None:
    """Qt's rich text splits a table's row where a page ends; the PDF's layout keeps a
    table whole (reader.ui.page_breaks)."""
    section = quoted_b_section(print_html(quoting)[0])
    assert section.count("<table class='quoted'") == 2
    assert section.count("<tr>") == 2


def test_a_browser_is_asked_to_keep_rows_whole_and_headings_with_what_follows(
    quoting: Session,
) -> None:
    """CSS 2's page-break-* for older browsers, CSS 3's break-* for the others."""
    sheet = render_html(export_data(quoting))
    rules = {
        selector: {d.strip() for d in body.split(";")}
        for selector, body in re.findall(r"^([^{}\n]+?) \{ (.*?) \}$", sheet, re.M)
    }
    assert {"page-break-after: avoid", "break-after: avoid"} <= rules["h2"]
    assert {"page-break-inside: avoid", "break-inside: avoid"} <= rules["tr, table.entry"]
