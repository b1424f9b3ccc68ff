"""Help > Reading guide (reader/guide.py, reader/ui/guide_dialog.py): the guide names the
window's own keys, panels and kinds of match, and opens once."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.guide import GUIDE_KEYS, MENU_PATHS, guide_html
from reader.ui.guide_dialog import GuideDialog, key_names
from reader.ui.main_window import MainWindow
from reader.ui.shortcuts_dialog import plain
from tests.ui.session_fixtures import *  # noqa: F403


def shown_text(win: MainWindow) -> str:
    return GuideDialog(win.guide_actions(), win).text.toPlainText()


def test_every_action_the_guide_names_is_one_of_the_windows(win: MainWindow) -> None:
    assert set(win.guide_actions()) == set(GUIDE_KEYS)


def test_the_guide_gives_each_actions_own_key(win: MainWindow, qtbot: QtBot) -> None:
    text = shown_text(win)
    for name, action in win.guide_actions().items():
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert (key or MENU_PATHS[name]) in text, name  # one with no key: its menu path


def test_no_placeholder_is_left_in_the_guide() -> None:
    assert not re.search(r"\{\w+\}", guide_html(dict.fromkeys(GUIDE_KEYS, "X")))


def test_the_guide_names_every_panel_and_kind_of_highlight(win: MainWindow) -> None:
    text = shown_text(win)
    panels = [win.dock, win.only_dock, win.quotes_dock, win.session_controller.dock]
    for name in [d.windowTitle() for d in panels]:
        assert name in text, name
    for kind in ("Claim", "Quote", "Entity", "Number", "Discrepancy", "Only in this article"):
        assert kind in text, kind


def test_a_key_without_a_shortcut_is_left_out(win: MainWindow) -> None:
    actions = win.guide_actions()
    actions["find"].setShortcuts([])
    assert "find" not in key_names(actions)


def test_help_menu_opens_the_guide_once(win: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a.menu() for a in win.menuBar().actions() if plain(a.text()) == "Help")
    assert isinstance(help_menu, QMenu)
    entry = next(a for a in help_menu.actions() if plain(a.text()) == "Reading guide")
    entry.trigger()
    shown = win.findChild(GuideDialog, "guide_dialog")
    assert isinstance(shown, GuideDialog) and shown.isVisible()
    entry.trigger()  # again: the same guide comes to the front
    assert len(win.findChildren(GuideDialog)) == 1
    shown.close()


def test_the_guide_says_first_how_to_open_a_pair(win: MainWindow) -> None:
    """A first-time reader opening the guide learns how to start, before how to read."""
    text = shown_text(win)
    opening = text.index("Opening a pair")
    assert opening < text.index("What the highlights mean")
    for words in ("Open pair", "Ctrl+O", "Compare pasted text", "Ctrl+Shift+V", "drop two files"):
        assert words in text[opening:], words
    assert "Recent pairs" in text and "Open the sample pair" in text


def test_each_menu_path_the_guide_gives_leads_to_its_action(win: MainWindow) -> None:
    """An action without a key is named by its path in the menus: it must be its own."""
    for name, action in win.guide_actions().items():
        *menus, entry = MENU_PATHS[name].split(" > ")
        found = [a for a in win.menuBar().actions() if plain(a.text()) == menus[0]]
        assert found, name
        menu = found[0].menu()
        assert isinstance(menu, QMenu)
        assert action in menu.actions(), name
        assert plain(action.text()) == plain(entry), name
