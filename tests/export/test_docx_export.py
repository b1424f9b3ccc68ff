"""Tests of reader/export/docx_export.py: the Word export, read back as a word processor
reads it (its XML, and Crossread's own .docx reading), and written whatever a note holds."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from reader.export import export_session
from reader.export.command import run_export
from reader.ingest import load_document
from reader.model import LOOSE_WORDS
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARTS = {
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "docProps/core.xml",
}


def exported(session: Session, tmp_path: Path) -> Path:
    out = tmp_path / "notes.docx"
    export_session(session, out, "docx")
    return out


def styled(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of each paragraph of the document."""
    with zipfile.ZipFile(path) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        out.append((style.get(f"{W}val", "") if style is not None else "", text))
    return out


def test_the_package_holds_every_part_a_word_processor_needs(
    session: Session, tmp_path: Path
) -> None:
    with zipfile.ZipFile(exported(session, tmp_path)) as z:
        assert set(z.namelist()) == PARTS
        for name in PARTS:
            ElementTree.fromstring(z.read(name))  # each part well-formed


def test_the_title_and_the_entries_are_in_words_own_heading_styles(
    session: Session, tmp_path: Path
) -> None:
    paragraphs = styled(exported(session, tmp_path))
    assert paragraphs[0][0] == "Title"
    headings = [text for style, text in paragraphs if style == "Heading2"]
    assert headings and headings[0].startswith("1. Claim")
    assert any(style == "Quote" for style, _ in paragraphs)


def test_the_export_reads_back_as_an_article_with_its_notes(
    session: Session, tmp_path: Path
) -> None:
    doc = load_document(exported(session, tmp_path))
    assert doc.title == f"{session.alignment.a.title} / {session.alignment.b.title}"
    for note in session.notes:
        if note.text:
            assert note.text.splitlines()[0] in doc.text


def test_markup_and_control_characters_in_a_note_are_written_as_text(
    hostile: Session, tmp_path: Path
) -> None:
    broken = hostile.edit_note(hostile.notes[-1].id, text="a\x00b\x1bc <b>d</b> & \ud83d e")
    paragraphs = styled(exported(broken, tmp_path))
    assert ("", "Note: a\ufffdb\ufffdc <b>d</b> & \ufffd e") in paragraphs


def test_the_command_line_writes_word_for_a_docx_name(session: Session, tmp_path: Path) -> None:
    saved = tmp_path / "pair.crossread"
    save_session(session, saved)
    assert run_export([str(saved), "-o", str(tmp_path / "notes.docx")]) == 0
    assert zipfile.is_zipfile(tmp_path / "notes.docx")


def test_an_arabic_note_is_a_right_to_left_paragraph(session: Session, tmp_path: Path) -> None:
    arabic = "التقرير يقول الخميس، لا الجمعة."
    noted = session.add_note(Note.new(arabic, ["contradicts"], match_id="m2"))
    with zipfile.ZipFile(exported(noted, tmp_path)) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    rtl = {
        "".join(t.text or "" for t in p.iter(f"{W}t")): p.find(f"{W}pPr/{W}bidi") is not None
        for p in root.iter(f"{W}p")
    }
    assert rtl[f"Note: {arabic}"] is True
    assert rtl["Note: Both agree on the pledge; A says Wednesday."] is False


def test_a_loose_claim_says_so_after_its_score(loose: Session, tmp_path: Path) -> None:
    headings = [text for style, text in styled(exported(loose, tmp_path)) if style == "Heading2"]
    assert any(f"score 0.62, {LOOSE_WORDS}" in h for h in headings)


def test_a_crosshead_in_a_passage_is_in_words_heading_3_style(
    headed: Session, tmp_path: Path
) -> None:
    paragraphs = styled(exported(headed, tmp_path))
    at = paragraphs.index(("Heading3", "A breakthrough, says Putin"))
    assert paragraphs[at - 1] == ("", "A:")
    style, text = paragraphs[at + 1]
    assert style == "Quote" and text.startswith("Putin called the agreement a breakthrough")


def test_the_crosshead_reads_back_as_a_heading(headed: Session, tmp_path: Path) -> None:
    """Word (and Crossread's own reading of a .docx) takes it for a heading."""
    doc = load_document(exported(headed, tmp_path))
    assert "A breakthrough, says Putin" in [doc.slice(h) for h in doc.headings]


def test_a_name_matched_in_a_crosshead_is_a_bold_run_of_its_quote(
    headed: Session, tmp_path: Path
) -> None:
    out = tmp_path / "notes.docx"
    export_session(headed, out, "docx", minor=True)
    with zipfile.ZipFile(out) as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    bold_quotes = [
        "".join(t.text or "" for t in p.iter(f"{W}t"))
        for p in root.iter(f"{W}p")
        if (style := p.find(f"{W}pPr/{W}pStyle")) is not None
        and style.get(f"{W}val") == "Quote"
        and p.find(f"{W}r/{W}rPr/{W}b") is not None
    ]
    assert bold_quotes == ["Putin"]
    assert [text for style, text in styled(out) if style == "Heading3"] == [
        "A breakthrough, says Putin"
    ]
