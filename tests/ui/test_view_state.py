"""View settings travel with a saved session and come back when it is opened."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.ui import view_state
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_ALL, SHOW_DIFFERS
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_alignment
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import written

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def test_capture_then_apply_round_trip(win: MainWindow) -> None:
    win.zoom(2)
    win.actions_.sync.setChecked(False)
    win.dock.kind_boxes["entity"].setChecked(False)
    win.dock.slider.setValue(40)
    saved = view_state.capture(win)
    win.zoom(-2)
    win.actions_.sync.setChecked(True)
    win.dock.kind_boxes["entity"].setChecked(True)
    win.dock.slider.setValue(0)
    view_state.apply(win, saved)
    assert view_state.capture(win) == saved
    assert saved["zoom"] == 2 and saved["sync"] is False and saved["min_score"] == 0.4


def test_unknown_and_malformed_settings_are_ignored(win: MainWindow) -> None:
    before = view_state.capture(win)
    view_state.apply(win, {"zoom": "huge", "sync": 3, "min_score": 7.0, "colour": "red"})
    assert view_state.capture(win) == before


def test_saved_session_carries_the_view_and_reopens_with_it(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    win.actions_.sync.setChecked(False)
    win.dock.slider.setValue(60)
    path = str(tmp_path / "view.crossread")
    assert ctl.saving.save_to(path)
    written(qtbot, ctl)
    session = ctl.session()
    assert session is not None
    assert session.view["sync"] is False and session.view["min_score"] == 0.6
    win.actions_.sync.setChecked(True)
    win.dock.slider.setValue(0)
    assert ctl.open_session(path)
    written(qtbot, ctl)
    assert not win.actions_.sync.isChecked()
    assert win.dock.slider.value() == 60


def narrow(win: MainWindow) -> None:
    """Filters as a reader sets them on one pair."""
    win.dock.kind_boxes["entity"].setChecked(False)
    win.dock.slider.setValue(60)
    win.dock.set_show(SHOW_DIFFERS)
    win.dock.words.edit.setText("Putin")
    win.dock.words.flush()


def test_another_pair_starts_with_every_match_shown(shown: MainWindow, qtbot: QtBot) -> None:
    """The filters set on one pair would hide the next one's matches from the table, the
    link map and Next match, with nothing saying so while the Matches tab is behind."""
    narrow(shown)
    other = sample_alignment()
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(other)
    dock = shown.dock
    assert all(box.isChecked() for box in dock.kind_boxes.values())
    assert dock.slider.value() == 0 and dock.proxy.show_choice() == SHOW_ALL
    assert dock.words.text() == ""
    assert dock.proxy.rowCount() == len(other.matches)


def test_another_pair_lists_every_passage_quotation_and_note(
    shown: MainWindow, qtbot: QtBot
) -> None:
    """The Only in one and Quotes boxes and the notes filter set on one pair hid the next
    pair's rows ('Only in A' unticked: none of the new A's passages listed)."""
    shown.only_dock.side_boxes["a"].setChecked(False)
    shown.quotes_dock.side_boxes["b"].setChecked(False)
    shown.quotes_dock.unshared_box.setChecked(True)
    shown.quotes_dock.terms_box.setChecked(False)
    shown.session_controller.dock.filter.setText("treaty")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(sample_alignment())
    boxes = [*shown.only_dock.side_boxes.values(), *shown.quotes_dock.side_boxes.values()]
    assert all(box.isChecked() for box in boxes)
    assert not shown.quotes_dock.unshared_box.isChecked()
    assert shown.quotes_dock.terms_box.isChecked()
    assert shown.session_controller.dock.filter.text() == ""


def test_the_same_pair_swapped_keeps_its_filters(shown: MainWindow, qtbot: QtBot) -> None:
    narrow(shown)
    with qtbot.waitSignal(shown.alignment_finished):
        shown.swap_sides()
    assert not shown.dock.kind_boxes["entity"].isChecked()
    assert shown.dock.slider.value() == 60 and shown.dock.words.text() == "Putin"


def test_a_session_of_another_pair_brings_back_its_own_filters(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    win.dock.slider.setValue(60)
    path = str(tmp_path / "filtered.crossread")
    assert ctl.saving.save_to(path)
    written(qtbot, ctl)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(sample_alignment())  # another pair in between
    assert win.dock.slider.value() == 0
    with qtbot.waitSignal(win.alignment_finished):
        assert ctl.open_session(path)
    assert win.dock.slider.value() == 60


def test_a_session_brings_back_the_words_in_the_matches_filter(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """The kinds, Show and Min score came back with a saved session, but not the words
    typed in the filter box: the table showed every match of the kinds ticked."""
    win.dock.words.edit.setText("Putin")
    win.dock.words.flush()
    path = str(tmp_path / "words.crossread")
    assert ctl.saving.save_to(path)
    written(qtbot, ctl)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(sample_alignment())  # another pair in between
    with qtbot.waitSignal(win.alignment_finished):
        assert ctl.open_session(path)
    assert win.dock.words.text() == "Putin"
