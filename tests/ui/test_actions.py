"""The menu bar: every entry reachable from the keyboard by its own letter; the entries
that act on a pair greyed out until one is shown."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("S&wap sides" -> "w"), if any."""
    i = text.replace("&&", "\0\0").find("&")
    return text[i + 1].lower() if 0 <= i < len(text) - 1 else None


def menus(window: MainWindow) -> list[QMenu]:
    found = [a.menu() for a in window.menuBar().actions()]
    return [m for m in found if isinstance(m, QMenu)]


def test_every_menu_entry_has_a_mnemonic(window: MainWindow) -> None:
    missing = [
        f"{menu.title()} > {a.text()}"
        for menu in menus(window)
        for a in menu.actions()
        if not a.isSeparator() and mnemonic(a.text()) is None
    ]
    assert missing == []


def test_no_two_entries_of_a_menu_share_a_mnemonic(window: MainWindow) -> None:
    for menu in menus(window):
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        taken = [x for x in letters if x is not None]
        assert len(taken) == len(set(taken)), f"{menu.title()}: {letters}"


def pair_actions(window: MainWindow) -> list[QAction]:
    act = window.actions_
    return [act.swap, act.next_match, act.prev_match, act.next_discrepancy, act.prev_discrepancy]


def test_without_a_pair_swap_and_the_steps_are_greyed_out(window: MainWindow) -> None:
    """They were live toolbar buttons that did nothing and said nothing."""
    assert [a.isEnabled() for a in pair_actions(window)] == [False] * 5


def test_a_pair_shown_enables_swap_and_the_steps(shown: MainWindow) -> None:
    assert all(a.isEnabled() for a in pair_actions(shown))
