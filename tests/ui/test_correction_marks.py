"""An article's correction note in the window (the feature page's "Editor's note"): a
bracket beside it in its pane's margin with a tooltip line, the status bar's "B has a
correction note", the Only in one list giving it first as a Correction, and a flag on its
pane's overview strip that brings it into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.analysis.correction_notes import correction_notes
from reader.model import Alignment
from reader.ui.correction_marks import CORRECTION_TITLE, correction_tooltip
from reader.ui.main_window import MainWindow
from reader.ui.only_dock import PASSAGE, SIDE
from reader.ui.overview import flag_colour

pytestmark = pytest.mark.gui


def test_the_status_bar_says_b_has_a_correction_note(feature_shown: MainWindow) -> None:
    button = feature_shown.correction_steps.button  # beside the counts, which go to it
    assert button.isVisible() and button.text() == "B has a correction note"
    assert "correction" not in feature_shown.counts.full_text()  # said once


def test_the_only_in_one_list_gives_the_note_first_as_a_correction(
    feature_shown: MainWindow,
) -> None:
    model = feature_shown.only_dock.model
    assert model.index(0, SIDE).data() == "B"
    assert model.index(0, PASSAGE).data().startswith("Correction · Editor's note: An earlier")
    tip = model.index(0, PASSAGE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("B's correction note: the outlet says here")
    assert not model.index(1, PASSAGE).data().startswith("Correction")


def test_the_note_has_a_bracket_in_its_panes_margin(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    pane = feature_shown.pane_b
    assert feature_shown.pane_a.browser.correction_brackets == []
    doc = pane.document()
    assert doc is not None
    [note] = correction_notes(doc)
    pane.ensure_visible(note.span)
    qtbot.wait(50)
    top, bottom = pane.span_y(note.span)
    shot = pane.browser.viewport().grab().toImage()
    text = pane.browser.palette().color(QPalette.ColorRole.Text)
    mid = round((top + bottom) / 2)  # viewport coordinates
    assert 0 < mid < shot.height()
    assert QColor(shot.pixel(2, mid)) == text  # the bracket's stem, in the text's colour
    assert QColor(shot.pixel(2, mid - 60)) != text  # beside the paragraph before: none


def test_the_tooltip_on_the_note_opens_with_what_it_is(feature_pair: Alignment) -> None:
    [note] = correction_notes(feature_pair.b)
    said = correction_tooltip("b", [note], note.span.start + 5)
    assert said.startswith(f"⚑ <b>{CORRECTION_TITLE}</b>: B's outlet says here")
    assert "check whether A still gives the old value" in said
    assert correction_tooltip("b", [note], note.span.start - 5) == ""


def test_the_note_has_a_flag_on_its_panes_overview_strip(feature_shown: MainWindow) -> None:
    strip = feature_shown.pane_b.overview
    assert feature_shown.pane_a.overview.flags() == []
    [(top, bottom)] = strip.flags()
    assert 0.9 < top < bottom <= 1.0  # the feature's last paragraph
    shot = strip.grab().toImage()
    flag = strip.flag_rect(0)
    pole = QColor(shot.pixel(round(flag.left() + 0.5), round(flag.center().y())))
    assert pole == flag_colour(strip.palette())  # drawn in the text's colour
    assert flag_colour(strip.palette()) == strip.palette().color(QPalette.ColorRole.Text)


def test_a_click_on_the_flag_brings_the_note_into_view(
    feature_shown: MainWindow, qtbot: QtBot
) -> None:
    pane = feature_shown.pane_b
    feature_shown.set_sync_scrolling(False)
    doc = pane.document()
    assert doc is not None
    [note] = correction_notes(doc)
    assert not pane.visible_range().overlaps(note.span)  # 56 paragraphs down
    strip = pane.overview
    at = strip.flag_rect(0).center().toPoint()
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: pane.visible_range().overlaps(note.span), timeout=3000)
    top, bottom = pane.span_y(note.span)
    assert top >= 0 and bottom <= pane.browser.viewport().height()  # the whole note


def test_the_flag_is_told_from_a_pale_ground_in_a_dark_palette() -> None:
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#2a2a2a"))
    assert flag_colour(pal) == QColor("#e6e6e6")  # the text's colour
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f7"))  # left light
    assert flag_colour(pal) == QColor("black")
