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
    al = shown.alignment()
    assert al is not None
    count = len(al.matches)
    assert shown.statusBar().currentMessage() == (
        f"All {count} matches are hidden by the Matches panel's Show choice: set Show to "
        "All matches to bring them back."
    )


def test_next_match_names_every_filter_that_hides_the_matches(shown: MainWindow) -> None:
    shown.dock.set_show(SHOW_NOTED)
    shown.dock.slider.setValue(100)
    shown.actions_.prev_match.trigger()
    assert "Show choice and Min score: set Show to All matches and click Show all" in (
        shown.statusBar().currentMessage()
    )


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


def test_next_match_names_the_words_no_match_holds(shown: MainWindow) -> None:
    """The filter box, not a kind, Show or Min score, left nothing to step to: the status
    bar names the words typed (the box may be behind another panel)."""
    shown.only_dock.show()
    shown.only_dock.raise_()
    shown.dock.words.edit.setText("parade  ")
    shown.dock.words.flush()
    shown.actions_.next_match.trigger()
    assert shown.linker.current is None
    assert "hidden by the Matches panel's filter words “parade”: press Esc in the filter " in (
        shown.statusBar().currentMessage()
    )
