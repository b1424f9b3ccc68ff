"""Help > Keyboard shortcuts: every key of the window, read from its menus, searchable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.shortcuts_dialog import ShortcutsDialog, plain
from tests.ui.session_fixtures import *  # noqa: F403

README = Path(__file__).resolve().parents[2] / "README.md"


def native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def menu_actions(win: MainWindow) -> list[QAction]:
    """Every action of the window's menus (submenus included) that has keys."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for a in actions:
            sub = a.menu()
            if isinstance(sub, QMenu):
                walk(sub.actions())
            elif a.shortcuts():
                found.append(a)

    walk(win.menuBar().actions())
    return found


@pytest.fixture
def dialog(win: MainWindow, qtbot: QtBot) -> ShortcutsDialog:
    d = ShortcutsDialog(win.menuBar(), win)
    qtbot.addWidget(d)
    return d


def test_every_menu_action_with_keys_is_listed_with_them(
    win: MainWindow, dialog: ShortcutsDialog
) -> None:
    listed = {(r.what, r.keys) for r in dialog.rows}
    actions = menu_actions(win)
    assert len(actions) >= 20
    for a in actions:
        keys = ", ".join(native(k) for k in a.shortcuts())
        assert (plain(a.text()), keys) in listed


def test_the_list_names_the_menu_of_each_action(dialog: ShortcutsDialog) -> None:
    where = {r.what: r.where for r in dialog.rows}
    assert where["Next match"] == "Go"
    assert where["Save session"] == "File"
    assert where["Open pair"] == "File"


def test_typing_in_the_search_box_filters_the_list(dialog: ShortcutsDialog, qtbot: QtBot) -> None:
    QTest.keyClicks(dialog.search, "discrepancy")
    shown = dialog.visible_rows()
    assert {r.what for r in shown} == {"Next discrepancy", "Previous discrepancy"}
    assert dialog.count.text() == f"2 of {len(dialog.rows)} keys"


def test_a_search_by_key_finds_the_action(dialog: ShortcutsDialog, qtbot: QtBot) -> None:
    QTest.keyClicks(dialog.search, "ctrl+k")
    assert [r.what for r in dialog.visible_rows()] == ["Link selections"]


def test_keys_of_places_are_listed_too(dialog: ShortcutsDialog) -> None:
    assert any(r.where == "In an article" and "Arrows" in r.keys for r in dialog.rows)


def test_the_readme_keyboard_table_names_every_menu_shortcut(win: MainWindow) -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Keyboard") : text.index("\n## Use\n")]
    keys_column = " ".join(re.findall(r"^\| ([^|]+) \|", section, flags=re.M))
    missing = [
        f"{plain(a.text())}: {native(k)}"
        for a in menu_actions(win)
        for k in a.shortcuts()
        if native(k).replace("Return", "Enter") not in keys_column
    ]
    assert not missing


def test_f1_opens_the_list_from_the_help_menu(win: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a.menu() for a in win.menuBar().actions() if plain(a.text()) == "Help")
    assert isinstance(help_menu, QMenu)
    entry = next(a for a in help_menu.actions() if plain(a.text()) == "Keyboard shortcuts")
    assert [native(k) for k in entry.shortcuts()] == ["F1"]
    entry.trigger()
    shown = win.findChild(ShortcutsDialog, "shortcuts_dialog")
    assert isinstance(shown, ShortcutsDialog) and shown.isVisible()
    entry.trigger()  # again: the same list comes to the front, not a second one
    assert len(win.findChildren(ShortcutsDialog)) == 1
    shown.close()


def test_the_link_maps_keys_are_listed(dialog: ShortcutsDialog) -> None:
    rows = [r for r in dialog.rows if r.where.startswith("In the link map")]
    assert any("Home/End" in r.keys for r in rows)
    assert any("Enter" in r.keys for r in rows)
