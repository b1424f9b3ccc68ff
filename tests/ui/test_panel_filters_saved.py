"""The Only in one, Quotes and Notes panels' filters are part of the session, as the
Matches panel's are (reader/ui/panel_filters.py, saved_state.py, left_view.py): saved
and brought back, a change to them marks a saved session modified and is named in the
question before it goes, the autosave, a restore and a kept copy keep them, and a file
without them opens with every row listed. So is the order of the Matches, Quotes and
Notes tables, and a file without it opens in reading order."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session
from reader.ui import panel_filters
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import KIND, SCORE
from reader.ui.notes_model import TAGS
from reader.ui.quotes_model import SPEAKER
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_alignment
from tests.ui import session_fixtures as fx
from tests.ui import test_unsaved_changes as unsaved
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, settle, written
from tests.ui.test_session_controller import crashed_run, first_claim, restarted
from tests.ui.test_unsaved_changes import (
    Asked,
    add_note,
    current,
    move_min_score,
    other_pair_shown,
)

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win
asked, saved, other_pair = unsaved.asked, unsaved.saved, unsaved.other_pair


@dataclass(frozen=True)
class PanelFilter:
    """A filter a reader sets in one panel, how the window shows it set, and what the
    question before unsaved work goes says of it."""

    set_on: Callable[[MainWindow], object]
    is_set: Callable[[MainWindow], bool]
    said: str


def notes_filter(w: MainWindow) -> str:
    return w.session_controller.dock.filter.text()


FILTERS = {
    "only in A": PanelFilter(
        lambda w: w.only_dock.side_boxes["a"].setChecked(False),
        lambda w: not w.only_dock.side_boxes["a"].isChecked(),
        "the Only in one panel's filters changed (Only in A unticked)",
    ),
    "quotes in B": PanelFilter(
        lambda w: w.quotes_dock.side_boxes["b"].setChecked(False),
        lambda w: not w.quotes_dock.side_boxes["b"].isChecked(),
        "the Quotes panel's filters changed (In B unticked)",
    ),
    "quotes unshared": PanelFilter(
        lambda w: w.quotes_dock.unshared_box.setChecked(True),
        lambda w: w.quotes_dock.unshared_box.isChecked(),
        "the Quotes panel's filters changed (Only those the other lacks ticked)",
    ),
    "quoted terms": PanelFilter(
        lambda w: w.quotes_dock.terms_box.setChecked(False),
        lambda w: not w.quotes_dock.terms_box.isChecked(),
        "the Quotes panel's filters changed (Terms unticked)",
    ),
    "notes words": PanelFilter(
        lambda w: w.session_controller.dock.filter.setText("  pledge "),
        lambda w: notes_filter(w).strip() == "pledge",
        "the Notes panel's filter changed (filter words “pledge”)",
    ),
}


@pytest.fixture(params=list(FILTERS))
def panel(request: pytest.FixtureRequest) -> PanelFilter:
    chosen = FILTERS[request.param]
    assert isinstance(chosen, PanelFilter)
    return chosen


def every_row_listed(w: MainWindow) -> bool:
    """No panel but Matches hides a row: the filters of a pair just opened."""
    return not any(f.is_set(w) for f in FILTERS.values())


def settled(c: SessionController, qtbot: QtBot) -> None:
    """A filter change read, once it settles."""
    qtbot.waitUntil(lambda: not c.saved.timer.isActive())


def reopened(c: SessionController, qtbot: QtBot, path: Path, other: tuple[str, str]) -> None:
    """Another pair shown, then the session in ``path`` opened again."""
    other_pair_shown(c, qtbot, other)
    assert c.open_session(path)
    settle(qtbot, c)
    settled(c, qtbot)


# -- saved, opened, marked -------------------------------------------------------------------


@pytest.fixture
def filter_saved(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, panel: PanelFilter
) -> Path:
    """The panel's filter set and the session saved with it: the file."""
    panel.set_on(win)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    return saved


def test_a_filter_saved_comes_back_when_the_session_opens(
    ctl: SessionController,
    win: MainWindow,
    filter_saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    panel: PanelFilter,
) -> None:
    reopened(ctl, qtbot, filter_saved, other_pair)
    assert panel.is_set(win)
    assert not ctl.is_modified() and not win.isWindowModified()


