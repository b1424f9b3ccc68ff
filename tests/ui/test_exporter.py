"""Tests of reader/ui/exporter.py: exports are written off the GUI thread, in turn, and
each is reported (or its error shown)."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from reader import export
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


@pytest.fixture
def writers(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads that wrote each export (the real export_session still writes it)."""
    threads: list[threading.Thread] = []
    real = export.export_session

    def export_session(*args: object, **kwargs: object) -> None:
        threads.append(threading.current_thread())
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("reader.ui.exporter.export_session", export_session)
    return threads


def test_an_export_is_written_off_the_gui_thread(
    ctl: SessionController,
    opened: Session,
    qtbot: QtBot,
    tmp_path: Path,
    writers: list[threading.Thread],
) -> None:
    out = tmp_path / "notes.pdf"
    with qtbot.waitSignal(ctl.exports.exported) as done:
        assert ctl.exports.export_to(str(out), "pdf")
    assert done.args == [str(out), "pdf"]
    assert out.read_bytes().startswith(b"%PDF")
    assert writers and writers[0] is not threading.main_thread()


def test_the_status_bar_says_an_export_is_under_way_then_done(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    with qtbot.waitSignal(ctl.exports.exported):
        ctl.exports.export_to(str(out), "md")
        assert win.statusBar().currentMessage().startswith("Exporting Markdown to")
    assert win.statusBar().currentMessage() == f"Exported Markdown to {out}."


def test_exports_asked_for_in_a_row_are_all_written_and_reported(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    reported: list[str] = []
    ctl.exports.exported.connect(lambda path, _fmt: reported.append(path))
    outs = [str(tmp_path / f"notes.{fmt}") for fmt in ("pdf", "md", "csv")]
    for out in outs:
        ctl.exports.export_to(out, Path(out).suffix[1:])
    qtbot.waitUntil(lambda: len(reported) == 3)
    assert reported == outs
    assert all(Path(out).stat().st_size > 0 for out in outs)


def test_an_export_that_cannot_be_written_shows_why(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "notes.md"
    with qtbot.waitSignal(win.error_shown) as shown:
        ctl.exports.export_to(str(out), "md")
    assert shown.args[0] == "Cannot export notes"
    assert not win.statusBar().currentMessage().startswith("Exporting")


def test_closing_the_window_finishes_the_export_being_written(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "notes.pdf"
    ctl.exports.export_to(str(out), "pdf")
    win.close()
    assert out.read_bytes().startswith(b"%PDF")
    assert ctl.exports.exporter.runner.active_threads() == 0


# -- closing the window while an export is written ----------------------------------------


def export_then_close(ctl: SessionController, out: Path, fmt: str = "pdf") -> tuple[bool, str]:
    """Ask for an export and close the window at once, as a reader does from the event
    loop; whether the window is still open then, and what its status bar says."""

    def act() -> tuple[bool, str]:
        ctl.exports.export_to(str(out), fmt)
        ctl.window.close()
        return ctl.window.isVisible(), ctl.window.statusBar().currentMessage()

    return fx.from_event_loop(act)


def whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and len(pypdf.PdfReader(io.BytesIO(data)).pages) > 0


def test_closing_during_an_export_keeps_the_window_open_until_it_is_written(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "notes.pdf"
    still_open, said = export_then_close(ctl, out)
    assert still_open, "the window closed (after waiting for the export, frozen)"
    assert said == f"Finishing the export to {out}… Crossread closes once it is written."
    seen: list[bool] = []  # each time the loop looked: the file absent, or whole

    def closed() -> bool:
        if out.exists():
            seen.append(whole_pdf(out))
        return win.isHidden()

    fx.run_event_loop(closed)
    assert whole_pdf(out) and all(seen)
    assert sorted(p.name for p in tmp_path.glob(".notes.pdf.*")) == []  # no temporary file
    assert ctl.exports.exporter.runner.active_threads() == 0


def test_closing_during_exports_in_a_row_waits_for_them_all(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path
) -> None:
    first, last = tmp_path / "notes.pdf", tmp_path / "notes.md"

    def act() -> str:
        ctl.exports.export_to(str(first), "pdf")
        ctl.exports.export_to(str(last), "md")
        win.close()
        return win.statusBar().currentMessage()

    assert fx.from_event_loop(act).startswith(f"Finishing 2 exports, the last to {last}…")
    assert win.isVisible()
    fx.run_event_loop(win.isHidden)
    assert whole_pdf(first) and last.read_text(encoding="utf-8")


def test_unsaved_notes_are_asked_about_once_then_the_export_is_waited_for(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def ask_unsaved(question: str, _detail: str = "") -> str:
        asked.append(question)
        return "discard"

    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", ask_unsaved)
    ctl.change(opened.add_note(Note.new("Checked.", match_id=opened.alignment.matches[0].id)))
    out = tmp_path / "notes.pdf"
    still_open, _said = export_then_close(ctl, out)
    assert len(asked) == 1 and still_open
    fx.run_event_loop(win.isHidden)
    assert len(asked) == 1, "asked again once the export was written"
    assert whole_pdf(out)


def test_a_failed_export_while_closing_is_shown_and_the_window_stays(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    shown: list[str] = []
    win.error_shown.connect(lambda title, _text: shown.append(title))
    out = tmp_path / "no such folder" / "notes.pdf"
    still_open, _said = export_then_close(ctl, out)
    assert still_open
    fx.run_event_loop(lambda: bool(shown))
    fx.run_event_loop(lambda: not ctl.exports.exporter.is_busy())
    qtbot.wait(50)
    assert shown == ["Cannot export notes"] and win.isVisible()
    assert not out.exists()
    assert not win.statusBar().currentMessage().startswith("Finishing")


@pytest.fixture
def long_at(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every session counts as long: its PDF is laid out in a process of its own."""
    monkeypatch.setattr("reader.ui.exporter.OWN_PROCESS_CHARS", 0)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.mark.usefixtures("long_at")
def test_a_long_pdf_is_laid_out_in_a_process_of_its_own(
    ctl: SessionController,
    opened: Session,
    qtbot: QtBot,
    tmp_path: Path,
    writers: list[threading.Thread],
) -> None:
    out = tmp_path / "notes.pdf"
    with qtbot.waitSignal(ctl.exports.exported, timeout=120_000):
        assert ctl.exports.export_to(str(out), "pdf")
    assert writers == []  # not rendered in this process
    here = tmp_path / "here.pdf"
    export.export_session(opened, str(here), "pdf")
    stamp = "Exported by Crossread on"
    same = [" ".join(t.split(stamp)[1].split()[6:]) for t in (pdf_text(out), pdf_text(here))]
    assert same[0] == same[1] and len(same[0]) > 1000


@pytest.mark.usefixtures("long_at")
def test_a_long_pdf_that_cannot_be_written_says_why(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "notes.pdf"
    with qtbot.waitSignal(win.error_shown, timeout=120_000) as shown:
        ctl.exports.export_to(str(out), "pdf")
    assert "The PDF export could not be made: " in shown.args[1]
    assert "no such folder" in shown.args[1] and not out.exists()
