"""View settings travel with a saved session and come back when it is opened."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui import view_state
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import written

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def test_capture_then_apply_round_trip(win: MainWindow) -> None:
    win.zoom(2)
    win.actions_.sync.setChecked(False)
    win.dock.kind_boxes["entity"].setChecked(False)
    win.dock.slider.setValue(40)
    saved = view_state.capture(win)
    win.zoom(-2)
    win.actions_.sync.setChecked(True)
    win.dock.kind_boxes["entity"].setChecked(True)
    win.dock.slider.setValue(0)
    view_state.apply(win, saved)
    assert view_state.capture(win) == saved
    assert saved["zoom"] == 2 and saved["sync"] is False and saved["min_score"] == 0.4


def test_unknown_and_malformed_settings_are_ignored(win: MainWindow) -> None:
    before = view_state.capture(win)
    view_state.apply(win, {"zoom": "huge", "sync": 3, "min_score": 7.0, "colour": "red"})
    assert view_state.capture(win) == before


def test_saved_session_carries_the_view_and_reopens_with_it(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    win.actions_.sync.setChecked(False)
    win.dock.slider.setValue(60)
    path = str(tmp_path / "view.crossread")
    assert ctl.files.save_to(path)
    written(qtbot, ctl)
    session = ctl.session()
    assert session is not None
    assert session.view["sync"] is False and session.view["min_score"] == 0.6
    win.actions_.sync.setChecked(True)
    win.dock.slider.setValue(0)
    assert ctl.open_session(path)
    written(qtbot, ctl)
    assert not win.actions_.sync.isChecked()
    assert win.dock.slider.value() == 60
