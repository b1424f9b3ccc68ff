"""The View menu's panel entries (reader/ui/dock_toggle.py): each has a key, Ctrl+1 to
Ctrl+4, that shows its panel in front with the keyboard in its list; a keyboard user
reached them only through Alt+V."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.dock_toggle import PANEL_KEYS
from reader.ui.main_window import MainWindow
from tests.ui import test_keyboard_only as keyboard_only

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
DIGITS = {"Matches": Qt.Key.Key_1, "Only in one": Qt.Key.Key_2, "Quotes": Qt.Key.Key_3}


keyboard = keyboard_only.keyboard  # the window active, article A's text focused


def docks(w: MainWindow) -> dict[str, QDockWidget]:
    return {d.windowTitle(): d for d in w.findChildren(QDockWidget)}


def press(key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, CTRL)


def list_focused(dock: QDockWidget) -> bool:
    focus = QApplication.focusWidget()
    return isinstance(focus, QAbstractItemView) and dock.isAncestorOf(focus)


def in_front(dock: QDockWidget) -> bool:
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


@pytest.mark.parametrize("title", DIGITS)
def test_the_key_brings_the_panel_to_the_front_its_list_focused(
    keyboard: MainWindow, qtbot: QtBot, title: str
) -> None:
    dock = docks(keyboard)[title]
    press(DIGITS[title])
    qtbot.waitUntil(lambda: in_front(dock))
    assert list_focused(dock)


def test_ctrl_4_brings_the_notes_to_the_front(keyboard: MainWindow, qtbot: QtBot) -> None:
    dock = docks(keyboard)["Notes"]
    press(Qt.Key.Key_4)
    qtbot.waitUntil(lambda: in_front(dock))
    focus = QApplication.focusWidget()
    assert focus is not None and dock.isAncestorOf(focus)


def test_the_key_of_the_panel_in_front_puts_the_keyboard_in_it(
    keyboard: MainWindow, qtbot: QtBot
) -> None:
    """The panel in front, the keyboard in an article: the key does not close it."""
    keyboard.dock.raise_()
    qtbot.waitUntil(lambda: in_front(keyboard.dock))
    press(Qt.Key.Key_1)
    assert keyboard.dock.isVisible()
    assert keyboard.dock_action(keyboard.dock).isChecked()
    assert list_focused(keyboard.dock)


def test_the_key_opens_a_closed_panel(keyboard: MainWindow, qtbot: QtBot) -> None:
    keyboard.quotes_dock.close()
    press(Qt.Key.Key_3)
    qtbot.waitUntil(lambda: in_front(keyboard.quotes_dock))
    assert list_focused(keyboard.quotes_dock)


def test_the_key_pressed_again_keeps_the_panel_open(keyboard: MainWindow, qtbot: QtBot) -> None:
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_2)
    assert in_front(keyboard.only_dock)
    assert list_focused(keyboard.only_dock)


def test_the_menu_entry_still_closes_the_panel_in_front(keyboard: MainWindow, qtbot: QtBot) -> None:
    press(Qt.Key.Key_1)  # the key's trigger is not remembered for the menu's next
    keyboard.dock_action(keyboard.dock).trigger()
    assert not keyboard.dock.isVisible()


def test_each_panel_entry_has_its_key(window: MainWindow) -> None:
    keys = {
        d.windowTitle(): window.dock_action(d).shortcut().toString()
        for d in window.findChildren(QDockWidget)
    }
    assert keys == PANEL_KEYS


def shortcut_owners(w: QWidget) -> dict[str, list[str]]:
    """The window-wide actions of each key (a table's own Ctrl+C is its alone)."""
    owners: dict[str, list[str]] = {}
    own = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    for action in w.findChildren(QAction):
        if action.shortcutContext() in own:
            continue
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    return owners


def test_no_two_actions_of_the_window_share_a_key(window: MainWindow) -> None:
    assert "Ctrl+1" in shortcut_owners(window)
    shared = {k: v for k, v in shortcut_owners(window).items() if len(v) > 1}
    assert shared == {}


def test_the_panel_keys_are_no_standard_key_of_qt() -> None:
    """Not a key a text view or a table answers itself (Copy, Find next, Select all...)."""
    standard = {
        k.toString() for key in QKeySequence.StandardKey for k in QKeySequence.keyBindings(key)
    }
    assert standard and not standard & set(PANEL_KEYS.values())
