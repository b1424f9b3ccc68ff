"""The panels' tab bars carry a name a screen reader reads out (reader/ui/panel_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.panel_tabs import NAME


def panel_bars(window: MainWindow) -> list[QTabBar]:
    return [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() > 1]


def test_the_panels_tab_bar_has_a_name(window: MainWindow) -> None:
    bars = panel_bars(window)
    assert bars and all(b.accessibleName() == NAME for b in bars)


def test_a_tab_bar_made_when_panels_are_docked_together_again_has_a_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.quotes_dock.setFloating(True)
    window.only_dock.setFloating(True)
    window.only_dock.setFloating(False)
    window.quotes_dock.setFloating(False)
    window.tabifyDockWidget(window.dock, window.only_dock)
    window.tabifyDockWidget(window.only_dock, window.quotes_dock)
    qtbot.waitUntil(lambda: bool(panel_bars(window)))
    assert all(b.accessibleName() == NAME for b in window.findChildren(QTabBar))
