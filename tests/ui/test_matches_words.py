"""The Matches panel's filter box: the matches holding every word typed, in their
passages, evidence, speaker, what they disagree on or the reader's notes; Next match and
the link map go by it as by the other filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import search_words

pytestmark = pytest.mark.gui


def filtered(window: MainWindow, text: str) -> list[str]:
    """The match ids the table keeps once ``text`` is in the box and typing paused."""
    window.dock.words.edit.setText(text)
    window.dock.words.flush()
    return sorted(window.dock.visible_ids())


def test_the_words_keep_the_matches_whose_passages_hold_them_all(shown: MainWindow) -> None:
    assert filtered(shown, "DEFENCE  Treaty") == ["m1", "m2"]


def test_a_word_in_one_passage_only_is_enough(shown: MainWindow) -> None:
    """'June 19' is in B's passage of m1; m2's B passage does not have it."""
    assert filtered(shown, "june 19") == ["m1"]


def test_the_speaker_of_a_quote_is_looked_in(shown: MainWindow) -> None:
    """m3's passages are the word 'breakthrough'; 'president' is its speaker."""
    assert filtered(shown, "president") == ["m3", "m6"]


def test_the_readers_notes_are_looked_in_whatever_the_apostrophes(shown: MainWindow) -> None:
    shown.dock.set_notes(
        (Note.new("The delegates\u2019 count is AP\u2019s", ("check this",), match_id="m4"),)
    )
    assert filtered(shown, "ap's count") == ["m4"]
    assert filtered(shown, "check") == ["m4"]


def test_words_that_no_match_holds_empty_the_table_and_say_so(shown: MainWindow) -> None:
    assert filtered(shown, "parade") == []
    assert "parade" in shown.dock.table.empty_hint


def test_the_box_says_how_many_matches_it_keeps(shown: MainWindow) -> None:
    filtered(shown, "300")
    assert shown.dock.words.shown.text() == "2 of 6"
    assert not shown.dock.words.shown.isHidden()
    filtered(shown, "")
    assert shown.dock.words.shown.isHidden()


def test_the_box_says_how_many_matches_the_other_filters_keep(shown: MainWindow) -> None:
    kept = len(shown.dock.visible_ids())
    shown.dock.kind_boxes["claim"].setChecked(False)
    assert shown.dock.words.shown.text() == f"{len(shown.dock.visible_ids())} of {kept}"
    assert not shown.dock.words.shown.isHidden()
    shown.dock.kind_boxes["claim"].setChecked(True)
    assert shown.dock.words.shown.isHidden()


def test_escape_shows_every_match_again(shown: MainWindow, qtbot: QtBot) -> None:
    filtered(shown, "300")
    shown.dock.words.edit.setFocus()
    QTest.keyClick(shown.dock.words.edit, Qt.Key.Key_Escape)
    assert shown.dock.words.text() == ""
    assert sorted(shown.dock.visible_ids()) == ["m1", "m2", "m3", "m4", "m5", "m6"]


def test_the_table_is_filtered_once_typing_pauses(shown: MainWindow, qtbot: QtBot) -> None:
    QTest.keyClicks(shown.dock.words.edit, "delegates")
    qtbot.waitUntil(lambda: sorted(shown.dock.visible_ids()) == ["m4"])


def test_next_match_steps_only_through_the_matches_kept(shown: MainWindow) -> None:
    filtered(shown, "300")
    assert [m.id for m in shown.navigator.matches()] == ["m4", "m5"]


def test_the_words_and_the_kind_boxes_both_apply(shown: MainWindow) -> None:
    shown.dock.kind_boxes["number"].setChecked(False)
    assert filtered(shown, "300") == ["m4"]


def test_search_words_fold_case_quotes_and_dashes() -> None:
    assert search_words(" Kim\u2019s  \u201cDEAL\u201d \u2014 ") == ("kim's", '"deal"', "-")
