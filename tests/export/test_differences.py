"""What two passages disagree on, as every export writes it (reader/export/entry.py and
differences.py: ``Entry.differences``): the kind of fact and which value is A's and which B's."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from reader.analysis import align
from reader.export import export_session
from reader.export.entries import export_data
from reader.ingest import load_document
from reader.model.session import Session
from tests.export.conftest import Exporter
from tests.session.samples import sample_session

QUOTATION = '"We will never accept any plan that divides Europe and weakens our common future."'


def quoting(tmp_path: Path, speakers: tuple[str, str]) -> Session:
    """Two short articles giving one quotation of twelve words to ``speakers``."""
    paths = []
    for speaker in speakers:
        path = tmp_path / f"{speaker.lower()}.txt"
        text = f"Leaders met in Brussels on Monday.\n\n{QUOTATION} {speaker} said.\n"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return Session(align(*(load_document(p) for p in paths), method="lexical"))


@pytest.fixture
def two_speakers(tmp_path: Path) -> Session:
    """Two short articles giving one quotation of twelve words to Merkel and to Sarkozy."""
    return quoting(tmp_path, ("Merkel", "Sarkozy"))


@pytest.fixture
def denial(denied_pair: tuple[Path, Path]) -> Session:
    """Two short articles, B's sentence denying A's ("did not sentence")."""
    return Session(align(*(load_document(p) for p in denied_pair), method="lexical"))


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


def test_csv_gives_the_two_speakers_of_one_quotation_as_the_values(
    two_speakers: Session, export_text: Exporter
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(two_speakers, "csv"))))
    quote = next(r for r in rows if r["kind"] == "quote")
    assert quote["discrepancies"] == "said by Merkel vs said by Sarkozy"
    assert (quote["difference_kinds"], quote["a_values"], quote["b_values"]) == (
        "name",
        "Merkel",
        "Sarkozy",
    )


def test_json_places_each_speaker_where_its_article_names_them(
    two_speakers: Session, export_text: Exporter
) -> None:
    data = json.loads(export_text(two_speakers, "json"))
    (d,) = next(e for e in data["entries"] if e["kind"] == "quote")["differences"]
    al = two_speakers.alignment
    for side, doc, speaker in (("a", al.a, "Merkel"), ("b", al.b, "Sarkozy")):
        assert d[side]["text"] == speaker
        assert doc.text[d[side]["start"] : d[side]["end"]] == speaker


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_quotation_list_says_whom_the_other_article_gives_it_to(
    two_speakers: Session, export_text: Exporter, fmt: str
) -> None:
    text = export_text(two_speakers, fmt)
    assert "also in B, said by Sarkozy" in text
    assert "also in A, said by Merkel" in text


def test_a_quotation_list_names_no_other_speaker_for_another_spelling_of_one_name(
    tmp_path: Path, export_text: Exporter
) -> None:
    text = export_text(quoting(tmp_path, ("Angela Merkel", "Merkel")), "md")
    assert "also in B" in text and "said by Merkel" not in text


def test_the_word_export_says_whom_the_other_article_gives_a_quotation_to(
    two_speakers: Session, tmp_path: Path
) -> None:
    out = tmp_path / "out.docx"
    export_session(two_speakers, out, "docx")
    with zipfile.ZipFile(out) as z:
        assert "also in B, said by Sarkozy" in z.read("word/document.xml").decode("utf-8")


def test_csv_gives_a_denial_its_kind_and_each_side_s_words(
    denial: Session, export_text: Exporter
) -> None:
    rows = list(csv.DictReader(io.StringIO(export_text(denial, "csv"))))
    claim = next(r for r in rows if r["kind"] == "claim")
    assert (claim["difference_kinds"], claim["a_values"], claim["b_values"]) == (
        "negation",
        "sentenced",
        "did not sentence",
    )


def test_markdown_and_html_say_a_denial_is_a_negation(
    denial: Session, export_text: Exporter
) -> None:
    said = "\u201csentenced\u201d vs \u201cdid not sentence\u201d (negation: A vs B)"
    assert [said in export_text(denial, fmt) for fmt in ("md", "html")] == [True, True]
