"""The matches dock: its Differs and Note columns, and the "Show" choice built on them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.model import Alignment, MatchKind, Note, Span
from reader.model.session import Session
from reader.ui import matches_model as mm
from reader.ui import view_state
from reader.ui.main_window import MainWindow
from reader.ui.matches_dock import MatchesDock
from reader.ui.matches_filter import MatchesFilterModel
from reader.ui.matches_model import MatchesTableModel
from reader.ui.navigation import NO_DISCREPANCY
from reader.ui.session_controller import SessionController
from tests.election_pages import election_alignment
from tests.surge_pair import SURGE, surge_alignment
from tests.ui import session_fixtures as fx

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
DIFFERS, NOTE, MATCH_ID_ROLE = mm.DIFFERS, mm.NOTE, mm.MATCH_ID_ROLE
SHOW_ALL, SHOW_DIFFERS, SHOW_NOTED = mm.SHOW_ALL, mm.SHOW_DIFFERS, mm.SHOW_NOTED
CTRL, NO_KEYS = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def models(alignment: Alignment) -> tuple[MatchesTableModel, MatchesFilterModel]:
    model = MatchesTableModel()
    proxy = MatchesFilterModel()
    proxy.setSourceModel(model)
    model.set_alignment(alignment)
    return model, proxy


def cell(
    model: MatchesTableModel,
    match_id: str,
    column: int,
    role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole,
) -> Any:
    return model.index(model.row_of(match_id), column).data(role)


def shown_ids(proxy: MatchesFilterModel) -> list[str]:
    return [proxy.index(r, 0).data(MATCH_ID_ROLE) for r in range(proxy.rowCount())]


TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


def test_differs_cell_tells_what_the_passages_disagree_on(models: Any) -> None:
    model, _ = models
    assert cell(model, "m1", DIFFERS) == "June 18 vs June 19"
    assert cell(model, "m2", DIFFERS) == ""


def test_differs_cell_names_what_both_articles_figures_count(data_dir: Path) -> None:
    election = election_alignment(data_dir, "lexical")
    model = MatchesTableModel()
    model.set_alignment(election)
    seats = next(d.match for d in election.discrepancies if d.detail == "87 vs 85")
    assert cell(model, seats, DIFFERS) == "87 vs 85 seats"


def test_differs_cell_tells_two_measures_each_with_its_unit(data_dir: Path, tmp_path: Path) -> None:
    surge = surge_alignment(data_dir, tmp_path)
    model = MatchesTableModel()
    model.set_alignment(surge)
    match = next(d.match for d in surge.discrepancies if "feet" in d.detail)
    assert cell(model, match, DIFFERS) == SURGE


def test_differs_cell_is_tinted_only_when_something_differs(models: Any) -> None:
    model, _ = models
    assert cell(model, "m1", DIFFERS, BACKGROUND) is not None
    assert cell(model, "m2", DIFFERS, BACKGROUND) is None


def test_note_cell_shows_each_note_on_the_match_in_one_line(models: Any) -> None:
    model, _ = models
    model.set_notes(
        (
            Note.new("Check the date\nAP says the 19th", match_id="m1"),
            Note.new("", ("agrees",), match_id="m1"),
            Note.new("on a passage only", a=Span(0, 5)),
        )
    )
    assert cell(model, "m1", NOTE) == "Check the date · agrees"
    assert cell(model, "m2", NOTE) == ""


def test_note_tooltip_gives_the_whole_note_with_its_tags(models: Any) -> None:
    model, _ = models
    model.set_notes((Note.new("Check the date\nAP says the 19th", ("disputed",), match_id="m1"),))
    tip = cell(model, "m1", NOTE, TOOLTIP)
    assert tip == "<qt><i>[disputed]</i> Check the date<br>AP says the 19th</qt>"


def test_note_tooltip_shows_markup_in_a_note_as_text(models: Any) -> None:
    model, _ = models
    model.set_notes((Note.new("<b>not bold</b> & co", match_id="m1"),))
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; co" in cell(model, "m1", NOTE, TOOLTIP)
    assert cell(model, "m2", NOTE, TOOLTIP) is None


def test_changed_notes_repaint_the_note_column(models: Any, qtbot: QtBot) -> None:
    model, _ = models
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_notes((Note.new("new", match_id="m4"),))
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.column() == bottom.column() == NOTE
    assert cell(model, "m4", NOTE) == "new"


def test_sorting_by_note_puts_noted_matches_first(models: Any) -> None:
    model, proxy = models
    model.set_notes((Note.new("b note", match_id="m4"), Note.new("a note", match_id="m2")))
    proxy.sort(NOTE)
    assert shown_ids(proxy)[:2] == ["m2", "m4"]


def test_sorted_by_note_the_rows_follow_a_new_note(models: Any) -> None:
    model, proxy = models
    proxy.sort(NOTE)
    model.set_notes((Note.new("late", match_id="m6"),))
    assert shown_ids(proxy)[0] == "m6"


def test_show_with_a_discrepancy_keeps_only_those(models: Any) -> None:
    _, proxy = models
    proxy.set_show(SHOW_DIFFERS)
    assert shown_ids(proxy) == ["m1"]
    proxy.set_show(SHOW_ALL)
    assert len(shown_ids(proxy)) == 6


def test_show_with_a_note_follows_the_notes(models: Any) -> None:
    model, proxy = models
    proxy.set_show(SHOW_NOTED)
    assert shown_ids(proxy) == []
    model.set_notes((Note.new("look", match_id="m3"),))
    assert shown_ids(proxy) == ["m3"]
    model.set_notes(())
    assert shown_ids(proxy) == []


def test_show_choice_combines_with_kinds(models: Any) -> None:
    model, proxy = models
    model.set_notes((Note.new("x", match_id="m3"), Note.new("y", match_id="m1")))
    proxy.set_show(SHOW_NOTED)
    proxy.set_kinds(["quote"])
    assert shown_ids(proxy) == ["m3"]


def test_models_with_notes_pass_modeltester(qtmodeltester: Any, models: Any) -> None:
    model, proxy = models
    model.set_notes((Note.new("x", match_id="m3"),))
    qtmodeltester.check(model, force_py=True)
    for show in (SHOW_DIFFERS, SHOW_NOTED):
        proxy.set_show(show)
        qtmodeltester.check(proxy, force_py=True)


def test_next_match_steps_only_through_discrepancies_when_chosen(shown: MainWindow) -> None:
    shown.dock.set_show(SHOW_DIFFERS)
    assert shown.dock.show_box.currentText() == "With a discrepancy"
    shown.navigator.step(1)
    assert shown.current_match() is not None and shown.current_match().id == "m1"  # type: ignore[union-attr]
    shown.navigator.step(1)
    assert shown.current_match().id == "m1"  # type: ignore[union-attr]


def test_a_note_added_in_the_window_shows_in_the_table(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    mid = next(m.id for m in opened.alignment.matches if m.kind == "claim")
    ctl.change(opened.add_note(Note.new("Compare with the KCNA text", match_id=mid)))
    assert cell(win.dock.model, mid, NOTE) == "Compare with the KCNA text"
    win.dock.set_show(SHOW_NOTED)
    assert win.dock.visible_ids() == [mid]


def test_the_seed_pair_lists_its_date_discrepancy(opened: Session, win: MainWindow) -> None:
    win.dock.set_show(SHOW_DIFFERS)
    ids = win.dock.visible_ids()
    assert ids, "the June 18 / June 19 photo dates should be listed"
    assert all("June" in cell(win.dock.model, mid, DIFFERS) for mid in ids)


def test_show_choice_travels_with_the_view_settings(win: MainWindow) -> None:
    win.dock.set_show(SHOW_NOTED)
    saved = view_state.capture(win)
    win.dock.set_show(SHOW_ALL)
    view_state.apply(win, saved)
    assert saved["show"] == SHOW_NOTED
    assert win.dock.proxy.show_choice() == SHOW_NOTED


def test_next_discrepancy_without_any_says_so(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, discrepancies=()))
    window.actions_.next_discrepancy.trigger()
    assert window.current_match() is None
    assert window.statusBar().currentMessage() == NO_DISCREPANCY


def test_discrepancy_steps_are_in_the_go_menu_with_shortcuts(window: MainWindow) -> None:
    go = next(a for a in window.menuBar().actions() if a.text() == "&Go").menu()
    act = window.actions_
    assert isinstance(go, QMenu)
    assert {act.next_discrepancy, act.prev_discrepancy} <= set(go.actions())
    assert act.next_discrepancy.shortcut().toString() == "Ctrl+F8"


def test_kind_tooltip_names_the_quoted_speaker(models: Any) -> None:
    model, _ = models
    assert cell(model, "m3", mm.KIND, TOOLTIP) == "Quoted speaker: president"
    assert cell(model, "m1", mm.KIND, TOOLTIP) is None


def test_a_name_or_figures_tooltip_shows_the_words_around_it(models: Any) -> None:
    model, _ = models
    assert cell(model, "m5", mm.A_TEXT) == "300"
    tip = cell(model, "m5", mm.A_TEXT, TOOLTIP)
    assert tip == "About 300 delegates attended the ceremony in the…"
    assert cell(model, "m5", mm.B_TEXT, TOOLTIP) == "Some 300 delegates were present in the square."


def test_a_long_passages_tooltip_is_the_passage(models: Any) -> None:
    model, _ = models
    tip = cell(model, "m1", mm.A_TEXT, TOOLTIP)
    assert tip == "The two leaders signed a mutual defence treaty on June 18."


def test_kind_boxes_follow_a_palette_changed_while_open(qtbot: QtBot) -> None:
    """Light to dark while the window is open: the boxes' labels take the new text colour
    (a widget with a style sheet kept the old one)."""
    dock = MatchesDock()
    qtbot.addWidget(dock)
    dock.show()
    old = QApplication.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    try:
        QApplication.setPalette(dark)
        box = dock.kind_boxes["claim"]
        qtbot.waitUntil(
            lambda: box.palette().color(QPalette.ColorRole.WindowText) == QColor("#e0e0e0")
        )
    finally:
        QApplication.setPalette(old)


# -- filtering out the selected row: the rows leaving the table are not the reader's choice


@pytest.fixture
def interleaved(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    """The window showing 40 claims and 40 entities, alternating in the aligner's order
    (rows of one kind leave the table in 40 separate ranges when it is filtered out)."""
    base = {m.kind: m for m in alignment.matches}
    matches = tuple(
        replace(base[kind], id=f"{kind.value}{i}")
        for i in range(40)
        for kind in (MatchKind.CLAIM, MatchKind.ENTITY)
    )
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=matches, discrepancies=()))
    return window


def test_filtering_out_the_selected_kind_selects_no_other_match(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    win = interleaved
    win.select_match("entity20")
    with qtbot.assertNotEmitted(win.dock.match_selected):
        win.dock.kind_boxes["entity"].setChecked(False)
    assert win.current_match() is not None and win.current_match().id == "entity20"  # type: ignore[union-attr]
    assert win.dock.selected_ids() == []


def test_raising_min_score_past_the_selected_match_selects_no_other(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    win = interleaved
    win.select_match("entity20")  # score 0.5; the claims have 0.9
    with qtbot.assertNotEmitted(win.dock.match_selected):
        win.dock.slider.setValue(60)
    assert win.current_match().id == "entity20"  # type: ignore[union-attr]


def test_the_selected_row_stays_selected_when_the_filter_keeps_it(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    win = interleaved
    win.select_match("claim20")
    with qtbot.assertNotEmitted(win.dock.match_selected):
        win.dock.kind_boxes["entity"].setChecked(False)
    assert win.dock.selected_ids() == ["claim20"]


def test_a_row_filtered_out_and_back_is_selected_again(interleaved: MainWindow) -> None:
    win = interleaved
    win.select_match("entity20")
    win.dock.kind_boxes["entity"].setChecked(False)
    win.dock.kind_boxes["entity"].setChecked(True)
    assert win.dock.selected_ids() == ["entity20"]


def click_match(win: MainWindow, match_id: str, keys: Qt.KeyboardModifier = NO_KEYS) -> None:
    """A click on the match's row, with ``keys`` held (Ctrl)."""
    table, proxy = win.dock.table, win.dock.proxy
    row = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(MATCH_ID_ROLE) == match_id
    )
    table.scrollTo(proxy.index(row, 0))
    rect = table.visualRect(proxy.index(row, mm.A_TEXT))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, keys, rect.center())


