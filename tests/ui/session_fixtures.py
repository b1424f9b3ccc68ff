"""Fixtures for the session-controller tests: a window aligning lexically (fast, no model),
its controller, the seed pair copied to tmp_path, an isolated data folder.

Import the fixtures into a test module with ``from tests.ui.session_fixtures import *``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.model import Alignment, Document
from reader.model.session import Session
from reader.session.view import visible_alignment
from reader.ui.main_window import MainWindow
from reader.ui.pair_task import Aligner
from reader.ui.session_controller import SessionController

ALIGN_TIMEOUT = 60_000
T = TypeVar("T")


def lexical(a: Document, b: Document, **kw: Any) -> Alignment:
    return align(a, b, method="lexical", **kw)


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Autosaves go to tmp_path/data."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def pair(tmp_path: Path, seed_a_path: Path, seed_b_path: Path) -> tuple[str, str]:
    """The seed pair, copied into tmp_path."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copyfile(seed_a_path, a)
    shutil.copyfile(seed_b_path, b)
    return str(a), str(b)


def check_closed(win: MainWindow) -> None:
    win.close()
    assert not win.isVisible(), "the window refused to close"
    assert win.runner.active_threads() == 0, "a worker thread is still running"
    running = [
        f"{type(t.parent()).__name__}/{t.objectName()}"
        for t in win.findChildren(QTimer)
        if t.isActive()
    ]
    assert not running, f"timers left running: {running}"


def shown_window(qtbot: QtBot, settings: QSettings, aligner: Aligner = lexical) -> MainWindow:
    """A window of 1200x800 aligning with ``aligner``, shown."""
    w = MainWindow(settings=settings, aligner=aligner)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def win(qtbot: QtBot, settings: QSettings) -> Iterator[MainWindow]:
    """A shown window aligning lexically; no thread or timer may be left at the end."""
    w = shown_window(qtbot, settings)
    yield w
    check_closed(w)


def make_controller(w: MainWindow, monkeypatch: pytest.MonkeyPatch) -> SessionController:
    c = getattr(w, "session_controller", None)
    ctl = c if isinstance(c, SessionController) else SessionController(w)
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: "discard")
    monkeypatch.setattr(ctl.dialogs, "ask_restore", lambda _path: "discard")
    return ctl


@pytest.fixture
def ctl(win: MainWindow, monkeypatch: pytest.MonkeyPatch) -> SessionController:
    """The window's session controller, started; closing discards unsaved changes."""
    c = make_controller(win, monkeypatch)
    c.start()
    return c


def settle(qtbot: QtBot, c: SessionController) -> Session:
    """Wait until the window shows the controller's session as it should; return it."""

    def shown() -> bool:
        s = c.session()
        w = c.window
        if c.writer.is_busy():  # a session file being read (or written)
            return False
        if c.updating.is_checking():  # its article files read, to say whether they changed
            return False
        return s is not None and not w.is_showing() and w.alignment() == visible_alignment(s)

    qtbot.waitUntil(shown, timeout=ALIGN_TIMEOUT)
    s = c.session()
    assert s is not None
    return s


def written(qtbot: QtBot, c: SessionController) -> None:
    """Wait until every session file asked for is read or written, and reported."""
    qtbot.waitUntil(lambda: not c.writer.is_busy(), timeout=ALIGN_TIMEOUT)


def from_event_loop(action: Callable[[], T]) -> T:
    """Run ``action`` inside a running event loop, as the application runs what a reader
    does (a click, the window manager's close), and return what it returns, at once:
    what the window puts off until a file is written is then put off, as in the app."""
    loop = QEventLoop()
    result: list[T] = []

    def run() -> None:
        try:
            result.append(action())
        finally:
            loop.quit()

    QTimer.singleShot(0, run)
    loop.exec()
    assert result, "the action raised"
    return result[0]


def run_event_loop(until: Callable[[], bool], timeout_ms: int = ALIGN_TIMEOUT) -> None:
    """Run an event loop, as the application's own, until ``until()`` is true (fail after
    ``timeout_ms``): what follows a write (a close put off) goes as in the app."""
    loop = QEventLoop()
    poll, limit = QTimer(), QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if until() else None)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(timeout_ms)
    try:
        if not until():
            loop.exec()
    finally:
        poll.stop()
        limit.stop()
    assert until(), f"not done after {timeout_ms} ms"


@pytest.fixture
def opened(ctl: SessionController, win: MainWindow, qtbot: QtBot, pair: tuple[str, str]) -> Session:
    """The seed pair open and aligned; its Session."""
    with qtbot.waitSignal(ctl.session_changed, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)
    return settle(qtbot, ctl)


__all__ = ["ctl", "data_folder", "opened", "pair", "win"]
