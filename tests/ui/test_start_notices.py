"""What the window says at start about where it keeps things, once the first pair is on
screen: said before, "Aligning…" took the status bar at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, make_controller

pair, win = fx.pair, fx.win


def test_a_data_folder_the_autosave_cannot_go_in_is_said_once_the_first_pair_is_shown(
    win: MainWindow,
    pair: tuple[str, str],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder would be", encoding="utf-8")
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(blocker / "data"))
    make_controller(win, monkeypatch).start()  # as Crossread starts: then the pair opens
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)
    said = win.statusBar().currentMessage()
    assert said.startswith(f"Could not prepare the autosave folder {blocker / 'data'}")


def test_settings_and_a_data_folder_that_cannot_be_written_are_said_one_after_the_other(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alignment: Alignment
) -> None:
    """Both wait for a notice about the pair; once its time is up, one is said, then the
    other (not both at once, the second over the first)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folders would be", encoding="utf-8")
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(blocker / "data"))
    settings = QSettings(str(blocker / "crossread.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    make_controller(w, monkeypatch).start()
    notice = "The sentence model could not load: matching used words, names and numbers."
    with qtbot.waitSignal(w.alignment_finished):
        w.show_alignment(replace(alignment, notices=(notice,)))
    assert w.statusBar().currentMessage() == notice
    said = []
    for _ in range(2):
        w.statusBar().clearMessage()  # its time is up
        said.append(w.statusBar().currentMessage())
    expected = ("Could not prepare the autosave folder", "Crossread cannot save its settings")
    assert sorted(e for e in expected for m in said if m.startswith(e)) == list(expected)
    w.shutdown()
