"""A correction note reached without a mouse: Go > Go to correction note (F7), cycling
A's and B's notes; the status bar's button naming the note, a Tab stop that goes to it;
the keyboard at the note's first word, which its text cursor says is a correction note;
and the overview strips saying in words what they mark and which keys reach it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.analysis.correction_notes import correction_notes
from reader.ingest import load_document
from reader.model import Alignment, Span
from reader.ui.main_window import MainWindow
from reader.ui.pane_overview import strip_said
from tests.ui.conftest import PAGES, put_on_screen

pytestmark = pytest.mark.gui

BRIEF_NOTE = (
    "<p>Correction: An earlier version of this article misstated the day of the fire. "
    "It was Sunday, not Saturday.</p>"
)


@pytest.fixture(scope="module")
def two_notes_pair(tmp_path_factory: pytest.TempPathFactory) -> Alignment:
    """The Ashbury pair, the brief ending in a correction note of its own too."""
    html = (PAGES / "brief_ashbury_library_fire.html").read_text(encoding="utf-8")
    brief = tmp_path_factory.mktemp("pages") / "brief_corrected.html"
    brief.write_text(html.replace("</article>", BRIEF_NOTE + "</article>", 1), encoding="utf-8")
    b = load_document(PAGES / "feature_ashbury_library_fire.html")
    return align(load_document(brief), b, method="lexical")


@pytest.fixture
def two_notes_shown(window: MainWindow, two_notes_pair: Alignment, qtbot: QtBot) -> MainWindow:
    return put_on_screen(window, two_notes_pair, qtbot)


def press_f7(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F7)


def note_span(window: MainWindow, side: str) -> Span:
    doc = window.pane(side).document()
    assert doc is not None
    [note] = correction_notes(doc)
    return note.span


def test_go_to_correction_note_is_in_the_go_menu_with_f7(feature_shown: MainWindow) -> None:
    action = feature_shown.correction_steps.action
    go = next(m for m in action.associatedObjects() if isinstance(m, QMenu))
    assert go.title() == "&Go"
    assert action.shortcut() == QKeySequence("F7")
    assert action.isEnabled()


def test_the_action_is_greyed_out_and_the_button_hidden_without_a_note(
    shown: MainWindow,
) -> None:
    assert not shown.correction_steps.action.isEnabled()
    assert not shown.correction_steps.button.isVisible()


def test_f7_shows_the_note_selected_with_the_keyboard_at_its_first_word(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    window = feature_shown
    pane = window.pane_b
    span = note_span(window, "b")
    window.pane_a.browser.setFocus()
    assert not pane.visible_range().overlaps(span)
    press_f7(window, qtbot)
    qtbot.waitUntil(lambda: pane.visible_range().overlaps(span), timeout=3000)
    assert pane.browser.hasFocus()  # the keyboard in B, to read it
    cursor = pane.browser.textCursor()
    to_qt = pane.pointer.offsets.to_qt
    assert (cursor.position(), cursor.anchor()) == (to_qt(span.start), to_qt(span.end))
    assert pane.selected_span() == span  # Add note takes it


def test_f7_says_which_note_it_went_to(feature_shown: MainWindow, qtbot: QtBot) -> None:
    press_f7(feature_shown, qtbot)
    said = feature_shown.statusBar().currentMessage()
    assert said.startswith("Correction note 1 of 1, in article B: “Editor's note: An earlier")


def test_the_text_cursor_on_the_note_says_it_is_a_correction_note(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    press_f7(feature_shown, qtbot)
    said = feature_shown.pane_b.browser.accessibleDescription()  # read by screen readers
    assert said.startswith("⚑ Correction note: B's outlet says here what an earlier version")
    assert " · Only in B: A does not report this" in said


def test_f7_goes_round_a_s_note_then_b_s(two_notes_shown: MainWindow, qtbot: QtBot) -> None:
    window = two_notes_shown
    went = []
    for _ in range(3):
        press_f7(window, qtbot)
        went.append(window.statusBar().currentMessage().split(":")[0])
    assert went == [
        "Correction note 1 of 2, in article A",
        "Correction note 2 of 2, in article B",
        "Correction note 1 of 2, in article A",
    ]
    assert window.pane_a.browser.hasFocus()
    assert window.pane_a.selected_span() == note_span(window, "a")


def test_the_status_bar_button_names_both_articles_notes(two_notes_shown: MainWindow) -> None:
    assert two_notes_shown.correction_steps.button.text() == "A and B have correction notes"


def test_a_click_on_the_status_bar_button_goes_to_the_note(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    window = feature_shown
    window.set_sync_scrolling(False)
    span = note_span(window, "b")
    QTest.mouseClick(window.correction_steps.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pane_b.visible_range().overlaps(span), timeout=3000)
    assert window.pane_b.selected_span() == span


def test_tab_reaches_the_status_bar_button_and_space_presses_it(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    window = feature_shown
    button = window.correction_steps.button
    window.activateWindow()
    window.pane_b.browser.setFocus()
    for _ in range(40):  # through the panel's controls and its list
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if button.hasFocus():
            break
    assert button.hasFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    span = note_span(window, "b")
    qtbot.waitUntil(lambda: window.pane_b.visible_range().overlaps(span), timeout=3000)
    assert window.pane_b.browser.hasFocus()


def test_the_button_makes_room_for_a_message_and_comes_back(feature_shown: MainWindow) -> None:
    button, bar = feature_shown.correction_steps.button, feature_shown.statusBar()
    bar.showMessage("Saved")
    assert not button.isVisible()  # the message takes the whole bar, as for the counts
    bar.clearMessage()
    assert button.isVisible()


def test_another_pair_without_a_note_greys_the_action_out(
    feature_shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    put_on_screen(feature_shown, alignment, qtbot)
    assert not feature_shown.correction_steps.action.isEnabled()
    assert not feature_shown.correction_steps.button.isVisible()


def test_a_swap_names_the_note_as_a_s(feature_shown: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(feature_shown.alignment_finished, timeout=20000):
        feature_shown.swap_sides()
    assert feature_shown.correction_steps.button.text() == "A has a correction note"


def test_the_strip_says_what_it_marks_and_the_keys_that_reach_it(
    feature_shown: MainWindow, feature_pair: Alignment
) -> None:
    strip = feature_shown.pane_b.overview
    assert strip.accessibleName() == "Overview of article B"
    said = strip.accessibleDescription()
    only = len(feature_pair.only_b)
    assert f"matches, {only} passages only here, 1 discrepancy, a correction note." in said
    assert "F7 goes to the correction note" in said
    assert "Ctrl+F8" in said and "Ctrl+2 lists the passages only here" in said


def test_the_strip_of_an_article_without_a_note_names_none(feature_shown: MainWindow) -> None:
    said = feature_shown.pane_a.overview.accessibleDescription()
    assert "1 passage only here, 1 discrepancy." in said
    assert "correction" not in said


def test_the_strips_words_count_only_the_matches_the_pane_shows(
    feature_shown: MainWindow, feature_pair: Alignment, qtbot: QtBot
) -> None:
    strip = feature_shown.pane_b.overview
    claims = sum(m.kind == "claim" for m in feature_pair.matches)
    before = int(strip.accessibleDescription().split()[0])
    feature_shown.dock.kind_boxes["claim"].setChecked(False)
    qtbot.waitUntil(lambda: int(strip.accessibleDescription().split()[0]) == before - claims)


def test_the_strips_words_name_the_changes_of_an_update() -> None:
    said = strip_said(3, 0, 0, 0, 2)
    assert said.startswith("3 matches, 0 passages only here, 0 discrepancies, 2 changes")
    assert "F9 and Shift+F9" in said


def test_a_click_on_the_flag_gives_the_keyboard_the_note(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    strip = feature_shown.pane_b.overview
    at = strip.flag_rect(0).center().toPoint()
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=at)
    assert feature_shown.pane_b.selected_span() == note_span(feature_shown, "b")
    assert feature_shown.statusBar().currentMessage().startswith("Correction note 1 of 1")


def test_f6_reaches_the_status_bar_button_after_the_panel(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    window = feature_shown
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.pane_b.browser.setFocus()
    for _ in range(2):  # the Matches list, then the button
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
    assert window.correction_steps.button.hasFocus()
    QTest.keyClick(window.correction_steps.button, Qt.Key.Key_F6)  # and round to A
    assert window.pane_a.browser.hasFocus()


def test_f6_passes_no_button_when_no_article_has_a_note(window: MainWindow, qtbot: QtBot) -> None:
    b = load_document(PAGES / "brief_ashbury_library_fire.html")
    put_on_screen(window, align(b, b, method="lexical"), qtbot)
    assert window.correction_steps.button not in window.area_keys.areas()
