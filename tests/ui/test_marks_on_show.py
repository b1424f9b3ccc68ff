"""Note marks when a session is opened or corrected (reader/ui/session_controller.py):
each pane's marks are laid once, on the text it goes on showing, never on the text being
replaced (thousands of notes' marks laid for nothing stalled the window)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from reader.model import MatchKind, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session
from reader.ui import note_marks as note_marks_module
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import NoteMark, is_mark, note_marks
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

Laid = list[tuple[str, QTextDocument, int]]  # side, the document shown, how many marks


def watch_marks(win: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Laid:
    """Each laying of note marks in a pane from now on (none: marks cleared)."""
    laid: Laid = []
    for pane in (win.pane_a, win.pane_b):

        def lay(
            marks: list[NoteMark],
            pane: ArticlePane = pane,
            own: Callable[[list[NoteMark]], None] = pane.set_note_marks,
        ) -> None:
            if marks:
                laid.append((pane.side, pane.browser.document(), len(marks)))
            own(marks)

        monkeypatch.setattr(pane, "set_note_marks", lay)
    return laid


def noted(session: Session) -> Session:
    """``session`` with a note on a claim and one on a free passage of each side."""
    mid = next(m.id for m in session.alignment.matches if m.kind is MatchKind.CLAIM)
    s = session.add_note(Note.new("on a claim", match_id=mid))
    s = s.add_note(Note.new("free in A", a=Span(0, 8)))
    return s.add_note(Note.new("free in B", b=Span(0, 8)))


def marked(win: MainWindow) -> list[int]:
    return [
        sum(is_mark(sel) for sel in pane.browser.extraSelections())
        for pane in (win.pane_a, win.pane_b)
    ]


def assert_laid_once(qtbot: QtBot, win: MainWindow, laid: Laid) -> None:
    """Each pane's two marks were laid once, on the text it shows now, and are there."""
    qtbot.waitUntil(lambda: marked(win) == [2, 2])  # pane B's a turn after pane A's
    shown = {"a": win.pane_a.browser.document(), "b": win.pane_b.browser.document()}
    assert sorted((side, count) for side, _doc, count in laid) == [("a", 2), ("b", 2)]
    assert all(doc is shown[side] for side, doc, _count in laid)
    assert marked(win) == [2, 2]


def test_opening_a_session_of_the_pair_shown_lays_its_marks_once(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "noted.crossread"
    save_session(noted(opened), path)
    laid = watch_marks(win, monkeypatch)
    assert ctl.open_session(path)
    s = settle(qtbot, ctl)
    assert len(s.notes) == 3
    assert_laid_once(qtbot, win, laid)


def test_a_correction_lays_the_marks_once_on_the_text_redrawn(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl.change(noted(opened))
    s = settle(qtbot, ctl)
    laid = watch_marks(win, monkeypatch)
    unnoted = next(m.id for m in s.alignment.matches if all(n.match_id != m.id for n in s.notes))
    ctl.change(s.reject(unnoted))
    settle(qtbot, ctl)
    assert_laid_once(qtbot, win, laid)


def test_an_opened_sessions_marks_are_worked_out_off_the_gui_thread(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "noted.crossread"
    save_session(noted(opened), path)
    threads: list[threading.Thread] = []
    work_out = note_marks_module._note_marks

    def spied(session: Session, side: str) -> list[NoteMark]:
        threads.append(threading.current_thread())
        return work_out(session, side)

    monkeypatch.setattr(note_marks_module, "_note_marks", spied)
    assert ctl.open_session(path)
    s = settle(qtbot, ctl)
    assert len(threads) == 2 and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: marked(win) == [2, 2])
    assert win.pane_a.pointer.marks == note_marks(s, "a")


def test_pane_bs_marks_follow_pane_as_at_the_next_turn(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "noted.crossread"
    save_session(noted(opened), path)
    when_shown: list[list[int]] = []
    win.alignment_finished.connect(lambda _al: when_shown.append(marked(win)))
    assert ctl.open_session(path)
    settle(qtbot, ctl)
    qtbot.waitUntil(lambda: marked(win) == [2, 2])
    assert when_shown == [[2, 0]]  # the window answered between: B's not laid yet


def test_pane_b_gets_the_marks_of_the_session_current_when_they_are_laid(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "noted.crossread"
    save_session(noted(opened), path)

    def note_more(_al: object) -> None:  # a note added before B's marks are laid
        s = ctl.session()
        assert s is not None
        ctl.change(s.add_note(Note.new("more in B", b=Span(20, 30))))

    win.alignment_finished.connect(note_more)
    assert ctl.open_session(path)
    settle(qtbot, ctl)
    win.alignment_finished.disconnect(note_more)
    qtbot.wait(50)
    assert marked(win) == [2, 3]
