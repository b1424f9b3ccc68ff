"""What two passages disagree on, as every export writes it (reader/export/entries.py:
``Entry.differences``): the kind of fact and which value is A's and which B's."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.export.entries import export_data
from tests.export.conftest import Exporter
from tests.session.samples import sample_session


def test_entry_holds_both_values_of_a_discrepancy() -> None:
    number = next(
        e for e in export_data(sample_session(), minor=True).entries if e.match_id == "m4"
    )
    (d,) = number.differences
    assert (d.kind, d.a_text, d.b_text) == ("number", "three hours", "five hours")
    assert number.differs() == ["three hours vs five hours (number: A vs B)"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_differs_says_the_kind_and_whose_value(fmt: str, export_text: Exporter) -> None:
    text = export_text(sample_session(), fmt, minor=True)
    assert "three hours vs five hours (number: A vs B)" in text


def test_json_gives_each_value_with_its_passage(export_text: Exporter) -> None:
    data = json.loads(export_text(sample_session(), "json", minor=True))
    number = next(e for e in data["entries"] if e["match"] == "m4")
    assert number["discrepancies"] == ["three hours vs five hours"]  # kept as it was
    (d,) = number["differences"]
    assert d["kind"] == "number" and d["detail"] == "three hours vs five hours"
    assert d["a"]["text"] == "three hours" and d["b"]["text"] == "five hours"
    assert number["a"]["start"] <= d["a"]["start"] < d["a"]["end"] <= number["a"]["end"]
    claim = next(e for e in data["entries"] if e["match"] == "m1")
    assert claim["differences"] == []


def test_csv_gives_the_kind_and_each_value_a_column(export_text: Exporter) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(sample_session(), "csv", minor=True))))
    number = next(r for r in rows if r["match"] == "m4")
    assert number["discrepancies"] == "three hours vs five hours"  # kept as it was
    assert (number["difference_kinds"], number["a_values"], number["b_values"]) == (
        "number",
        "three hours",
        "five hours",
    )
    claim = next(r for r in rows if r["match"] == "m1")
    assert (claim["difference_kinds"], claim["a_values"], claim["b_values"]) == ("", "", "")
