"""The status bar while a matched pair is drawn: its progress bar and "Aligning…" go
together once the pair is on screen (the bar went as the matching ended and "Aligning…"
stayed alone some 150 ms while the pair was drawn), and a pair being matched keeps its
own (reader.ui.opening.PairOpener.drawn)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document
from reader.ui.main_window import MainWindow
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, lexical, shown_window

LATER = "A second pair, matched while the first is drawn."


class Seen(QObject):
    """What happened, in order: the status bar's messages, the progress bar shown or
    hidden, each article's text on screen, the window finished."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.order: list[str] = []
        window.statusBar().messageChanged.connect(lambda text: self.order.append(f"say {text}"))
        window.progress.installEventFilter(self)
        for pane in (window.pane_a, window.pane_b):
            pane.alignment_shown.connect(lambda side=pane.side: self.order.append(f"{side} shown"))
        window.alignment_finished.connect(lambda _a: self.order.append("finished"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.order.append(f"bar {event.type().name.lower()}")
        return False


class HeldBack:
    """The lexical aligner, holding back the pair whose A says ``LATER`` until let go."""

    def __init__(self) -> None:
        self.go = threading.Event()

    def __call__(self, a: Document, b: Document, **kw: Any) -> Alignment:
        if LATER in a.text:
            self.go.wait(30)
        return lexical(a, b, **kw)


@pytest.fixture
def held_back() -> HeldBack:
    return HeldBack()


@pytest.fixture
def win(qtbot: QtBot, settings: QSettings, held_back: HeldBack) -> Iterator[MainWindow]:
    w = shown_window(qtbot, settings, held_back)
    yield w
    held_back.go.set()
    check_closed(w)


def write_pair(folder: Path, lead: str = "") -> tuple[str, str]:
    a, b = folder / "a.txt", folder / "b.txt"
    folder.mkdir(exist_ok=True)
    a.write_text(f"{lead}Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    b.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    return str(a), str(b)


def test_the_progress_bar_and_aligning_go_together_once_the_pair_is_drawn(
    win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    seen = Seen(win)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*write_pair(tmp_path / "first"))
    aligning = f"say {win.opener.aligning}"
    assert seen.order == [
        "bar show",
        aligning,
        "a shown",
        "b shown",
        "bar hide",
        "say ",
        "finished",
    ]


def test_a_pair_being_matched_keeps_its_bar_and_message_as_the_one_before_is_drawn(
    win: MainWindow, qtbot: QtBot, tmp_path: Path, held_back: HeldBack
) -> None:
    later = write_pair(tmp_path / "later", f"{LATER}\n\n")
    opened: list[int] = []

    def open_later(_loaded: object) -> None:  # as the first is matched, before it is drawn
        if not opened:
            opened.append(win.open_pair(*later))

    win.opener.loaded.connect(open_later)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*write_pair(tmp_path / "first"))
    bar: QWidget = win.progress
    assert win.opener.pending == later
    assert bar.isVisible()
    assert win.statusBar().currentMessage() == win.opener.aligning
    assert "a.txt" in win.opener.aligning
    held_back.go.set()
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        pass
    assert not bar.isVisible()
    assert win.statusBar().currentMessage() == ""
