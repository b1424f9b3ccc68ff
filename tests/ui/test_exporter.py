"""Tests of reader/ui/exporter.py: exports are written off the GUI thread, in turn, and
each is reported (or its error shown)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader import export
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
    with qtbot.waitSignal(ctl.files.exported) as done:
        assert ctl.files.export_to(str(out), "pdf")
    assert done.args == [str(out), "pdf"]
    assert out.read_bytes().startswith(b"%PDF")
    assert writers and writers[0] is not threading.main_thread()


def test_the_status_bar_says_an_export_is_under_way_then_done(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    with qtbot.waitSignal(ctl.files.exported):
        ctl.files.export_to(str(out), "md")
        assert win.statusBar().currentMessage().startswith("Exporting Markdown to")
    assert win.statusBar().currentMessage() == f"Exported Markdown to {out}."


def test_exports_asked_for_in_a_row_are_all_written_and_reported(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    reported: list[str] = []
    ctl.files.exported.connect(lambda path, _fmt: reported.append(path))
    outs = [str(tmp_path / f"notes.{fmt}") for fmt in ("pdf", "md", "csv")]
    for out in outs:
        ctl.files.export_to(out, Path(out).suffix[1:])
    qtbot.waitUntil(lambda: len(reported) == 3)
    assert reported == outs
    assert all(Path(out).stat().st_size > 0 for out in outs)


def test_an_export_that_cannot_be_written_shows_why(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "notes.md"
    with qtbot.waitSignal(win.error_shown) as shown:
        ctl.files.export_to(str(out), "md")
    assert shown.args[0] == "Cannot export notes"
    assert not win.statusBar().currentMessage().startswith("Exporting")


def test_closing_the_window_finishes_the_export_being_written(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "notes.pdf"
    ctl.files.export_to(str(out), "pdf")
    win.close()
    assert out.read_bytes().startswith(b"%PDF")
    assert ctl.files.exporter.runner.active_threads() == 0
