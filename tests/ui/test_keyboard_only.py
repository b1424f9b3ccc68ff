"""A reader who never touches the mouse: the focus seen on a panel's list
(reader.ui.focus_ring), F6 between the articles and the panel in front
(reader.ui.area_keys), driven by key events on the real window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.control_focus import ring_colour
from reader.ui.main_window import MainWindow
from reader.ui.matches_dock import MatchesDock
from reader.ui.matches_model import MATCH_ID_ROLE
from tests.ui.palette_fixtures import DARK, LINE_CONTRAST, PALETTES, contrast, palette

pytestmark = pytest.mark.gui

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


@pytest.fixture
def keyboard(shown: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window showing the alignment, active, article A's text focused."""
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.pane_a.browser.setFocus(Qt.FocusReason.TabFocusReason)
    return shown


def tab_until(target: QWidget, limit: int = 30) -> None:
    """Press Tab until ``target`` has the keyboard (at most ``limit`` times)."""
    for _ in range(limit):
        if focused() is target:
            return
        press(Key.Key_Tab)
    assert focused() is target


def left_edge(widget: QWidget) -> QColor:
    """The colour drawn in the middle of ``widget``'s left edge, a pixel in."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


@pytest.mark.parametrize("name", PALETTES)
def test_the_matches_list_reached_with_tab_shows_a_ring(
    keyboard: MainWindow, qtbot: QtBot, name: str
) -> None:
    colours = PALETTES[name]
    if colours is not None:
        keyboard.setPalette(palette(colours))
    table = keyboard.dock.table
    tab_until(table)
    ring = keyboard.palette().color(QPalette.ColorRole.Highlight)
    assert left_edge(table.viewport()) == ring


def test_the_ring_goes_when_the_keyboard_leaves_the_list(keyboard: MainWindow) -> None:
    table = keyboard.dock.table
    tab_until(table)
    press(Key.Key_Tab)
    ring = keyboard.palette().color(QPalette.ColorRole.Highlight)
    assert left_edge(table.viewport()) != ring


def test_f6_moves_from_article_a_to_article_b(keyboard: MainWindow) -> None:
    press(Key.Key_F6)
    assert focused() is keyboard.pane_b.browser


def test_f6_from_article_b_goes_to_the_list_of_the_panel_in_front(keyboard: MainWindow) -> None:
    press(Key.Key_F6)
    press(Key.Key_F6)
    assert focused() is keyboard.dock.table


def test_f6_from_the_panel_comes_back_to_article_a(keyboard: MainWindow) -> None:
    for _ in range(3):
        press(Key.Key_F6)
    assert focused() is keyboard.pane_a.browser


def test_f6_from_a_panels_filter_goes_on_from_that_panel(keyboard: MainWindow) -> None:
    tab_until(keyboard.pane_b.browser)
    press(Key.Key_Tab)  # the first of the Matches panel's controls
    assert keyboard.dock.isAncestorOf(focused())
    press(Key.Key_F6)
    assert focused() is keyboard.pane_a.browser


def test_shift_f6_goes_back_from_article_a_to_the_panel(keyboard: MainWindow) -> None:
    press(Key.Key_F6, SHIFT)
    assert focused() is keyboard.dock.table


def test_f6_skips_the_panels_when_they_are_closed(keyboard: MainWindow) -> None:
    press(Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # View > Panels: closed
    press(Key.Key_F6)
    press(Key.Key_F6)
    assert focused() is keyboard.pane_a.browser


def test_f6_goes_to_the_notes_list_when_notes_are_in_front(keyboard: MainWindow) -> None:
    notes = keyboard.session_controller.dock
    notes.raise_()
    QApplication.processEvents()
    press(Key.Key_F6)
    press(Key.Key_F6)
    assert focused() is notes.table


def panel_tabs(window: MainWindow) -> QTabBar:
    return next(b for b in window.findChildren(QTabBar) if b.accessibleName() == "Panels")


def front_by_keys(window: MainWindow, title: str) -> None:
    """Bring the panel ``title`` in front with the keys: Tab to the tabs, then Right or
    Left."""
    bar = panel_tabs(window)
    tab_until(bar)
    target = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    for _ in range(bar.count()):
        if bar.currentIndex() == target:
            return
        press(Key.Key_Right if bar.currentIndex() < target else Key.Key_Left)
    assert bar.tabText(bar.currentIndex()) == title


@pytest.mark.parametrize("title", ["Quotes", "Notes"])
def test_tab_from_article_b_goes_to_the_panel_in_front_before_its_tabs(
    keyboard: MainWindow, title: str
) -> None:
    front_by_keys(keyboard, title)
    tab_until(keyboard.pane_b.browser)
    press(Key.Key_Tab)
    assert _dock_title(focused()) == title


@pytest.mark.parametrize("title", ["Matches", "Only in one", "Quotes", "Notes"])
def test_the_panels_tabs_come_after_the_panel_in_front(keyboard: MainWindow, title: str) -> None:
    front_by_keys(keyboard, title)
    press(Key.Key_Tab, SHIFT)
    assert _dock_title(focused()) == title


def _dock_title(widget: QWidget) -> str:
    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent.windowTitle() if parent is not None else ""


@pytest.mark.qt_log_ignore(  # a popup list, on the offscreen platform
    r"This plugin does not support (propagateSizeHints|raise)\(\)|grabbing the keyboard"
)
def test_alt_down_on_the_show_list_opens_it_and_stays_on_the_match(
    keyboard: MainWindow, qtbot: QtBot
) -> None:
    keyboard.select_match("m3")
    show = keyboard.dock.findChild(QComboBox)
    assert show is not None
    tab_until(show)
    press(Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert keyboard.linker.current == "m3"
    show.hidePopup()


def test_alt_down_in_an_article_still_steps_to_the_next_match(keyboard: MainWindow) -> None:
    press(Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert keyboard.linker.current is not None


def test_down_in_the_matches_list_shows_its_first_row_in_both_articles(
    keyboard: MainWindow,
) -> None:
    table = keyboard.dock.table
    tab_until(table)
    press(Key.Key_Down)
    first = table.model().index(0, 0).data(MATCH_ID_ROLE)
    assert keyboard.linker.current == first


def test_enter_in_article_b_comes_back_to_the_partner_in_a(keyboard: MainWindow) -> None:
    press(Key.Key_F8)  # the first match, chosen in both articles
    chosen = keyboard.current_match()
    assert chosen is not None
    press(Key.Key_F6)  # to article B, its text cursor on the partner
    press(Key.Key_Return)
    assert keyboard.pane_a.selected_span() == chosen.a


def ring_pixel(control: QWidget, dock: QWidget, shots: Path) -> QColor:
    """The colour drawn a pixel outside the middle of ``control``'s left edge, where the
    ring of reader.ui.control_focus lies, in a grab of its panel ``dock`` (saved in
    ``shots`` to be looked at)."""
    image = dock.grab().toImage()
    at = control.mapTo(dock, QPoint(0, control.height() // 2))
    name = f"{type(control).__name__}-{dock.palette().color(QPalette.ColorRole.Window).name()}"
    image.save(str(shots / f"{name}.png"))
    return image.pixelColor(at.x() - 1, at.y())


@pytest.fixture
def in_palette(keyboard: MainWindow, request: pytest.FixtureRequest) -> MainWindow:
    colours = PALETTES[request.param]
    if colours is not None:
        keyboard.setPalette(palette(colours))
    return keyboard


PANEL_CONTROLS: dict[str, Callable[[MatchesDock], QWidget]] = {
    "Show": lambda dock: dock.show_box,
    "Min score": lambda dock: dock.slider,
    "words filter": lambda dock: dock.words.edit,
    "Claims box": lambda dock: dock.kind_boxes["claim"],
}


@pytest.mark.parametrize("in_palette", PALETTES, indirect=True)
@pytest.mark.parametrize("control", PANEL_CONTROLS)
def test_a_panel_control_reached_with_tab_shows_a_ring_at_3_to_1(
    in_palette: MainWindow, control: str, tmp_path: Path
) -> None:
    dock = in_palette.dock
    target = PANEL_CONTROLS[control](dock)
    tab_until(target)
    ground = dock.palette().color(QPalette.ColorRole.Window)
    assert contrast(ring_pixel(target, dock, tmp_path), ground) >= LINE_CONTRAST


def test_the_control_ring_goes_when_the_keyboard_leaves_the_panel(keyboard: MainWindow) -> None:
    tab_until(keyboard.dock.show_box)
    press(Key.Key_F6)  # on to article A
    assert keyboard.control_focus.ring() is None


def test_the_control_rings_leave_the_tab_order_as_it_was(keyboard: MainWindow) -> None:
    """A ring is a child of its panel, made the first time one of the panel's controls
    has the keyboard: it takes no focus and moves no control in the Tab order."""
    before = tab_cycle(keyboard)
    for title in ("Only in one", "Quotes", "Notes", "Matches"):
        front_by_keys(keyboard, title)
        tab_until(keyboard.pane_b.browser)
        press(Key.Key_Tab)  # the first control of the panel in front: its ring made
        assert keyboard.control_focus.ring() is not None
    assert tab_cycle(keyboard) == before


def tab_cycle(window: MainWindow) -> list[QWidget]:
    """What Tab reaches from article A until it comes back to it."""
    window.pane_a.browser.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(40):
        press(Key.Key_Tab)
        if focused() is window.pane_a.browser:
            return reached
        reached.append(focused())
    raise AssertionError("Tab never came back to article A")


def test_the_dark_ring_is_lighter_than_the_highlight() -> None:
    dark = palette(DARK)
    ring = ring_colour(dark)
    for ground in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        assert contrast(ring, dark.color(ground)) >= LINE_CONTRAST


def test_f6_to_a_floating_panel_activates_its_window(keyboard: MainWindow, qtbot: QtBot) -> None:
    keyboard.dock.setFloating(True)
    qtbot.waitUntil(keyboard.dock.isVisible)
    keyboard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is keyboard)
    keyboard.pane_b.browser.setFocus(Qt.FocusReason.TabFocusReason)
    press(Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is keyboard.dock)
    assert focused() is keyboard.dock.table
