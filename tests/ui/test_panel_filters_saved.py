"""The Only in one, Quotes and Notes panels' filters are part of the session, as the
Matches panel's are (reader/ui/panel_filters.py, saved_state.py, left_view.py): saved
and brought back, a change to them marks a saved session modified and is named in the
question before it goes, the autosave, a restore and a kept copy keep them, and a file
without them opens with every row listed."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session
from reader.ui import panel_filters
from reader.ui.main_window import MainWindow
from reader.ui.notes_model import TAGS
from reader.ui.quotes_model import SPEAKER
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_alignment
from tests.ui import session_fixtures as fx
from tests.ui import test_unsaved_changes as unsaved
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, settle, written
from tests.ui.test_session_controller import crashed_run, first_claim, restarted
from tests.ui.test_unsaved_changes import Asked, add_note, current, other_pair_shown

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


def test_a_filter_saved_comes_back_when_the_session_opens(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    panel: PanelFilter,
) -> None:
    panel.set_on(win)
    assert ctl.files.save_to(str(saved))
    written(qtbot, ctl)
    reopened(ctl, qtbot, saved, other_pair)
    assert panel.is_set(win)
    assert not ctl.is_modified() and not win.isWindowModified()


def test_another_pair_lists_every_row_again(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
    panel: PanelFilter,
) -> None:
    panel.set_on(win)
    assert ctl.files.save_to(str(saved))
    written(qtbot, ctl)
    other_pair_shown(ctl, qtbot, other_pair)
    assert every_row_listed(win) and not ctl.is_modified()


def test_a_filter_changed_on_a_saved_session_marks_it_modified(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot, panel: PanelFilter
) -> None:
    panel.set_on(win)
    settled(ctl, qtbot)
    assert ctl.is_modified() and win.isWindowModified()


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
    assert ctl.files.save_to(str(saved))
    written(qtbot, ctl)
    before = current(ctl)
    win.swap_sides()
    qtbot.waitUntil(lambda: current(ctl) is not before)
    settle(qtbot, ctl)
    settled(ctl, qtbot)
    assert not win.only_dock.side_boxes["a"].isChecked()
    assert not ctl.is_modified()
    assert not ctl.autosaver.timer.isActive(), "nothing to autosave"
    assert ctl.files.save_to(str(saved))
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
    assert ctl.files.save_to(str(saved))
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
        "quote_order": "",
        "note_order": "",
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
    assert ctl.files.save_to(str(other))
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


# -- the order of the Quotes and Notes tables ------------------------------------------------


def test_a_table_sorted_comes_back_sorted(
    ctl: SessionController,
    win: MainWindow,
    saved: Path,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    win.quotes_dock.table.sortByColumn(SPEAKER, Qt.SortOrder.DescendingOrder)
    ctl.dock.table.sortByColumn(TAGS, Qt.SortOrder.AscendingOrder)
    assert ctl.files.save_to(str(saved))
    written(qtbot, ctl)
    assert load_session(saved).view["quote_order"] == "Speaker, descending"
    reopened(ctl, qtbot, saved, other_pair)
    quotes = win.quotes_dock.table.horizontalHeader()
    assert (quotes.sortIndicatorSection(), quotes.sortIndicatorOrder()) == (
        SPEAKER,
        Qt.SortOrder.DescendingOrder,
    )
    assert ctl.dock.table.horizontalHeader().sortIndicatorSection() == TAGS
    assert not ctl.is_modified()


def test_sorting_a_saved_session_is_named_in_the_question(
    ctl: SessionController, win: MainWindow, saved: Path, asked: Asked
) -> None:
    win.quotes_dock.table.sortByColumn(SPEAKER, Qt.SortOrder.AscendingOrder)
    win.close()
    assert asked.detail().startswith(
        "Not saved yet: the Quotes panel's order changed (sorted by Speaker, ascending), on "
    )


def test_a_file_without_an_order_opens_in_reading_order(
    ctl: SessionController, win: MainWindow, saved: Path, qtbot: QtBot
) -> None:
    without_panel_filters(saved)
    win.quotes_dock.table.sortByColumn(SPEAKER, Qt.SortOrder.AscendingOrder)
    assert ctl.open_session(saved)
    settle(qtbot, ctl)
    settled(ctl, qtbot)
    assert win.quotes_dock.table.horizontalHeader().sortIndicatorSection() == -1
    assert not ctl.is_modified()
