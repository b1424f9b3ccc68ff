"""What a pane lays over its text (reader.ui.pane_selections) belongs to the text it was
laid on: another text shown in the pane starts with nothing selected or marked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def show_again(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(alignment)


def test_another_text_ends_the_place_to_look(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    pane = shown.pane_b
    pane.selections.show_near(Span(0, 12))
    assert len(pane.browser.extraSelections()) == 1
    show_again(shown, alignment, qtbot)
    assert pane.selections.near_span() is None
    assert pane.browser.extraSelections() == []


def test_another_text_has_no_selected_passage(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    shown.select_match(m1.id)
    assert shown.pane_a.selected_span() == m1.a
    # A's text another (the same articles matched again keep the chosen match chosen:
    # reader.ui.chosen_kept)
    other_a = replace(alignment.a, text=alignment.a.text + "\n", content_hash="")
    show_again(shown, replace(alignment, a=other_a), qtbot)
    assert shown.pane_a.selected_span() is None
    assert shown.pane_a.browser.extraSelections() == []
