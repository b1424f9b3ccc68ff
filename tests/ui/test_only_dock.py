"""The "Only in one" dock: passages one article reports and the other does not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Note, Span
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.only_dock import NOTE, PASSAGE, SIDE, OnlyInOneModel, notes_on_passage
from reader.ui.session_controller import SessionController
from tests.analysis.test_passages import AUDIT_PAGE, B_TEXT, BUSES, DEBATE, RAIL, SHOPS
from tests.ui import font_fixtures as ff
from tests.ui import session_fixtures as fx
from tests.ui.font_fixtures import sized

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
app_font, window_at = ff.app_font, ff.window_at


def rows(model: OnlyInOneModel) -> list[tuple[str, str]]:
    return [
        (model.index(r, SIDE).data(), model.index(r, PASSAGE).data())
        for r in range(model.rowCount())
    ]


def test_rows_list_a_then_b_with_the_passage_text(alignment: Alignment) -> None:
    model = OnlyInOneModel()
    model.set_alignment(alignment)
    assert rows(model) == [
        ("A", "Only A mentions the weather, which was hot and humid."),
        ("B", "Only B mentions the parade that followed."),
    ]


def test_side_cell_tooltip_names_the_article(alignment: Alignment) -> None:
    model = OnlyInOneModel()
    model.set_alignment(alignment)
    tip = model.index(0, SIDE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == alignment.a.display_name


def test_sides_keep_one_article(alignment: Alignment) -> None:
    model = OnlyInOneModel()
    model.set_alignment(alignment)
    model.set_sides(("b",))
    assert [side for side, _ in rows(model)] == ["B"]
    model.set_sides(())
    assert rows(model) == []


def test_passages_of_one_article_come_in_reading_order(alignment: Alignment) -> None:
    later, earlier = alignment.only_a[0], Span(0, 10)
    model = OnlyInOneModel()
    model.set_alignment(replace(alignment, only_a=(later, earlier)))
    assert [model.passage_at(r) for r in range(2)] == [("a", earlier), ("a", later)]


@pytest.mark.parametrize("sides", [("a", "b"), ("a",), ()])
def test_model_passes_modeltester(
    qtmodeltester: Any, alignment: Alignment, sides: tuple[str, ...]
) -> None:
    model = OnlyInOneModel()
    model.set_sides(sides)
    model.set_alignment(alignment)
    qtmodeltester.check(model, force_py=True)


def test_empty_model_passes_modeltester(qtmodeltester: Any) -> None:
    qtmodeltester.check(OnlyInOneModel(), force_py=True)


def test_dock_counts_the_passages(shown: MainWindow) -> None:
    assert shown.only_dock.count_label.text() == "1 passage only in A, 1 passage only in B"


def test_choosing_a_row_selects_the_passage_in_its_pane(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    dock = shown.only_dock
    with qtbot.waitSignal(dock.passage_selected) as blocker:
        dock.table.selectRow(1)
    assert blocker.args == ["b", alignment.only_b[0]]
    assert shown.pane("b").selected_span() == alignment.only_b[0]


def test_unticking_an_article_hides_its_rows(shown: MainWindow) -> None:
    shown.only_dock.side_boxes["a"].setChecked(False)
    assert [shown.only_dock.model.passage_at(0)] == [("b", shown.alignment().only_b[0])]  # type: ignore[union-attr]
    assert shown.only_dock.model.rowCount() == 1


def test_seed_pair_lists_every_passage_only_one_article_has(
    opened: Session, win: MainWindow
) -> None:
    al = win.alignment()
    assert al is not None and al.only_a and al.only_b
    assert win.only_dock.model.rowCount() == len(al.only_a) + len(al.only_b)


def test_dock_sits_in_a_tab_beside_the_matches(win: MainWindow) -> None:
    assert win.only_dock in win.tabifiedDockWidgets(win.dock)
    assert win.dock_action(win.only_dock) in win.actions_.view_menu.actions()


def test_add_note_after_choosing_a_passage_targets_that_passage(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    claim = next(m for m in opened.alignment.matches if m.kind == "claim")
    win.select_match(claim.id)
    win.only_dock.table.selectRow(0)
    side, span = win.only_dock.model.passage_at(0)  # type: ignore[misc]
    assert side == "a"
    assert win.current_match() is None
    assert ctl.notes.target() == (None, span, None)


# -- a filter or a new alignment selects no passage the reader did not choose


def selected_passages(win: MainWindow) -> list[tuple[str, Span] | None]:
    table = win.only_dock.table
    return [win.only_dock.model.passage_at(i.row()) for i in table.selectionModel().selectedRows()]


def test_unticking_the_other_article_keeps_the_chosen_passage_selected(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    shown.only_dock.table.selectRow(1)  # B's
    with qtbot.assertNotEmitted(shown.only_dock.passage_selected):
        shown.only_dock.side_boxes["a"].setChecked(False)
    assert selected_passages(shown) == [("b", alignment.only_b[0])]


def test_unticking_the_chosen_passages_article_selects_no_other(
    shown: MainWindow, qtbot: QtBot
) -> None:
    shown.only_dock.table.selectRow(1)
    with qtbot.assertNotEmitted(shown.only_dock.passage_selected):
        shown.only_dock.side_boxes["b"].setChecked(False)
    assert selected_passages(shown) == []


def test_the_same_pair_aligned_again_keeps_the_chosen_passage_selected(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    shown.only_dock.table.selectRow(1)
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(replace(alignment, method="again"))
    assert selected_passages(shown) == [("b", alignment.only_b[0])]


# -- choosing the chosen row again brings its passage back into view


def in_view(win: MainWindow, side: str, span: Span) -> bool:
    pane = win.pane(side)
    top, bottom = pane.span_y(span)
    return top >= 0 and bottom <= pane.browser.viewport().height()


@pytest.fixture
def scrolled_away(shown: MainWindow, alignment: Alignment) -> MainWindow:
    """B's passage (at B's end) chosen, then B scrolled back to its top."""
    shown.only_dock.table.setFocus()
    shown.only_dock.table.selectRow(1)
    assert in_view(shown, "b", alignment.only_b[0])
    shown.pane("b").browser.verticalScrollBar().setValue(0)
    assert not in_view(shown, "b", alignment.only_b[0])
    return shown


def test_enter_brings_the_chosen_passage_back_into_view(
    scrolled_away: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(scrolled_away.only_dock.passage_selected):
        QTest.keyClick(scrolled_away.only_dock.table, Qt.Key.Key_Return)
    assert in_view(scrolled_away, "b", alignment.only_b[0])


def test_a_click_on_the_chosen_row_brings_its_passage_back_into_view(
    scrolled_away: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    table = scrolled_away.only_dock.table
    with qtbot.waitSignal(scrolled_away.only_dock.passage_selected):
        QTest.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(1, PASSAGE)).center(),
        )
    assert in_view(scrolled_away, "b", alignment.only_b[0])


def test_a_click_on_another_row_shows_its_passage_once(shown: MainWindow, qtbot: QtBot) -> None:
    table = shown.only_dock.table
    table.selectRow(0)
    seen: list[object] = []
    shown.only_dock.passage_selected.connect(lambda side, span: seen.append(side))
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(1, PASSAGE)).center(),
    )
    assert seen == ["b"]


# -- a larger desktop font


def test_a_larger_font_widens_the_article_column_to_its_title(
    window_at: Callable[[int, int], MainWindow],
) -> None:
    win = window_at(20, 1200)
    table = win.only_dock.table
    head = table.horizontalHeader()
    assert head.sectionSize(SIDE) > head.fontMetrics().horizontalAdvance("Article")


def test_a_font_changed_while_open_widens_the_article_column(
    shown: MainWindow, app_font: Callable[[int], None], qtbot: QtBot
) -> None:
    app_font(20)
    head = shown.only_dock.table.horizontalHeader()
    qtbot.waitUntil(lambda: head.font().pointSize() == 20)
    assert head.sectionSize(SIDE) > head.fontMetrics().horizontalAdvance("Article")


@pytest.mark.parametrize("name", ["only_dock", "quotes_dock"])
def test_the_counts_at_a_large_font_leave_the_window_as_wide_as_asked(
    window_at: Callable[[int, int], MainWindow], alignment: Alignment, qtbot: QtBot, name: str
) -> None:
    """The count beside the tick boxes wraps rather than widening the window past the
    screen (at 20 points the Quotes tab's made it 1,173 pixels wide for 1,000 asked)."""
    win = window_at(20, 800)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(alignment)
    win.panels.set_open(True)  # closed at first, at 20 points 640 high
    dock = getattr(win, name)
    dock.raise_()
    qtbot.waitUntil(dock.count_label.isVisible)
    sized(win, 800)
    assert dock.count_label.text()
    assert win.width() == 800


@pytest.mark.gui
def test_a_web_page_lists_a_passage_per_paragraph_and_not_its_crosshead(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The audit's page: its <h2> "What it pays for" and the paragraphs about it were
    one row, "The measure passed after three hours of debate. What it pays for Most ..."."""
    (tmp_path / "a.html").write_text(AUDIT_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B_TEXT, encoding="utf-8")
    with qtbot.waitSignal(ctl.session_changed, timeout=fx.ALIGN_TIMEOUT):
        win.open_pair(str(tmp_path / "a.html"), str(tmp_path / "b.txt"))
    fx.settle(qtbot, ctl)
    dock = win.only_dock
    dock.side_boxes["b"].setChecked(False)
    assert rows(dock.model) == [("A", DEBATE), ("A", BUSES), ("A", RAIL), ("A", SHOPS)]
    assert dock.count_label.text() == "4 passages only in A, 0 passages only in B"


# -- the reader's notes on a passage only one article reports


def test_a_note_on_a_passage_or_inside_it_is_on_that_passage() -> None:
    passage = Span(100, 160)
    on, inside = Note.new("on", a=passage), Note.new("inside", a=Span(120, 130))
    elsewhere, other_side = Note.new("far", a=Span(0, 100)), Note.new("B", b=passage)
    found = notes_on_passage([on, inside, elsewhere, other_side], "a", passage)
    assert found == (on, inside)


def test_the_note_cell_shows_each_notes_first_line_and_its_tooltip_the_whole(
    alignment: Alignment,
) -> None:
    model = OnlyInOneModel()
    model.set_alignment(alignment)
    model.set_notes([Note.new("Not in B at all.\nAsk the desk.", b=alignment.only_b[0])])
    assert model.index(0, NOTE).data() == ""
    assert model.index(1, NOTE).data() == "Not in B at all."
    tip = model.index(1, NOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Ask the desk." in tip


def test_a_note_added_on_a_listed_passage_shows_in_its_row(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    side, span = win.only_dock.model.passage_at(0)  # type: ignore[misc]
    ctl.change(opened.add_note(Note.new("only the Korean side says this", a=span)))
    assert side == "a"
    assert win.only_dock.model.index(0, NOTE).data() == "only the Korean side says this"
