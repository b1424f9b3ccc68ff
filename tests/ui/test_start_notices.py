"""What the window says at start about where it keeps things, once the first pair is on
screen: said before, "Aligning…" took the status bar at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
