"""Swap sides keeps the reader's place (reader/ui/reading_place.py): the chosen match
stays chosen and each article reads on where it was, now on the other side. Both were
lost: nothing chosen, both panes back at their tops."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def swap(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.actions_.swap.trigger()


def tops(window: MainWindow) -> tuple[int, int]:
    return window.pane_a.offset_at_fraction(0.0), window.pane_b.offset_at_fraction(0.0)


@pytest.fixture
def reading(shown: MainWindow) -> MainWindow:
    """The delegates claim (m4, near both articles' ends) chosen, as from the table."""
    shown.select_match("m4")
    assert tops(shown) != (0, 0)
    return shown


def test_the_chosen_match_stays_chosen(reading: MainWindow, qtbot: QtBot) -> None:
    swap(reading, qtbot)
    assert reading.linker.current == "m4"
    assert reading.dock.selected_ids() == ["m4"]


def test_the_chosen_match_stays_selected_in_both_panes(reading: MainWindow, qtbot: QtBot) -> None:
    swap(reading, qtbot)
    al = reading.alignment()
    m4 = al.match_by_id("m4") if al is not None else None
    assert m4 is not None
    assert reading.pane_a.selected_span() == m4.a
    assert reading.pane_b.selected_span() == m4.b


def test_each_article_reads_on_where_it_was(reading: MainWindow, qtbot: QtBot) -> None:
    """Scrolling not synced: each pane's top text is the other pane's before the swap."""
    reading.set_sync_scrolling(False)
    top_a, top_b = tops(reading)
    swap(reading, qtbot)
    new_a, new_b = tops(reading)
    assert abs(new_a - top_b) < 80 and abs(new_b - top_a) < 80


def test_with_synced_scrolling_the_left_article_reads_on_where_it_was(
    reading: MainWindow, qtbot: QtBot
) -> None:
    top_b = tops(reading)[1]
    swap(reading, qtbot)
    assert abs(tops(reading)[0] - top_b) < 80
    assert tops(reading)[1] > 0  # level with it, not back at the top


def test_a_swap_before_anything_is_chosen_chooses_nothing(shown: MainWindow, qtbot: QtBot) -> None:
    swap(shown, qtbot)
    assert shown.linker.current is None
    assert tops(shown) == (0, 0)


def test_the_only_in_one_boxes_follow_their_articles(shown: MainWindow, qtbot: QtBot) -> None:
    """Only in A unticked hides the left article's passages; after the swap that article is
    B, so Only in B is the one unticked and the same passages stay hidden."""
    boxes = shown.only_dock.side_boxes
    boxes["a"].setChecked(False)
    swap(shown, qtbot)
    assert (boxes["a"].isChecked(), boxes["b"].isChecked()) == (True, False)


def test_the_quotes_boxes_follow_their_articles(shown: MainWindow, qtbot: QtBot) -> None:
    boxes = shown.quotes_dock.side_boxes
    boxes["b"].setChecked(False)
    swap(shown, qtbot)
    assert (boxes["a"].isChecked(), boxes["b"].isChecked()) == (False, True)


def listed(window: MainWindow) -> list[str]:
    """The texts of the passages the Only in one panel lists."""
    al, model = window.alignment(), window.only_dock.model
    assert al is not None
    rows = (model.passage_at(r) for r in range(model.row_total()))
    return sorted((al.a if side == "a" else al.b).slice(span) for side, span in filter(None, rows))


def test_the_only_in_one_panel_lists_the_same_passages_after_the_swap(
    shown: MainWindow, qtbot: QtBot
) -> None:
    shown.only_dock.side_boxes["a"].setChecked(False)
    before = listed(shown)
    swap(shown, qtbot)
    assert listed(shown) == before
