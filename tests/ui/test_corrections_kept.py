"""The reader's corrections go wherever the notes go: the autosave a crashed run leaves
brings back the rejections and links made by hand (a guard: README, Recover unsaved
notes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.session import autosave
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import check_closed, settle
from tests.ui.test_session_controller import dead_pid, free_passage, link, restarted

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def test_a_crashed_runs_corrections_are_restored(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    settings: QSettings,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl.corrections.reject(opened.alignment.matches[0].id)
    settle(qtbot, ctl)
    link(ctl, win, qtbot, free_passage(opened, "a"), free_passage(opened, "b"))
    work = settle(qtbot, ctl)
    with qtbot.waitSignal(ctl.autosaved) as written:
        ctl.autosaver.write_now()
    # the run dies: its autosave stays, under a process that is gone
    pid = dead_pid()
    Path(written.args[0]).rename(autosave.autosave_path(data_folder, pid))
    autosave.marker_path(data_folder, pid).write_text(f"{pid}\n", encoding="utf-8")
    w, c = restarted(settings, qtbot, monkeypatch)
    restored: list[bool] = []
    c.start(then=restored.append)
    qtbot.waitUntil(lambda: restored == [True])
    back = settle(qtbot, c)
    assert (back.rejected, back.manual) == (work.rejected, work.manual)
    check_closed(w)
