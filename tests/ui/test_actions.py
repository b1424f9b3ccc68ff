"""The menu bar: every entry reachable from the keyboard by its own letter."""

from __future__ import annotations

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
