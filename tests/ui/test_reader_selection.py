"""Tests of reader.ui.pane_caret.reader_selection: the text the reader selected in a pane
(what Add note on the selected text and Link the selections take)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui.main_window import MainWindow
from reader.ui.pane_caret import reader_selection
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.test_pane_menu import match, select, wide_dam_pair

ctl, data_folder, win = fx.ctl, fx.data_folder, fx.win


def test_nothing_selected(shown: MainWindow) -> None:
    assert reader_selection(shown.pane_a) is None


def test_blanks_at_either_end_are_left_out(shown: MainWindow, alignment: Alignment) -> None:
    treaty = match(alignment, "m1").a  # a paragraph, with a blank line either side
    select(shown.pane_a, treaty.start - 2, treaty.end + 2)
    assert reader_selection(shown.pane_a) == treaty


def test_blanks_alone_are_no_selection(shown: MainWindow, alignment: Alignment) -> None:
    treaty = match(alignment, "m1").a
    select(shown.pane_a, treaty.end, treaty.end + 2)
    assert reader_selection(shown.pane_a) is None


def test_after_wide_characters_the_selection_is_in_text_offsets(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    pane, doc = wide_dam_pair(ctl, win, qtbot, tmp_path, " on Friday.")
    start = doc.text.index("dam")
    offsets = pane.pointer.offsets
    select(pane, offsets.to_qt(start), offsets.to_qt(start + len("dam")))
    assert reader_selection(pane) == Span(start, start + len("dam"))
