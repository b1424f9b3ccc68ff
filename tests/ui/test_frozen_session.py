"""An opened session's objects are kept out of full garbage collections while its pair
is open (reader/ui/session_opening.py: read_for_window; session_controller.py:
SessionController.thaw), and handed back when another pair replaces it or the window
closes."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


class Knot:
    """Garbage that only the collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def noted_file(session: Session, folder: Path) -> Path:
    mid = next(m.id for m in session.alignment.matches if m.kind is MatchKind.CLAIM)
    path = folder / "noted.crossread"
    save_session(session.add_note(Note.new("on a claim", match_id=mid)), path)
    return path


def open_file(ctl: SessionController, qtbot: QtBot, path: Path) -> Session:
    with qtbot.waitSignal(ctl.session_opened):
        assert ctl.open_session(path)
    return settle(qtbot, ctl)


def knot_made_before_opening(ctl: SessionController, qtbot: QtBot, path: Path) -> weakref.ref[Knot]:
    """Open ``path`` with a dropped Knot still uncollected; the Knot's weak reference."""
    gc.collect()
    gc.disable()  # the Knot is still there when the session is frozen
    knot = weakref.ref(Knot())
    open_file(ctl, qtbot, path)
    gc.enable()
    return knot


def test_an_opened_session_is_frozen_until_another_pair_replaces_it(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = noted_file(opened, tmp_path)
    knot = knot_made_before_opening(ctl, qtbot, path)
    s = ctl.session()
    assert s is not None and s.notes and gc.get_freeze_count() > 0
    gc.collect()
    assert knot() is not None  # frozen with the session: no collection goes through it
    x, y = tmp_path / "x.txt", tmp_path / "y.txt"
    x.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    y.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    ctl._modified = False  # nothing to ask about
    with qtbot.waitSignal(ctl.session_changed, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(str(x), str(y))
    assert not settle(qtbot, ctl).notes
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert knot() is None


def test_closing_the_window_hands_the_frozen_objects_back(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    knot = knot_made_before_opening(ctl, qtbot, noted_file(opened, tmp_path))
    assert gc.get_freeze_count() > 0
    ctl._modified = False  # nothing to ask about
    win.close()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert knot() is None


def test_a_session_that_cannot_be_read_freezes_nothing(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damaged = tmp_path / "damaged.crossread"
    damaged.write_text("{not json", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(win, "report_error", lambda _title, text: errors.append(text))
    ctl.open_session(damaged)
    qtbot.waitUntil(lambda: bool(errors))
    assert "not valid JSON" in errors[0]
    assert gc.get_freeze_count() == 0
    assert ctl.session() == opened
