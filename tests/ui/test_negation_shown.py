"""A sentence of B denying A's ("did not sentence" / "sentenced"), opened from two files in
a real window aligning on words: the Matches panel says what differs, both panes mark the
words with a discrepancy's wave, and Go > Next discrepancy goes to the claim and says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.model import Alignment, MatchKind
from reader.ui import matches_model as mm
from reader.ui.main_window import MainWindow
from tests.ui import session_fixtures as fx
from tests.ui.test_highlights import format_at

pytestmark = pytest.mark.gui

win = fx.win
DETAIL = "\u201csentenced\u201d vs \u201cdid not sentence\u201d"


@pytest.fixture
def denied(win: MainWindow, qtbot: QtBot, denied_pair: tuple[Path, Path]) -> Alignment:
    """The window showing the pair; the alignment it shows."""
    with qtbot.waitSignal(win.alignment_finished, timeout=60_000) as sig:
        win.open_pair(*(str(p) for p in denied_pair))
    for pane in (win.pane_a, win.pane_b):
        pane.loading.flush()
    alignment = sig.args[0]
    assert isinstance(alignment, Alignment)
    return alignment


def claim_id(alignment: Alignment) -> str:
    (claim,) = [m for m in alignment.matches if m.kind is MatchKind.CLAIM]
    return claim.id


def wave_at(win: MainWindow, side: str, words: str) -> bool:
    """The first character of ``words`` in pane ``side`` wears a discrepancy's wave."""
    pane = win.pane_a if side == "a" else win.pane_b
    document = pane.browser.document()
    fmt = format_at(document, document.toPlainText().index(words))
    return fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_the_matches_panel_says_the_claim_is_denied(win: MainWindow, denied: Alignment) -> None:
    model = win.dock.model
    row = model.row_of(claim_id(denied))
    assert model.index(row, mm.DIFFERS).data() == DETAIL


def test_both_panes_mark_the_words_that_differ(win: MainWindow, denied: Alignment) -> None:
    assert wave_at(win, "a", "sentenced Brian")
    assert wave_at(win, "b", "did not sentence")
    assert not wave_at(win, "b", "Brian Nichols to death")


def test_next_discrepancy_goes_to_the_denied_claim(win: MainWindow, denied: Alignment) -> None:
    win.actions_.next_discrepancy.trigger()
    assert win.linker.current == claim_id(denied)
    assert f"differs: {DETAIL}" in win.statusBar().currentMessage()
