"""The panels' tab bars carry a name a screen reader reads out (reader/ui/panel_tabs.py),
and read it as a page tab list of the panels (reader/ui/tab_list_access.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.panel_tabs import DESCRIPTION, NAME


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


def _read(bar: QTabBar) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(bar)
    assert iface is not None
    return iface


def test_a_screen_reader_reads_the_bar_as_panels_not_its_current_tab(window: MainWindow) -> None:
    """Qt's own interface read the bar as "Matches" (its current tab), its name unread."""
    iface = _read(panel_bars(window)[0])
    assert iface.role() == QAccessible.Role.PageTabList
    assert iface.text(QAccessible.Text.Name) == NAME
    assert iface.text(QAccessible.Text.Description) == DESCRIPTION


def test_the_bars_tabs_are_read_as_the_panels(window: MainWindow) -> None:
    bar = panel_bars(window)[0]
    iface = _read(bar)
    tabs = [iface.child(i) for i in range(iface.childCount())]
    assert [t.text(QAccessible.Text.Name) for t in tabs if t] == [
        bar.tabText(i) for i in range(bar.count())
    ]
    assert all(t is not None and t.role() == QAccessible.Role.PageTab for t in tabs)
    assert all(t is not None and iface.indexOfChild(t) == i for i, t in enumerate(tabs))


def test_the_current_tab_is_the_selected_one(window: MainWindow) -> None:
    bar = panel_bars(window)[0]
    bar.setCurrentIndex(1)
    iface = _read(bar)
    selected = [i for i in range(iface.childCount()) if iface.child(i).state().selected]
    assert selected == [1]


def test_the_focused_bar_gives_its_current_tab_as_focus(window: MainWindow, qtbot: QtBot) -> None:
    bar = panel_bars(window)[0]
    window.activateWindow()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    bar.setCurrentIndex(2)
    focus = _read(bar).focusChild()
    assert focus is not None and focus.text(QAccessible.Text.Name) == bar.tabText(2)
    assert focus.state().focused


def test_a_tab_of_a_bar_gone_is_read_as_nothing(window: MainWindow, qtbot: QtBot) -> None:
    """Qt deletes a bar when the panels leave it; its tabs' interfaces go with it."""
    bar = QTabBar(window)
    bar.addTab("One")
    bar.addTab("Two")
    tab = _read(bar).child(1)
    assert tab is not None and tab.text(QAccessible.Text.Name) == "Two"
    bar.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(bar))
    assert not shiboken6.isValid(tab) or not tab.isValid()


def test_a_tab_widgets_bar_keeps_qts_own_reading(window: MainWindow, qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "General")
    assert _read(tabs.tabBar()).text(QAccessible.Text.Name) == "General"
