"""Every quotation of both articles, with its speaker, at the end of an export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from reader.export.entries import export_data
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
