"""The panels' tab bar last in the Tab order, under the panel in front, as it is seen.

Qt puts the bar it makes for panels docked on one another where it is made in the focus
chain: after the panels that existed then (Matches, Only in one) and before those made
later (Quotes, the notes' panel). With Quotes or Notes in front, Tab went from article B
to the tabs at the bottom, then up to the panel's filter and list; with Matches in front,
to the panel first and the tabs last. Here the bar goes after the last control of the
last panel, whichever is in front, and again for a bar Qt makes when panels are docked
together anew (a floated panel put back)."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget


class PanelTabOrder(QObject):
    """Keeps ``window``'s panel tab bars after the panels' controls in the Tab order."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.reorder()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        polished = event.type() == QEvent.Type.ChildPolished
        if polished and isinstance(event, QChildEvent) and isinstance(event.child(), QTabBar):
            QTimer.singleShot(0, self, self.reorder)  # once Qt has filled it in
        return super().eventFilter(watched, event)

    def reorder(self) -> None:
        """Put every tab bar of the window's docks after the panels' last control."""
        bars = [b for b in self._window.findChildren(QTabBar) if b.parentWidget() is self._window]
        last = _last_panel_control(self._window)
        if last is None:
            return
        for bar in bars:
            if bar.focusPolicy() != Qt.FocusPolicy.NoFocus:
                QWidget.setTabOrder(last, bar)
                last = bar


def _last_panel_control(window: QMainWindow) -> QWidget | None:
    """The last widget in ``window``'s focus chain that lies in one of its docks."""
    docks = [d for d in window.findChildren(QDockWidget) if d.parentWidget() is window]
    last: QWidget | None = None
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QTabBar)
            and any(d.isAncestorOf(widget) for d in docks)
        ):
            last = widget
        widget = widget.nextInFocusChain()
    return last
