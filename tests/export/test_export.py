"""Tests of reader/export/__init__.py: formats, atomic writes, errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.export import (
    FORMATS,
    ExportError,
    NothingAnnotated,
    export_session,
    has_annotated,
    render_export,
)
from reader.export.entry import REJECTED_LABEL
from reader.model.note import Note
from reader.model.session import Session
from tests.export.conftest import Exporter


def test_formats() -> None:
    assert list(FORMATS) == ["md", "html", "json", "csv", "docx", "pdf"]


def test_export_error_is_a_reader_error() -> None:
    assert issubclass(ExportError, ReaderError)


def test_default_format_is_markdown(session: Session, tmp_path: Path) -> None:
    export_session(session, tmp_path / "notes")
    assert (tmp_path / "notes").read_text(encoding="utf-8").startswith("# Putin and Kim")


def test_unknown_format_raises_export_error(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Unknown export format 'odt'"):
        export_session(session, tmp_path / "x.odt", "odt")


def test_missing_folder_raises_export_error(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_session(session, tmp_path / "no" / "x.md")


def test_failed_export_keeps_the_previous_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "x.md"
    out.write_text("before", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(ExportError):
        export_session(session, out)
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"] and out.read_text() == "before"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_only_annotated_with_no_note_writes_no_file(
    session: Session, tmp_path: Path, fmt: str
) -> None:
    """CSV wrote its header line alone, the other formats a document saying nothing."""
    out = tmp_path / f"x.{fmt}"
    with pytest.raises(NothingAnnotated, match=r"^Nothing to export: no match or passage has"):
        export_session(Session(session.alignment), out, fmt, only_annotated=True)
    assert list(tmp_path.iterdir()) == []


def test_only_annotated_with_no_note_keeps_the_file_there(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    out.write_text("before", encoding="utf-8")
    with pytest.raises(NothingAnnotated):
        export_session(Session(session.alignment), out, "csv", only_annotated=True)
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"] and out.read_text() == "before"


def test_nothing_annotated_is_an_export_error() -> None:
    assert issubclass(NothingAnnotated, ExportError)


def test_without_the_filter_a_session_with_no_note_is_exported(
    session: Session, tmp_path: Path
) -> None:
    export_session(Session(session.alignment), tmp_path / "x.md")
    assert "Putin" in (tmp_path / "x.md").read_text(encoding="utf-8")


def test_a_note_on_text_alone_is_something_annotated(session: Session) -> None:
    on_text = Session(session.alignment).add_note(Note("n9", "see this", b=(session.notes[1].b)))
    assert has_annotated(on_text)
    assert b"see this" in render_export(on_text, "md", only_annotated=True)


def test_a_note_on_a_rejected_match_is_something_annotated(session: Session) -> None:
    rejected = Session(session.alignment).reject("m3").add_note(Note("n9", "wrong", match_id="m3"))
    assert has_annotated(rejected)
    assert not has_annotated(Session(session.alignment).reject("m3"))


def test_render_export_returns_bytes(session: Session) -> None:
    assert render_export(session, "json").startswith(b"{")


def test_model_session_and_export_import_no_qt() -> None:
    code = (
        "import sys, reader.model, reader.session, reader.export, reader.export.command; "
        "sys.exit('PySide6' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


def test_importing_export_leaves_the_word_writer_until_asked_for() -> None:
    """The window imports reader.export at start; the Word writer's XML escaping pulls in
    urllib.request, http and ssl."""
    code = (
        "import sys, reader.export; "
        "sys.exit(any(m in sys.modules for m in "
        "('reader.export.docx_export', 'urllib.request')))"
    )
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_every_format_says_a_match_was_rejected(
    session: Session, export_text: Exporter, fmt: str
) -> None:
    """A match the reader rejected but wrote a note on is exported for its note, marked."""
    s = session.add_note(Note("n3", "not the same person", match_id="m3"))
    text = export_text(s, fmt)
    if fmt == "json":
        entries = {e["match"]: e for e in json.loads(text)["entries"]}
        assert entries["m3"]["rejected"] is True and entries["m1"]["rejected"] is False
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
        by_match = {r["match"]: r for r in rows}
        assert by_match["m3"]["rejected"] == "yes" and by_match["m1"]["rejected"] == ""
    else:
        assert text.count(REJECTED_LABEL) == 1


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv"])
def test_lone_surrogate_in_a_note_is_written_as_a_replacement_character(
    session: Session, export_text: Exporter, fmt: str
) -> None:
    """A session file may escape half of an emoji ("\\ud83d"): the export still writes."""
    broken = session.edit_note(session.notes[0].id, text="photo \ud83d caption")
    assert "photo \ufffd caption" in export_text(broken, fmt)
