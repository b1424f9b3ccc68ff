"""The tab bars Qt makes for the panels docked on one another (Matches, Only in one,
Quotes, Notes), named for a screen reader: Qt gives them no name, so the keyboard's Tab
landed on a control read out as nothing. Qt makes such a bar whenever panels are docked
together again (after one was floated), so each is named as it appears."""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtWidgets import QMainWindow, QTabBar

NAME = "Panels"
DESCRIPTION = "Choose a panel: Matches, Only in one, Quotes or Notes"


class PanelTabs(QObject):
    """Names every tab bar ``window`` makes for its docked panels."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        for bar in window.findChildren(QTabBar):
            name(bar)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QTabBar):
                name(child)
        return super().eventFilter(watched, event)


def name(bar: QTabBar) -> None:
    if not bar.accessibleName():
        bar.setAccessibleName(NAME)
        bar.setAccessibleDescription(DESCRIPTION)
