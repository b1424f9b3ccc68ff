"""Tests of reader/export/html.py (through export_session, fmt="html")."""

from __future__ import annotations

import re
from dataclasses import replace
from html import escape

import pytest

from reader.export.html import PALETTE, tint
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.session.samples import HOSTILE


@pytest.fixture
def page(session: Session, export_text: Exporter) -> str:
    return export_text(session, "html")


@pytest.fixture
def hostile_page(hostile: Session, export_text: Exporter) -> str:
    return export_text(hostile, "html")


def test_page_has_both_titles(page: str) -> None:
    assert (
        "<h1>Putin and Kim sign defence pact / North Korea and Russia strike mutual defence deal"
        in page
    )


def test_passages_sit_side_by_side_in_one_row(page: str) -> None:
    row = re.search(
        r"<tr><td class='passage passage-claim'[^<]*>.*?</tr>", page[page.index("2.") :]
    )
    assert row is not None and "agreed on Wednesday" in row[0] and "pledged on June 19" in row[0]


def test_note_text_and_tags_appear(page: str) -> None:
    assert (
        "Both agree on the pledge; A says Wednesday." in page and "<span class='tag'>agrees" in page
    )


def test_passages_are_tinted_with_the_kind_colour(page: str) -> None:
    assert f"td.passage-quote {{ background-color: {tint(PALETTE['quote'])}; }}" in page


def test_palette_is_okabe_ito() -> None:
    assert (PALETTE["claim"], PALETTE["quote"], PALETTE["entity"], PALETTE["number"]) == (
        "#56B4E9",
        "#E69F00",
        "#009E73",
        "#CC79A7",
    )


def test_page_is_self_contained(page: str) -> None:
    assert not re.search(r"<script|<link|src=|href=|url\(", page)


def test_article_markup_comes_out_escaped(hostile_page: str) -> None:
    assert hostile_page.count(escape(HOSTILE, quote=True)) == 3  # A, B and the note


def test_no_script_element_survives(hostile_page: str) -> None:
    assert "<script" not in hostile_page


def test_no_attribute_can_be_injected(hostile_page: str) -> None:
    assert '" onmouseover="' not in hostile_page


def test_tags_are_escaped(hostile_page: str) -> None:
    assert "<span class='tag'>&lt;b&gt;tag&lt;/b&gt;</span>" in hostile_page


def test_passages_only_in_a_have_their_own_section(page: str) -> None:
    section = page[page.index("<h2>Only in A") :]
    assert "Putin and Kim sign defence pact (1 passage)</h2>" in section
    assert "<table class='only'" in section
    assert "Only in B" not in page


def test_only_annotated_html_has_no_only_in_section(
    session: Session, export_text: Exporter
) -> None:
    assert "<h2>" not in export_text(session, "html", only_annotated=True)


def test_only_annotated_html_without_notes_says_no_passage_has_a_note(
    session: Session, export_text: Exporter
) -> None:
    page = export_text(Session(session.alignment), "html", only_annotated=True)
    assert "<p><i>No passage has a note, so nothing is exported: only annotated" in page
    assert "No matches" not in page


def test_html_of_a_pair_without_matches_or_notes_says_so(
    session: Session, export_text: Exporter
) -> None:
    bare = Session(replace(session.alignment, matches=(), discrepancies=()))
    page = export_text(bare, "html")
    assert "<p><i>No claim or quote matches and no notes to export.</i></p>" in page
