"""F6 and Shift+F6 (Go > Next area, Previous area): the keyboard straight to the other
article, then to the list of the panel in front, the status bar's correction note button
when an article has a note, and round again.

Tab visits every control on the way: from article B to the Matches list it passes the
four kind boxes, the words filter, Show and Min score. F6 is the key desktop programs
(browsers, mail readers, file managers) give to "the next part of the window"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTableView, QWidget

from reader.ui.session_actions import insert_after, make_action

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class AreaKeys(QObject):
    """The two actions, in the Go menu after Previous discrepancy."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.next_area = make_action(
            window,
            "Next &area",
            ["F6"],
            "Move the keyboard to the other article, then to the list of the panel in front",
        )
        self.prev_area = make_action(
            window, "Previous ar&ea", ["Shift+F6"], "Move the keyboard back an area"
        )
        self.next_area.triggered.connect(lambda: self.step(1))
        self.prev_area.triggered.connect(lambda: self.step(-1))
        go = window.actions_.prev_discrepancy.associatedObjects()
        menu = next((m for m in go if isinstance(m, QMenu)), None)
        insert_after(menu, window.actions_.prev_discrepancy, self.prev_area)
        insert_after(menu, window.actions_.prev_discrepancy, self.next_area)
        if menu is None:  # the shortcuts act without a menu too
            window.addActions([self.next_area, self.prev_area])

    def areas(self) -> list[QWidget]:
        """Article A's text, article B's, the list of each panel on screen (the one in
        front of a stack of tabs, a floating one), in the window's order, then the status
        bar's correction note button while it is shown (the bar is the window's last
        part, and F6 reaches it as a browser's F6 reaches its address bar)."""
        w = self._window
        found: list[QWidget] = [w.pane_a.text_view(), w.pane_b.text_view()]
        for dock in w.findChildren(QDockWidget):
            table = dock.findChild(QTableView)
            if dock.isVisible() and table is not None and not table.visibleRegion().isEmpty():
                found.append(table)
        button = w.correction_steps.button
        if button.isVisible():
            found.append(button)
        return found

    def step(self, by: int) -> None:
        """Give the keyboard to the area ``by`` places from the one holding it (none:
        article A going forward, the last area going back)."""
        areas = self.areas()
        focus = QApplication.focusWidget()
        at = -1
        if focus is not None:
            at = next((i for i, a in enumerate(areas) if a is focus or a.isAncestorOf(focus)), -1)
            dock = dock_of(focus)  # a panel's filter or button: the panel's place
            if at < 0 and dock is not None:
                at = next((i for i, a in enumerate(areas) if dock.isAncestorOf(a)), -1)
        ahead = at + by if at >= 0 else (0 if by > 0 else -1)  # none: A, or the last
        target = areas[ahead % len(areas)]
        reason = Qt.FocusReason.TabFocusReason if by > 0 else Qt.FocusReason.BacktabFocusReason
        floating = target.window()
        if floating is not self._window:  # a floating panel: its window in front, active
            floating.raise_()
            floating.activateWindow()
        target.setFocus(reason)


def dock_of(widget: QWidget) -> QDockWidget | None:
    """The panel holding ``widget`` (or ``widget``, a panel), or None."""
    parent: QWidget | None = widget
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent
