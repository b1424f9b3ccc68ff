"""The "Quotes" dock: every quotation of both articles, its speaker, whether both quote it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Quoted, Session, Span
from reader.ui.main_window import MainWindow
from reader.ui.quotes_dock import QUOTATION, SHARED, SIDE, SPEAKER, UNNAMED, QuotesModel
from tests.ui import font_fixtures as ff
from tests.ui import session_fixtures as fx

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
app_font, window_at = ff.app_font, ff.window_at


def rows(model: QuotesModel) -> list[tuple[object, ...]]:
    columns = (SIDE, SPEAKER, QUOTATION, SHARED)
    return [tuple(model.index(r, c).data() for c in columns) for r in range(model.rowCount())]


def with_unshared(alignment: Alignment) -> tuple[Alignment, Span]:
    """The alignment with a quotation only B has, said by Kim."""
    text = alignment.b.text
    start = text.index("parade")
    extra = Span(start, start + len("parade"))
    quotes = (*alignment.quotes_b, Quoted(extra, "Kim"))
    return replace(alignment, quotes_b=quotes), extra


def test_rows_list_a_then_b_with_speaker_and_whether_both_quote_it(
    alignment: Alignment,
) -> None:
    model = QuotesModel()
    model.set_alignment(with_unshared(alignment)[0])
    assert rows(model) == [
        ("A", UNNAMED, "\u201cThis is a breakthrough,\u201d", "B"),
        ("B", UNNAMED, "\u201ca breakthrough\u201d", "A"),
        ("B", "Kim", "parade", ""),
    ]


def test_filter_keeps_the_quotations_the_other_article_lacks(alignment: Alignment) -> None:
    al, extra = with_unshared(alignment)
    model = QuotesModel()
    model.set_alignment(al)
    model.set_filter(("a", "b"), unshared_only=True)
    assert [model.quotation_at(r) for r in range(model.rowCount())] == [("b", Quoted(extra, "Kim"))]
    model.set_filter(("a",), unshared_only=False)
    assert [r[0] for r in rows(model)] == ["A"]


@pytest.mark.parametrize(("sides", "unshared"), [(("a", "b"), False), (("b",), True), ((), False)])
def test_model_passes_modeltester(
    qtmodeltester: Any, alignment: Alignment, sides: tuple[str, ...], unshared: bool
) -> None:
    model = QuotesModel()
    model.set_filter(sides, unshared)
    model.set_alignment(with_unshared(alignment)[0])
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_modeltester(qtmodeltester: Any) -> None:
    qtmodeltester.check(QuotesModel(), force_py=True)


def test_dock_counts_the_quotations(shown: MainWindow) -> None:
    assert shown.quotes_dock.count_label.text() == "1 quotation in A, 1 in B, 1 quoted in both"


def test_choosing_a_quotation_both_have_selects_their_match(
    shown: MainWindow, qtbot: QtBot
) -> None:
    dock = shown.quotes_dock
    with qtbot.waitSignal(dock.match_selected) as blocker:
        dock.table.selectRow(1)
    assert blocker.args == ["m3"]
    current = shown.current_match()
    assert current is not None and current.id == "m3"


def test_choosing_a_quotation_one_article_has_selects_it_in_its_pane(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    al, extra = with_unshared(alignment)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(al)
    with qtbot.waitSignal(window.quotes_dock.passage_selected) as blocker:
        window.quotes_dock.table.selectRow(2)
    assert blocker.args == ["b", extra]
    assert window.pane("b").selected_span() == extra


def test_copy_puts_the_quotation_under_its_article(shown: MainWindow) -> None:
    dock = shown.quotes_dock
    dock.table.selectRow(0)
    dock.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[:3] == [
        "Quotation",
        "A: Leaders sign a treaty (Test Wire, 2024-06-20)",
        "  \u201cThis is a breakthrough,\u201d",
    ]


def test_dock_sits_in_a_tab_beside_the_others(win: MainWindow) -> None:
    assert win.quotes_dock in win.tabifiedDockWidgets(win.dock)
    assert win.dock_action(win.quotes_dock) in win.actions_.view_menu.actions()


def test_seed_pair_lists_every_quotation_with_speakers(opened: Session, win: MainWindow) -> None:
    al = win.alignment()
    assert al is not None and al.quotes_a and al.quotes_b
    model = win.quotes_dock.model
    assert model.rowCount() == len(al.quotes_a) + len(al.quotes_b)
    speakers = {model.index(r, SPEAKER).data() for r in range(model.rowCount())}
    assert {"Putin", "Kim"} <= speakers


def test_swapping_sides_swaps_the_quotations(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    shown.opener.paths = ("/tmp/a.txt", "/tmp/b.txt")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.actions_.swap.trigger()
    assert shown.quotes_dock.model.quotation_at(0) == ("a", alignment.quotes_b[0])
    assert shown.quotes_dock.count_label.text() == "1 quotation in A, 1 in B, 1 quoted in both"


# -- a filter selects no quotation the reader did not choose


@pytest.fixture
def unshared(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """The window with B's quotation only B has (row 2) chosen in the quotes table."""
    al, _ = with_unshared(alignment)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(al)
    window.quotes_dock.table.selectRow(2)
    return window


def selected_quotations(win: MainWindow) -> list[tuple[str, Quoted] | None]:
    dock = win.quotes_dock
    return [dock.model.quotation_at(i.row()) for i in dock.table.selectionModel().selectedRows()]


def test_a_filter_keeping_the_chosen_quotation_keeps_it_selected(
    unshared: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    _, extra = with_unshared(alignment)
    with qtbot.assertNotEmitted(unshared.quotes_dock.passage_selected):
        unshared.quotes_dock.unshared_box.setChecked(True)
    assert selected_quotations(unshared) == [("b", Quoted(extra, "Kim"))]


def test_a_filter_hiding_the_chosen_quotation_selects_no_other(
    unshared: MainWindow, qtbot: QtBot
) -> None:
    dock = unshared.quotes_dock
    with qtbot.assertNotEmitted(dock.match_selected), qtbot.assertNotEmitted(dock.passage_selected):
        dock.side_boxes["b"].setChecked(False)
    assert selected_quotations(unshared) == []


# -- choosing the chosen quotation again, a larger font


def test_enter_on_the_chosen_quotation_shows_it_again(shown: MainWindow, qtbot: QtBot) -> None:
    dock = shown.quotes_dock
    dock.table.setFocus()
    dock.table.selectRow(0)
    shown.pane("a").browser.verticalScrollBar().setValue(0)
    with qtbot.waitSignal(dock.match_selected) as blocker:
        QTest.keyClick(dock.table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == ["m3"]
    assert shown.pane("a").browser.verticalScrollBar().value() > 0


@pytest.mark.parametrize("column", [SIDE, SHARED])
def test_a_larger_font_widens_the_short_columns_to_their_titles(
    window_at: Callable[[int, int], MainWindow], column: int
) -> None:
    head = window_at(20, 1200).quotes_dock.table.horizontalHeader()
    title = str(head.model().headerData(column, Qt.Orientation.Horizontal))
    assert head.sectionSize(column) > head.fontMetrics().horizontalAdvance(title)