def test_another_pair_lists_every_row_again(
    ctl: SessionController,
    win: MainWindow,
    filter_saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    other_pair_shown(ctl, qtbot, other_pair)
    assert every_row_listed(win) and not ctl.is_modified()


def test_closing_after_a_filter_change_names_it(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, panel: PanelFilter
) -> None:
    panel.set_on(win)
    win.close()
    assert win.isVisible(), "Cancel keeps the window"
    assert asked.detail().startswith(f"Not saved yet: {panel.said}, on ")


def test_a_filter_put_back_leaves_the_session_as_saved(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    box = win.quotes_dock.terms_box
    box.setChecked(False)
    settled(ctl, qtbot)
    box.setChecked(True)
    settled(ctl, qtbot)
    assert not ctl.is_modified() and not win.isWindowModified()


def test_blanks_typed_around_the_notes_filter_change_nothing(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    ctl.dock.filter.setText("   ")
    settled(ctl, qtbot)
    assert not ctl.is_modified()


def test_save_on_the_question_keeps_the_filters_in_the_file(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    win.only_dock.side_boxes["b"].setChecked(False)
    win.quotes_dock.unshared_box.setChecked(True)
    ctl.dock.filter.setText("pledge")
    asked.answer = "save"
    win.close()
    assert not win.isVisible()
    view = load_session(saved).view
    assert (view["only_sides"], view["quotes_unshared"], view["note_words"]) == (
        "a",
        True,
        "pledge",
    )


def test_a_swap_keeps_the_saved_session_unmodified(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    """The boxes go with their articles as the sides are swapped: the session's filters
    are the same, and a save writes Only in B unticked as Only in A of the swapped pair."""
    win.only_dock.side_boxes["b"].setChecked(False)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    before = current(ctl)
    win.swap_sides()
    qtbot.waitUntil(lambda: current(ctl) is not before)
    settle(qtbot, ctl)
    settled(ctl, qtbot)
    assert not win.only_dock.side_boxes["a"].isChecked()
    assert not ctl.is_modified()
    assert not ctl.autosaver.timer.isActive(), "nothing to autosave"
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    assert load_session(saved).view["only_sides"] == "b"


# -- older files, unknown fields ----------------------------------------------------------


def without_panel_filters(path: Path) -> None:
    """``path`` as a Crossread from before these filters wrote it, with a view setting
    of its own besides."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in panel_filters.PANEL_FILTERS:
        data["view"].pop(key)
    data["view"]["panel_colour"] = "amber"  # a later version's
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_file_without_them_opens_with_every_row_listed(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, panel: PanelFilter
) -> None:
    """Opened over the same pair filtered on screen: its rows are all listed, unmodified."""
    without_panel_filters(saved)
    panel.set_on(win)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    settled(ctl, qtbot)
    assert every_row_listed(win)
    assert not ctl.is_modified()


def test_a_view_setting_of_another_version_is_saved_again(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    without_panel_filters(saved)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    win.quotes_dock.terms_box.setChecked(False)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    view = load_session(saved).view
    assert view["panel_colour"] == "amber" and view["quote_terms"] is False


# -- autosave, restore, kept copies ---------------------------------------------------------


def test_the_autosave_records_the_filters(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        win.quotes_dock.side_boxes["a"].setChecked(False)
        settled(ctl, qtbot)
    assert load_session(sig.args[0]).view["quote_sides"] == "b"


def test_a_restore_after_a_crash_brings_back_the_filters(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    filtered = lost.with_view(only_sides="b", quote_terms=False, note_words="unsaved")
    crashed_run(data_folder, filtered)
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    settle(qtbot, c)
    assert not w.only_dock.side_boxes["a"].isChecked() and w.only_dock.side_boxes["b"].isChecked()
    assert not w.quotes_dock.terms_box.isChecked()
    assert c.dock.filter.text() == "unsaved" and c.dock.proxy.rowCount() == 1
    check_closed(w)


@pytest.fixture
def kept(
    ctl: SessionController, win: MainWindow, opened: Session, qtbot: QtBot, data_folder: Path
) -> Path:
    """A note never saved and a filter in each panel, then another pair shown without a
    question (as a pair named on the command line is): the copy kept of that work."""
    add_note(ctl, "kept with its filters")
    for each in FILTERS.values():
        each.set_on(win)
    for table in ORDERS.values():
        table.sort(win)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.show_alignment(sample_alignment())
    written(qtbot, ctl)
    (copy,) = kept_copy_files(data_folder)
    return copy


def test_a_kept_copy_keeps_the_filters(kept: Path) -> None:
    view = load_session(kept).view
    assert {key: view[key] for key in panel_filters.PANEL_FILTERS} == {
        "only_sides": "b",
        "quote_sides": "a",
        "quotes_unshared": True,
        "quote_terms": False,
        "note_words": "  pledge ",
        "match_order": "Kind, descending",
        "quote_order": "Speaker, descending",
        "note_order": "Tags, ascending",
    }


def test_a_kept_copy_opens_with_its_filters(
    ctl: SessionController, win: MainWindow, kept: Path, qtbot: QtBot
) -> None:
    assert every_row_listed(win)
    assert ctl.open_session(kept, recovered=True)
    settle(qtbot, ctl)
    assert all(f.is_set(win) for f in FILTERS.values())


def test_a_kept_copy_of_a_session_opened_over_it_keeps_the_filters(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    tmp_path: Path,
    data_folder: Path,
) -> None:
    """Another session opened over unsaved work: the copy has the filters on screen."""
    other = tmp_path / "other.crossread"
    assert ctl.saving.save_to(str(other))
    written(qtbot, ctl)
    add_note(ctl)
    win.quotes_dock.side_boxes["b"].setChecked(False)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    written(qtbot, ctl)
    (copy,) = kept_copy_files(data_folder)
    assert load_session(copy).view["quote_sides"] == "a"


def test_a_note_finished_on_a_pair_replaced_is_kept_with_its_filters(
    ctl: SessionController,
    win: MainWindow,
    opened: Session,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    data_folder: Path,
) -> None:
    win.only_dock.side_boxes["a"].setChecked(False)
    ctl.add_note(first_claim(opened))
    dialog = ctl.dock.dialog
    assert dialog is not None
    other_pair_shown(ctl, qtbot, other_pair)
    dialog.text_edit.setPlainText("written after the pair went")
    dialog.accept()
    written(qtbot, ctl)
    (copy,) = kept_copy_files(data_folder)
    assert load_session(copy).view["only_sides"] == "b"


# -- the order of the Matches, Quotes and Notes tables ---------------------------------------


@dataclass(frozen=True)
class TableOrder:
    """A panel's table, the column a reader sorts it by and which way, and the order as
    the view keeps it ("Speaker, descending")."""

    table: Callable[[MainWindow], QTableView]
    column: int
    way: Qt.SortOrder
    key: str
    saved_as: str
    panel: str

    def sort(self, w: MainWindow) -> None:
        self.table(w).sortByColumn(self.column, self.way)

    def shown(self, w: MainWindow) -> tuple[int, Qt.SortOrder]:
        head = self.table(w).horizontalHeader()
        return head.sortIndicatorSection(), head.sortIndicatorOrder()


ORDERS = {
    "matches": TableOrder(
        lambda w: w.dock.table,
        KIND,
        Qt.SortOrder.DescendingOrder,
        "match_order",
        "Kind, descending",
        "Matches",
    ),
    "quotes": TableOrder(
        lambda w: w.quotes_dock.table,
        SPEAKER,
        Qt.SortOrder.DescendingOrder,
        "quote_order",
        "Speaker, descending",
        "Quotes",
    ),
    "notes": TableOrder(
        lambda w: w.session_controller.dock.table,
        TAGS,
        Qt.SortOrder.AscendingOrder,
        "note_order",
        "Tags, ascending",
        "Notes",
    ),
}


@pytest.fixture(params=list(ORDERS))
def order(request: pytest.FixtureRequest) -> TableOrder:
    return ORDERS[request.param]


def test_a_table_sorted_comes_back_sorted(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    order: TableOrder,
) -> None:
    order.sort(win)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    assert load_session(saved).view[order.key] == order.saved_as
    reopened(ctl, qtbot, saved, other_pair)
    assert order.shown(win) == (order.column, order.way)
    assert not ctl.is_modified()


@pytest.fixture(params=[*FILTERS, *ORDERS])
def change(request: pytest.FixtureRequest) -> Callable[[MainWindow], object]:
    """A filter set or a table sorted, in one panel."""
    if request.param in FILTERS:
        return FILTERS[request.param].set_on
    return ORDERS[request.param].sort


def test_a_filter_or_order_changed_on_a_saved_session_marks_it_modified(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    change: Callable[[MainWindow], object],
) -> None:
    change(win)
    settled(ctl, qtbot)
    assert ctl.is_modified() and win.isWindowModified()


def test_sorting_a_saved_session_is_named_in_the_question(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, order: TableOrder
) -> None:
    order.sort(win)
    win.close()
    assert asked.detail().startswith(
        f"Not saved yet: the {order.panel} panel's order changed (sorted by {order.saved_as}), on "
    )


def test_the_matches_order_is_named_after_their_filters(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked, qtbot: QtBot
) -> None:
    move_min_score(ctl, qtbot)
    ORDERS["matches"].sort(win)
    win.close()
    assert asked.detail().startswith(
        "Not saved yet: the Matches panel's filters changed (Min score 0.80) and the Matches"
        " panel's order changed (sorted by Kind, descending), on "
    )


def test_a_table_put_back_in_reading_order_leaves_the_session_as_saved(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, order: TableOrder
) -> None:
    order.sort(win)
    settled(ctl, qtbot)
    order.table(win).sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    settled(ctl, qtbot)
    assert not ctl.is_modified() and not win.isWindowModified()


def test_a_file_without_an_order_opens_in_reading_order(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, order: TableOrder
) -> None:
    without_panel_filters(saved)
    order.sort(win)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    settled(ctl, qtbot)
    assert order.shown(win)[0] == -1
    assert not ctl.is_modified()


def test_the_autosave_records_the_order(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, order: TableOrder
) -> None:
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        order.sort(win)
        settled(ctl, qtbot)
    assert load_session(sig.args[0]).view[order.key] == order.saved_as


def test_a_restore_after_a_crash_brings_back_the_order(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    order: TableOrder,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    crashed_run(data_folder, lost.with_view(**{order.key: order.saved_as}))
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    settle(qtbot, c)
    assert order.shown(w) == (order.column, order.way)
    check_closed(w)


def test_a_kept_copy_opens_in_its_order(
    ctl: SessionController, win: MainWindow, kept: Path, qtbot: QtBot
) -> None:
    for each in ORDERS.values():
        each.table(win).sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert ctl.open_session(kept, recovered=True)
    settle(qtbot, ctl)
    assert all(each.shown(win) == (each.column, each.way) for each in ORDERS.values())


@pytest.fixture
def best_first(ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot) -> Path:
    """The Matches table's Score title clicked once, then the session saved."""
    head = win.dock.table.horizontalHeader()
    middle = head.sectionViewportPosition(SCORE) + head.sectionSize(SCORE) // 2
    QTest.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    settled(ctl, qtbot)
    assert ctl.saving.save_to(str(saved))
    written(qtbot, ctl)
    return saved


def test_a_click_on_score_saves_the_best_matches_first(best_first: Path) -> None:
    """Score's first click sorts the best scores first, as the Matches table does."""
    assert load_session(best_first).view["match_order"] == "Score, descending"


def test_the_matches_come_back_best_first(
    ctl: SessionController,
    win: MainWindow,
    best_first: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    """The rows are sorted again, not only the header's arrow."""
    win.dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    reopened(ctl, qtbot, best_first, other_pair)
    matches = current(ctl).alignment.matches
    ids = win.dock.visible_ids()
    scores = [next(m.score for m in matches if m.id == i) for i in ids]
    assert scores == sorted(scores, reverse=True)
    assert ids != [m.id for m in matches if m.id in ids], "not the aligner's order"
