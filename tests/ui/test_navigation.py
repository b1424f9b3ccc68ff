"""Go > Next match / Previous match when there is nothing to step to."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_NOTED


def test_next_match_says_why_when_the_filters_hide_every_match(shown: MainWindow) -> None:
    shown.dock.set_show(SHOW_NOTED)  # no note yet
    shown.actions_.next_match.trigger()
    assert shown.linker.current is None
    assert "filter" in shown.statusBar().currentMessage()


def test_next_match_says_so_when_the_articles_share_nothing(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=(), discrepancies=()))
    window.actions_.prev_match.trigger()
    assert "No match" in window.statusBar().currentMessage()


def test_next_discrepancy_says_what_the_articles_disagree_on(shown: MainWindow) -> None:
    shown.actions_.next_discrepancy.trigger()
    assert shown.linker.current == "m1"
    assert "June 18 vs June 19" in shown.statusBar().currentMessage()
