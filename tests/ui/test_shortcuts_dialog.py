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
from reader.ui.shortcuts_dialog import PLACE_KEYS, ShortcutsDialog, plain
from tests.ui.session_fixtures import *  # noqa: F403

README = Path(__file__).resolve().parents[2] / "README.md"
# a key with a modifier ("Ctrl+Shift+F8", "Ctrl+,", "Ctrl++", "Alt+V") or a function key
KEY = re.compile(
    r"(?<![\w+])(?:(?:Ctrl|Shift|Alt)\+)+(?:F\d{1,2}\b|Enter\b|Tab\b|Down\b|Up\b|[A-Z0-9](?![a-z])|[=+\-,])"
    r"|(?<![\w+])F\d{1,2}\b"
)


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


def keyboard_table() -> list[tuple[str, str]]:
    """The README's Keyboard table: (keys, what they do) of each row."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("### Keyboard") : text.index("\n## Use\n")]
    return re.findall(r"^\| ([^|]+) \| ([^|]+) \|$", section, flags=re.M)[2:]


def menu_keys(win: MainWindow) -> set[str]:
    return {native(k).replace("Return", "Enter") for a in menu_actions(win) for k in a.shortcuts()}


def test_every_key_the_readme_keyboard_table_names_exists(win: MainWindow) -> None:
    """Each key with a modifier or a function key in the table is a menu's shortcut, a
    menu's mnemonic (Alt+V) or a key of a place the F1 list names (Alt+Enter in the find
    bar, Ctrl+C in a panel's list): no key the window lost or never had."""
    known = menu_keys(win)
    known |= {k for r in PLACE_KEYS for k in KEY.findall(r.keys)}
    known |= {
        f"Alt+{t[t.index('&') + 1].upper()}" for t in map(QAction.text, win.menuBar().actions())
    }
    named = [k for keys, _ in keyboard_table() for k in KEY.findall(keys)]
    assert len(named) >= 30
    assert [k for k in named if k not in known] == []


def test_the_readme_keyboard_tables_panel_letters_are_the_view_menus(win: MainWindow) -> None:
    """ "Alt+V, then M, N, Q or T": the mnemonics of View > Matches, Only in one, Quotes,
    Notes."""
    keys, row = next(r for r in keyboard_table() if r[0].startswith("Alt+V, then"))
    letters = re.findall(r"\b([A-Z])\b", keys.split("then", 1)[1])
    view = next(a.menu() for a in win.menuBar().actions() if plain(a.text()) == "View")
    assert isinstance(view, QMenu)
    mnemonics = {
        plain(a.text()): a.text()[a.text().index("&") + 1].upper()
        for a in view.actions()
        if "&" in a.text()
    }
    panels = re.findall(r"(Matches|Only in one|Quotes|Notes)", row)
    assert [mnemonics[p] for p in panels] == letters


def test_a_menu_entry_the_readme_names_with_keys_has_those_keys(win: MainWindow) -> None:
    """ "**File > Open pair…** (Ctrl+O)", "Go > Next match (F8)", "**Find** (Ctrl+F)":
    the keys in brackets after an entry's name (before a ";", which starts other places'
    keys) are that entry's shortcuts."""
    text = README.read_text(encoding="utf-8").replace("\n", " ")
    checked, wrong = 0, []
    for a in menu_actions(win) + [a for a in win.findChildren(QAction) if not a.shortcuts()]:
        name = plain(a.text())
        if not name:
            continue
        have = {native(k).replace("Return", "Enter") for k in a.shortcuts()}
        pattern = rf"(?<!\w){re.escape(name)}…?(?:\*\*)? \(([^);]*)"
        for m in re.finditer(pattern, text):
            for key in KEY.findall(m.group(1)):
                checked += 1
                if key not in have:
                    wrong.append(f"{name} ({key}): the window has {sorted(have) or 'no key'}")
    assert checked >= 15
    assert wrong == []


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


def test_the_find_bars_keys_and_the_filters_esc_are_listed(dialog: ShortcutsDialog) -> None:
    """Alt+Enter (the same text in the other article) with the find bar's other keys, and
    Esc in the Matches filter as in the notes filter."""
    keys = {r.where: r.keys for r in dialog.rows}
    assert "Alt+Enter" in keys["In the find bar"]
    assert keys["In a panel's filter box"] == "Esc"
