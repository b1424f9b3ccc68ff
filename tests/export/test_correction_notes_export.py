"""The exports' header lists the articles' correction notes (reader.export.entries'
``corrections``), and JSON gives them as ``corrections``: the feature page's note, and
the other article still giving the figure it puts right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.analysis import align
from reader.export import render_export
from reader.ingest import load_document
from reader.model.session import Session
from tests.analysis.test_correction_notes import RIGHT, WRONG

PAGES = Path(__file__).parents[1] / "data" / "pages"
SAID = "B has a correction note: “Editor's note: An earlier version of this article misstated"


@pytest.fixture(scope="module")
def feature_pair() -> Session:
    a = load_document(PAGES / "brief_ashbury_library_fire.html")
    b = load_document(PAGES / "feature_ashbury_library_fire.html")
    return Session(align(a, b, method="lexical"))


def _header(text: str) -> str:
    """What a Markdown export says before its first entry."""
    return text.split("\n## ", 1)[0]


def test_the_markdown_header_gives_the_note(feature_pair: Session) -> None:
    header = _header(render_export(feature_pair, "md").decode())
    assert SAID in header
    assert header.index(SAID) < header.index("What differs:")  # first: it matters most


def test_the_html_header_gives_the_note(feature_pair: Session) -> None:
    html = render_export(feature_pair, "html").decode()
    assert "B has a correction note: “Editor&#x27;s note: An earlier version" in html


def test_the_word_export_gives_the_note(feature_pair: Session) -> None:
    import io
    import zipfile

    body = zipfile.ZipFile(io.BytesIO(render_export(feature_pair, "docx"))).read(
        "word/document.xml"
    )
    assert "B has a correction note: “Editor&apos;s note".encode() in body or (
        "B has a correction note: “Editor's note".encode() in body
    )


def test_json_lists_the_note(feature_pair: Session) -> None:
    data = json.loads(render_export(feature_pair, "json"))
    [note] = data["corrections"]
    assert (note["side"], note["stale"]) == ("b", [])
    assert note["fixes"][0] == {"right": "60", "wrong": "80"}


def test_the_header_says_the_other_still_gives_the_wrong_figure(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(WRONG, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RIGHT, encoding="utf-8")
    al = align(
        load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method="lexical"
    )
    header = _header(render_export(Session(al), "md").decode())
    assert "A still gives 80, which B's correction says was wrong." in header


# the exports list the passages only one article reports as the Only in one panel does:
# a correction note's passage first (the feature's note is its last paragraph)
NOTE_OPENS = "Editor's note: An earlier version"


def test_json_lists_the_notes_passage_first_of_only_in_one(feature_pair: Session) -> None:
    only = json.loads(render_export(feature_pair, "json"))["only"]
    assert len(only) > 2
    texts = [(e["b"] or e["a"])["text"] for e in only]
    assert texts[0].startswith(NOTE_OPENS)
    assert not any(t.startswith(NOTE_OPENS) for t in texts[1:])


def test_csv_lists_the_notes_passage_first_of_only_in_one(feature_pair: Session) -> None:
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(render_export(feature_pair, "csv").decode())))
    only = [r for r in rows if r["kind"] in ("only_a", "only_b")]
    assert only[0]["b_text"].startswith(NOTE_OPENS)


def test_markdown_lists_the_notes_passage_first_under_only_in_b(feature_pair: Session) -> None:
    text = render_export(feature_pair, "md").decode()
    section = text.split("\n## Only in B", 1)[1].split("\n## ", 1)[0]
    first = section.split("\n\n", 2)[1]  # after the heading's line
    assert NOTE_OPENS in first


def test_html_and_pdf_list_the_notes_passage_first_under_only_in_b(feature_pair: Session) -> None:
    html = render_export(feature_pair, "html").decode()  # the PDF prints this HTML
    section = html.split("<h2>Only in B", 1)[1].split("<h2>", 1)[0]
    first = section.split("</tr>", 1)[0]
    assert "Editor&#x27;s note: An earlier version" in first
