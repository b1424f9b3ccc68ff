"""The menu bar: every entry reachable from the keyboard by its own letter; the entries
that act on a pair greyed out until one is shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Document
from reader.ui.actions import PAIR_ACTIONS
from reader.ui.main_window import MainWindow
from reader.ui.sample_pair import seed_paths
from reader.ui.session_actions import SESSION_ACTIONS
from reader.ui.shortcuts_dialog import plain
from tests.ui.session_fixtures import check_closed


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
    """The window's actions and the session's that act on the pair shown."""
    session = window.session_controller.actions
    return [getattr(window.actions_, name) for name in PAIR_ACTIONS] + [
        getattr(session, name) for name in SESSION_ACTIONS
    ]


def test_without_a_pair_swap_and_the_steps_are_greyed_out(window: MainWindow) -> None:
    """They were live toolbar buttons that did nothing and said nothing."""
    assert [a.isEnabled() for a in pair_actions(window)] == [False] * len(pair_actions(window))


# the menu entries that need no pair: opening one, the settings, the view, moving the
# keyboard between the window's areas, help
NEED_NO_PAIR = {
    "File > Open pair",
    "File > Compare pasted text",
    "File > Recent pairs",
    "File > Open session",
    "File > Quit",
    "Edit > Settings",
    "View > Synced scrolling",
    "View > Entity and number links",
    "View > Mark the words that differ",
    "View > Zoom in",
    "View > Zoom out",
    "View > Reset zoom",
    "View > Panels",
    "View > Matches",
    "View > Only in one",
    "View > Quotes",
    "View > Notes",
    "Go > Next area",
    "Go > Previous area",
    "Help > Reading guide",
    "Help > Open the sample pair",
    "Help > Keyboard shortcuts",
    "Help > About Crossread",
}


def test_an_empty_window_greys_out_every_entry_that_acts_on_a_pair(window: MainWindow) -> None:
    """Go > Jump to partner, the Partners menu and Find stayed live with nothing open."""
    live = {
        f"{plain(menu.title())} > {plain(a.text())}"
        for menu in menus(window)
        for a in menu.actions()
        if a.isEnabled() and not a.isSeparator()
    }
    assert live == NEED_NO_PAIR


def lexical(a: Document, b: Document, **kw: object) -> Alignment:
    return align(a, b, method="lexical", **kw)  # type: ignore[arg-type]


def test_the_sample_pair_opened_enables_every_entry_that_acts_on_a_pair(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = MainWindow(settings=settings, loader=load_document, aligner=lexical)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.alignment_finished, timeout=60_000):
        window.open_pair(*seed_paths())
    assert all(a.isEnabled() for a in pair_actions(window))
    check_closed(window)


def test_a_pair_shown_enables_swap_and_the_steps(shown: MainWindow) -> None:
    assert all(a.isEnabled() for a in pair_actions(shown))
