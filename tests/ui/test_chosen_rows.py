"""Tests of reader/ui/chosen_rows.py: several rows chosen in a table stay chosen through a
change of its model, the cursor on its row (the Notes and Matches panels on the real
window: tests/ui/test_notes_several.py, tests/ui/test_matches_dock.py)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QStringListModel
from PySide6.QtWidgets import QAbstractItemView

from reader.ui.chosen_rows import row_runs
from reader.ui.row_table import RowTable
from tests.ui import test_row_table as rt

WORDS = rt.WORDS

words, table = rt.words, rt.table  # five words, each row known by its word


def selected(view: RowTable) -> list[str]:
    return sorted(str(i.data()) for i in view.selectionModel().selectedRows())


def choose(view: RowTable, rows: list[int], cursor: int) -> None:
    """Choose ``rows`` as the reader would (Ctrl+click each), the cursor on ``cursor``."""
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().clearSelection()
    for row in [*(r for r in rows if r != cursor), cursor]:
        index = view.model().index(row, 0)
        view.selectionModel().setCurrentIndex(index, flags.Select | flags.Rows)


def cursor_word(view: RowTable) -> str | None:
    current = view.currentIndex()
    return str(current.data()) if current.isValid() else None


def test_a_reset_keeping_several_chosen_rows_selects_them_all_again(
    table: RowTable, words: QStringListModel
) -> None:
    choose(table, [1, 3], cursor=3)
    words.setStringList(["delta", "alpha", "beta"])
    assert (sorted(selected(table)), cursor_word(table)) == (["beta", "delta"], "delta")


def test_the_row_at_the_cursor_taken_out_leaves_the_others_chosen(
    table: RowTable, words: QStringListModel
) -> None:
    choose(table, [1, 3], cursor=3)
    words.removeRows(3, 1)
    assert (selected(table), cursor_word(table)) == (["beta"], "beta")


def test_chosen_rows_brought_back_are_chosen_again_the_cursor_on_its_row(
    table: RowTable, words: QStringListModel
) -> None:
    choose(table, [0, 1, 3], cursor=1)
    words.removeRows(1, 3)  # beta, gamma, delta
    words.setStringList(WORDS)
    assert (selected(table), cursor_word(table)) == (["alpha", "beta", "delta"], "beta")


def test_rows_carried_to_new_keys_are_chosen_again(
    table: RowTable, words: QStringListModel
) -> None:
    choose(table, [1, 3], cursor=3)
    with table.model_change():
        table.carry_rows(lambda word: str(word).upper())
        words.setStringList([w.upper() for w in WORDS])
    assert (selected(table), cursor_word(table)) == (["BETA", "DELTA"], "DELTA")


def test_rows_forgotten_are_not_chosen_again(table: RowTable, words: QStringListModel) -> None:
    choose(table, [1, 3], cursor=3)
    with table.model_change():
        table.carry_rows(None)
        words.setStringList(WORDS)
    assert selected(table) == []


def test_row_runs_joins_neighbours() -> None:
    assert row_runs([0, 1, 2, 5, 7, 8]) == [(0, 2), (5, 5), (7, 8)]
