"""The focus ring of reader.ui.control_focus on the controls outside the panels: the
notice's buttons and the find bar above the articles, and the window's dialogs (Settings,
a note), in the light, dark and high-contrast palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.note_dialog import NoteDialog
from reader.ui.settings_dialog import AnalysisSettings, SettingsDialog
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette

pytestmark = pytest.mark.gui

Key = Qt.Key


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_until(target: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        QTest.keyClick(focused(), Key.Key_Tab)
    assert focused() is target


def outside_left(control: QWidget, shots: Path, name: str) -> QColor:
    """The colour a pixel outside the middle of ``control``'s left edge, where the ring
    lies, in a grab of its window (saved in ``shots`` to be looked at)."""
    top = control.window()
    image = top.grab().toImage()
    image.save(str(shots / f"{name}.png"))
    at = control.mapTo(top, QPoint(0, control.height() // 2))
    return image.pixelColor(at.x() - 1, at.y())


@pytest.fixture(params=list(PALETTES))
def in_palette(shown: MainWindow, qtbot: QtBot, request: pytest.FixtureRequest) -> MainWindow:
    """The window in each palette, active, article A's text focused."""
    colours = PALETTES[request.param]
    if colours is not None:
        shown.setPalette(palette(colours))
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.pane_a.browser.setFocus(Qt.FocusReason.TabFocusReason)
    return shown


def test_the_notices_close_button_reached_with_tab_shows_a_ring(
    in_palette: MainWindow, tmp_path: Path
) -> None:
    bar = in_palette.notice_bar
    bar.set_notice("These two articles seem to report different events.", "pair")
    tab_until(bar.close_button)
    ground = bar.palette().color(QPalette.ColorRole.ToolTipBase)
    ring = outside_left(bar.close_button, tmp_path, "notice")
    assert contrast(ring, ground) >= LINE_CONTRAST


def test_the_find_bars_buttons_reached_with_tab_show_a_ring(
    in_palette: MainWindow, tmp_path: Path
) -> None:
    in_palette.find_bar.open_bar()
    field = in_palette.find_bar.field
    QTest.keyClick(field, Key.Key_Tab)
    button = focused()
    assert in_palette.find_bar.isAncestorOf(button)
    ground = in_palette.palette().color(QPalette.ColorRole.Window)
    assert contrast(outside_left(button, tmp_path, "find"), ground) >= LINE_CONTRAST


def test_the_ring_leaves_the_notice_with_the_keyboard(in_palette: MainWindow) -> None:
    bar = in_palette.notice_bar
    bar.set_notice("These two articles seem to report different events.", "pair")
    tab_until(bar.close_button)
    assert in_palette.control_focus.ring() is not None
    QTest.keyClick(focused(), Key.Key_Tab)
    assert in_palette.control_focus.ring() is None


@pytest.mark.parametrize("control", ["browse", "reset", "method", "ok"])
def test_a_settings_control_reached_with_tab_shows_a_ring(
    in_palette: MainWindow, qtbot: QtBot, tmp_path: Path, control: str
) -> None:
    dialog = SettingsDialog(AnalysisSettings(QSettings()), in_palette)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    targets: dict[str, QWidget] = {
        "browse": dialog.browse,
        "reset": dialog.reset,
        "method": dialog.method,
        "ok": dialog.buttons.buttons()[0],
    }
    target = targets[control]
    dialog.folder.setFocus(Qt.FocusReason.TabFocusReason)
    tab_until(target)
    ground = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast(outside_left(target, tmp_path, control), ground) >= LINE_CONTRAST
    dialog.reject()


def test_a_notes_tag_box_reached_with_tab_shows_its_ring_in_the_dialog(
    in_palette: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A note's dialog belongs to the Notes panel: its ring is drawn in the dialog, where
    the box is, not in the panel behind it."""
    notes = in_palette.session_controller.dock
    dialog = NoteDialog("The two leaders signed a treaty.", parent=notes)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    QTest.keyClick(focused(), Key.Key_Tab)  # from the note's text to its first tag
    box = focused()
    assert box.window() is dialog
    ground = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast(outside_left(box, tmp_path, "tag"), ground) >= LINE_CONTRAST
    dialog.reject()
