"""Tests of reader/export/json_export.py (through export_session, fmt="json")."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reader.model.session import Session
from tests.export.conftest import Exporter


@pytest.fixture
def exported(session: Session, export_text: Exporter) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(export_text(session, "json"))
    return data


def test_has_a_schema_tag(exported: dict[str, Any]) -> None:
    assert exported["schema"] == "reader.export/1"


def test_names_both_documents(exported: dict[str, Any]) -> None:
    assert [d["title"] for d in exported["documents"]] == [
        "Putin and Kim sign defence pact",
        "North Korea and Russia strike mutual defence deal",
    ]


def test_entry_has_both_passages_with_offsets(exported: dict[str, Any]) -> None:
    e = exported["entries"][1]
    assert (e["a"]["text"], e["b"]["text"], e["a"]["start"]) == (
        "Russia and North Korea agreed on Wednesday to help each other",
        "The two countries pledged on June 19 to provide military assistance",
        33,
    )


def test_entry_has_kind_score_and_match(exported: dict[str, Any]) -> None:
    e = exported["entries"][1]
    assert (e["kind"], e["score"], e["match"]) == ("claim", 0.8125, "m1")


def test_notes_and_tags_are_included(exported: dict[str, Any]) -> None:
    e = exported["entries"][3]
    assert (e["notes"][0]["text"], e["tags"]) == (
        "Only AP gives the length as five hours.",
        ["check this", "only here"],
    )


def test_passage_missing_on_one_side_is_null(exported: dict[str, Any]) -> None:
    assert exported["entries"][3]["a"] is None


def test_passages_only_one_article_reports_are_under_only(exported: dict[str, Any]) -> None:
    (only,) = exported["only"]
    assert (only["kind"], only["b"]) == ("only_a", None)
    assert only["a"]["text"] == "Putin and Kim sign defence pact"
    assert all(e["kind"] != "only_a" for e in exported["entries"])


def test_a_loose_claim_is_marked_beside_its_score(loose: Session, export_text: Exporter) -> None:
    entries = json.loads(export_text(loose, "json"))["entries"]
    marked = {e["score"]: e["loose"] for e in entries if e["kind"] == "claim"}
    assert marked == {0.62: True, 0.9: False}
    assert not any(e["loose"] for e in entries if e["kind"] != "claim")


def test_a_passage_holding_a_crosshead_keeps_its_words_and_offsets(
    headed: Session, export_text: Exporter
) -> None:
    """The other formats set a crosshead as a heading; the words and offsets stay the
    article's own."""
    data = json.loads(export_text(headed, "json"))
    [noted] = [e for e in data["entries"] if e["kind"] == "note"]
    a = headed.alignment.a
    note = headed.notes[0].a
    assert note is not None
    assert (noted["a"]["start"], noted["a"]["end"]) == (note.start, note.end)
    assert noted["a"]["text"] == a.slice(note)
    assert noted["a"]["text"].startswith("A breakthrough, says Putin\n\nPutin called")
