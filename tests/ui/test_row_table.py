"""Tests of reader/ui/row_table.py: a change of the model selects no row the reader did not
choose, and keeps (or brings back) the one they did."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStringListModel
from pytestqt.qtbot import QtBot

from reader.ui.row_table import RowTable, row_table

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon"]


@pytest.fixture
def words() -> QStringListModel:
    return QStringListModel(WORDS)


@pytest.fixture
def table(qtbot: QtBot, words: QStringListModel) -> Iterator[RowTable]:
    """A shown table of five words, each row known by its word; "gamma" chosen."""
    view = row_table(words)
    qtbot.addWidget(view)
    view.keep_rows(lambda row: words.index(row, 0).data())
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(2)
    yield view


def selected(view: RowTable) -> list[str]:
    return [str(i.data()) for i in view.selectionModel().selectedRows()]


def test_removing_the_chosen_row_selects_no_other(table: RowTable, words: QStringListModel) -> None:
    words.removeRows(2, 1)
    assert (selected(table), table.currentIndex().isValid()) == ([], False)


def test_removing_the_chosen_row_is_no_choice(
    qtbot: QtBot, table: RowTable, words: QStringListModel
) -> None:
    with qtbot.assertNotEmitted(table.selection_chosen):
        words.removeRows(1, 3)


def test_removing_other_rows_keeps_the_chosen_row_selected(
    table: RowTable, words: QStringListModel
) -> None:
    words.removeRows(0, 2)
    assert selected(table) == ["gamma"]


def test_a_reset_keeping_the_chosen_row_selects_it_again(
    qtbot: QtBot, table: RowTable, words: QStringListModel
) -> None:
    with qtbot.assertNotEmitted(table.selection_chosen):
        words.setStringList(["gamma", "alpha"])
    assert selected(table) == ["gamma"]


def test_a_reset_without_the_chosen_row_selects_nothing(
    table: RowTable, words: QStringListModel
) -> None:
    words.setStringList(["alpha", "beta"])
    assert selected(table) == []


def test_the_chosen_row_removed_and_brought_back_is_selected_again(
    table: RowTable, words: QStringListModel
) -> None:
    words.removeRows(2, 1)
    words.setStringList(WORDS)  # as a filter lets the row through again
    assert selected(table) == ["gamma"]


def test_choosing_a_row_is_signalled(qtbot: QtBot, table: RowTable) -> None:
    with qtbot.waitSignal(table.selection_chosen):
        table.selectRow(4)
    assert selected(table) == ["epsilon"]


def test_a_row_cleared_by_the_reader_is_not_brought_back(
    table: RowTable, words: QStringListModel
) -> None:
    table.selectionModel().clearSelection()
    words.setStringList(WORDS)
    assert selected(table) == []