def cursor_match(win: MainWindow) -> str | None:
    current = win.dock.table.currentIndex()
    return str(current.siblingAtColumn(0).data(MATCH_ID_ROLE)) if current.isValid() else None


def choose_three(win: MainWindow) -> None:
    """claim3, entity5 and claim7 chosen (a click, two Ctrl+clicks), the cursor on claim7."""
    click_match(win, "claim3")
    click_match(win, "entity5", CTRL)
    click_match(win, "claim7", CTRL)


def test_a_filter_hiding_the_row_at_the_cursor_keeps_the_other_chosen_rows(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    win = interleaved
    click_match(win, "claim3")
    click_match(win, "entity5", CTRL)
    click_match(win, "entity7", CTRL)  # the cursor on entity7, the articles' match
    with qtbot.assertNotEmitted(win.dock.match_selected):
        win.dock.kind_boxes["entity"].setChecked(False)
        win.pane_filtering.flush()  # the articles let entity7 go (no pause)
    assert (win.dock.selected_ids(), cursor_match(win)) == (["claim3"], "claim3")


def test_the_articles_match_a_filter_hid_is_not_chosen_again_with_the_others(
    interleaved: MainWindow,
) -> None:
    """As the articles select it no longer (test_pane_filter.py), the list leaves it out
    of the choice; entity5, chosen with it, comes back chosen."""
    win = interleaved
    click_match(win, "claim3")
    click_match(win, "entity5", CTRL)
    click_match(win, "entity7", CTRL)
    win.dock.kind_boxes["entity"].setChecked(False)
    win.pane_filtering.flush()
    win.dock.kind_boxes["entity"].setChecked(True)
    win.pane_filtering.flush()
    assert (win.dock.selected_ids(), win.current_match()) == (["claim3", "entity5"], None)


def test_rows_a_filter_hid_are_chosen_again_when_it_shows_them(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    win = interleaved
    choose_three(win)
    win.dock.kind_boxes["entity"].setChecked(False)
    win.pane_filtering.flush()
    with qtbot.assertNotEmitted(win.dock.match_selected):
        win.dock.kind_boxes["entity"].setChecked(True)
        win.pane_filtering.flush()
    assert win.dock.selected_ids() == ["claim3", "entity5", "claim7"]
    assert (cursor_match(win), win.current_match().id) == ("claim7", "claim7")  # type: ignore[union-attr]


def test_the_chosen_rows_stay_chosen_through_a_swap(interleaved: MainWindow, qtbot: QtBot) -> None:
    win = interleaved
    choose_three(win)
    with qtbot.waitSignal(win.alignment_finished):
        win.swap_sides()
    assert (win.dock.selected_ids(), cursor_match(win)) == (
        ["claim3", "entity5", "claim7"],
        "claim7",
    )


def test_the_chosen_rows_stay_chosen_when_the_pair_is_matched_again(
    interleaved: MainWindow, qtbot: QtBot
) -> None:
    """As after a rejection of another match: the same articles, a match fewer."""
    win = interleaved
    choose_three(win)
    shown = win.alignment()
    assert shown is not None
    fewer = replace(shown, matches=tuple(m for m in shown.matches if m.id != "claim4"))
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(fewer)
    assert (win.dock.selected_ids(), cursor_match(win)) == (
        ["claim3", "entity5", "claim7"],
        "claim7",
    )


def test_another_pair_chooses_no_row_of_the_same_id(
    interleaved: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    win = interleaved
    click_match(win, "claim3")
    click_match(win, "entity5", CTRL)
    shown = win.alignment()
    assert shown is not None
    other = replace(alignment.a, text=alignment.a.text + " Another article.", content_hash="")
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(replace(shown, a=other))
    assert win.dock.selected_ids() == []


def test_a_larger_font_widens_the_score_column_to_its_header(shown: MainWindow) -> None:
    font = shown.dock.font()
    font.setPointSize(16)
    shown.dock.setFont(font)
    head = shown.dock.table.horizontalHeader()
    title = str(shown.dock.table.model().headerData(1, Qt.Orientation.Horizontal))
    assert head.sectionSize(1) >= head.fontMetrics().horizontalAdvance(title)


@pytest.mark.parametrize("points", [10, 12, 16, 18])
@pytest.mark.parametrize("width", [1024, 1400])
def test_the_passages_keep_most_of_the_row_at_any_font(
    shown: MainWindow, qtbot: QtBot, points: int, width: int
) -> None:
    """At 16 points, Differs and Note in characters of the font took two thirds of a
    1024-pixel row, leaving A and B text some 80 pixels each."""
    shown.resize(width, 800)
    font = shown.dock.font()
    font.setPointSize(points)
    shown.dock.setFont(font)
    table = shown.dock.table
    head = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() >= width - 60)
    size = {column: head.sectionSize(column) for column in range(6)}
    row = table.viewport().width() - size[mm.KIND] - size[mm.SCORE]
    passages = size[mm.A_TEXT] + size[mm.B_TEXT]
    assert passages >= 0.6 * row - 2, size
    assert min(size[mm.A_TEXT], size[mm.B_TEXT]) >= max(size[DIFFERS], size[NOTE]), size
    for column in (DIFFERS, NOTE):  # never narrower than their titles
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert size[column] >= head.fontMetrics().horizontalAdvance(title), size


def test_differs_shows_two_dates_whole_in_a_wide_window(shown: MainWindow, qtbot: QtBot) -> None:
    """The commonest disagreement, two dates with their years, was cut to "June 18, 2024
    vs June 19, 2..." even in a window 1,400 pixels wide: the year that differs was lost."""
    shown.resize(1400, 900)
    table = shown.dock.table
    qtbot.waitUntil(lambda: table.viewport().width() >= 1300)
    fm = table.fontMetrics()
    needed = fm.horizontalAdvance("June 18, 2024 vs June 19, 2024") + fm.horizontalAdvance("MM")
    assert table.horizontalHeader().sectionSize(DIFFERS) >= needed


def test_a_column_the_reader_widened_keeps_its_width(shown: MainWindow, qtbot: QtBot) -> None:
    head = shown.dock.table.horizontalHeader()
    head.resizeSection(DIFFERS, 400)
    shown.resize(1024, 800)
    qtbot.waitUntil(lambda: shown.dock.table.viewport().width() < 1100)
    assert head.sectionSize(DIFFERS) == 400


def test_min_score_keeps_a_match_whose_score_reads_as_that_minimum(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """The Score column reads 0.87 for a score of 0.8684: Min score 0.87 keeps that row
    (the reader compares the figures shown, not the hidden digits)."""
    matches = tuple(replace(m, score=0.8684) if m.id == "m1" else m for m in alignment.matches)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=matches))
    dock = window.dock
    assert cell(dock.model, "m1", mm.SCORE) == "0.87"
    dock.slider.setValue(87)
    assert dock.score_label.text() == "0.87"
    assert "m1" in shown_ids(dock.proxy)
