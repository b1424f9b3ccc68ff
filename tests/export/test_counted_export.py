"""Every export names what a discrepancy's figures count when the analysis knows it from
both passages ("87 vs 85 seats"), and JSON keeps each discrepancy's detail as it was
("87 vs 85") with the counted noun in a field of its own (``counted``)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from reader.export import render_export
from reader.export.citation import cite_matches
from reader.model.session import Session
from tests.election_pages import election_alignment

DATA = Path(__file__).resolve().parents[1] / "data"
SEATS = "87 vs 85 seats"
TURNOUT = "71% vs 67 percent (turnout)"
SHARE = "52.3% vs 53.2 percent (vote share)"


def _in_brackets(detail: str) -> str:
    """``detail`` as the header's sentence gives it inside its own brackets."""
    return detail.replace("(", "[").replace(")", "]")


@pytest.fixture(scope="module")
def election() -> Session:
    return Session(election_alignment(DATA, "lexical"))


def _match_of(session: Session, detail: str) -> str:
    return next(d.match for d in session.alignment.discrepancies if d.detail == detail)


def test_markdown_names_what_each_figure_counts(election: Session) -> None:
    text = render_export(election, "md").decode()
    assert f"**Differs:** {SEATS} (number: A vs B)" in text


def test_markdown_gives_a_percentage_s_subject_and_the_kind_in_one_bracket(
    election: Session,
) -> None:
    text = render_export(election, "md").decode()
    assert "**Differs:** 71% vs 67 percent (turnout; number: A vs B)" in text
    assert "**Differs:** 52.3% vs 53.2 percent (vote share; number: A vs B)" in text


def test_the_markdown_header_names_them_too(election: Session) -> None:
    header = next(
        line
        for line in render_export(election, "md").decode().splitlines()
        if line.startswith("What differs:")
    )
    named = "; ".join(_in_brackets(d) for d in (SHARE, SEATS, TURNOUT))
    assert header.startswith(f"What differs: 3 discrepancies ({named})")


def test_html_names_what_each_figure_counts(election: Session) -> None:
    html = render_export(election, "html").decode()
    assert SEATS in html
    assert _in_brackets(TURNOUT) in html


def test_csv_names_what_each_figure_counts(election: Session) -> None:
    rows = list(csv.DictReader(io.StringIO(render_export(election, "csv").decode("utf-8-sig"))))
    assert {r["discrepancies"] for r in rows if r["discrepancies"]} == {SHARE, SEATS, TURNOUT}


def test_word_names_what_each_figure_counts(election: Session) -> None:
    body = zipfile.ZipFile(io.BytesIO(render_export(election, "docx"))).read("word/document.xml")
    assert SEATS.encode() in body


def test_json_keeps_the_detail_and_gives_what_is_counted_beside_it(election: Session) -> None:
    data = json.loads(render_export(election, "json"))
    entry = next(e for e in data["entries"] if e.get("match") == _match_of(election, "87 vs 85"))
    assert entry["discrepancies"] == ["87 vs 85"]
    [difference] = entry["differences"]
    assert (difference["detail"], difference["counted"]) == ("87 vs 85", "seats")


def test_json_gives_null_for_a_discrepancy_counting_nothing_known(tmp_path: Path) -> None:
    from reader.analysis import align
    from reader.ingest import load_document

    (tmp_path / "a.txt").write_text("Kenya sent 5,000 troops to Kismayo.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kenya sent 4,000 soldiers to Kismayo.\n", encoding="utf-8")
    al = align(*(load_document(tmp_path / n) for n in ("a.txt", "b.txt")), method="lexical")
    data = json.loads(render_export(Session(al), "json"))
    [difference] = [d for e in data["entries"] for d in e.get("differences", [])]
    assert (difference["detail"], difference["counted"]) == ("5,000 vs 4,000", None)


def test_a_copied_match_names_what_its_figures_count(election: Session) -> None:
    text = cite_matches(election, [_match_of(election, "87 vs 85")])
    assert f"Differs: {SEATS}" in text
