"""Exports list, under each passage only one article reports, the other article's
sentence closest to it, as the window's Only in one panel shows it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from reader.export.entries import export_data
from reader.model import Closest, Session
from tests.export.conftest import Exporter
from tests.session.samples import TEXT_B, sample_session, span_of

NEAR = "The summit lasted five hours."


@pytest.fixture
def closest_session() -> Session:
    """The sample session, A's only-here headline given B's last sentence as closest."""
    session = sample_session()
    al = session.alignment
    near = Closest(al.only_a[0], span_of(TEXT_B, NEAR), 0.2)
    return replace(session, alignment=replace(al, closest_a=(near,)))


def test_the_entry_of_a_passage_only_in_a_carries_bs_closest_sentence(
    closest_session: Session,
) -> None:
    (entry,) = export_data(closest_session).only
    assert entry.closest_text == NEAR and entry.closest == span_of(TEXT_B, NEAR)


def test_markdown_gives_it_under_the_passage(
    closest_session: Session, export_text: Exporter
) -> None:
    text = export_text(closest_session, "md")
    assert f"> Putin and Kim sign defence pact\n\n_Closest in B:_ {NEAR}\n" in text


def test_html_gives_it_in_the_passages_cell(
    closest_session: Session, export_text: Exporter
) -> None:
    text = export_text(closest_session, "html")
    assert "<i>Closest in B:</i>" in text and NEAR in text


def test_json_gives_it_with_its_place(closest_session: Session, export_text: Exporter) -> None:
    (only,) = json.loads(export_text(closest_session, "json"))["only"]
    start = TEXT_B.index(NEAR)
    assert only["closest"] == {"start": start, "end": start + len(NEAR), "text": NEAR}


def test_csv_gives_it_in_its_last_column(closest_session: Session, export_text: Exporter) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(closest_session, "csv"))))
    assert [r["closest"] for r in rows if r["kind"] == "only_a"] == [NEAR]
    assert all(r["closest"] == "" for r in rows if r["kind"] != "only_a")


def test_a_passage_nothing_comes_near_gets_no_closest_line(export_text: Exporter) -> None:
    assert "Closest in" not in export_text(sample_session(), "md")
    (only,) = json.loads(export_text(sample_session(), "json"))["only"]
    assert "closest" not in only
