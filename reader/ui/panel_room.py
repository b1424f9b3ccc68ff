"""The panels below the articles share a window's change of height with the articles.

Qt's main window gives every pixel a window gains or loses to its central widget: the
docks keep their height. Made shorter (a window snapped to half a screen, a laptop's
screen after a desktop's), the window kept the panels at their height and left the
articles a few lines. Here the panels keep the share of the room between the toolbar
and the status bar that they had, so both lose in proportion, and made taller again the
window gives them back the height they had. The share is the one the reader last gave
them (by dragging the separator, or the first layout's): a panel resized by the reader
keeps that height until the window's height changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def panel_height(share: float, room: int) -> int:
    """The panels' height that keeps ``share`` of ``room`` pixels (the central widget's
    and the panels' heights together)."""
    return max(0, round(share * room))


class PanelRoom(QObject):
    """Watches ``window``'s resizes and gives its bottom panels their share of the new
    height.

    Signals:
        settled(): the window's layout settled (the share is read, if the reader's).
    """

    settled = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._share: float | None = None  # of the room, for the bottom panels
        self._moved = True  # the panels' height was set by someone else: read the share
        self._settled_height = -1  # the window's, when its layout last settled
        self._height = 0  # the panels', to be set once the window's resize is through
        self._apply = _turn(self, self._applied)
        self._settle = _turn(self, self._settled)
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            dock.installEventFilter(self)

    def shown_panel(self) -> QDockWidget | None:
        """The bottom panel on screen (docked, in front of its tabs), if any."""
        window = self._window
        for dock in window.findChildren(QDockWidget):
            docked = not dock.isFloating() and window.dockWidgetArea(dock) == BOTTOM
            if docked and dock.isVisible() and not dock.visibleRegion().isEmpty():
                return dock
        return None

    @property
    def share(self) -> float | None:
        """The bottom panels' share of the room, as last set (None before one was)."""
        return self._share

    def room(self) -> int:
        """The height the articles and the bottom panel on screen share (0: none is)."""
        dock = self.shown_panel()
        return self._room(dock) if dock is not None else 0

    def give_share(self, share: float | None) -> None:
        """Give the bottom panels ``share`` of the room (panels opened again: Qt gives them
        their least height), once the window has laid them out."""
        if share is not None:
            self._share = share
            self._moved = False
            self._settle.stop()
            QTimer.singleShot(0, self, lambda: self._share_out(1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Resize:
                assert isinstance(event, QResizeEvent)
                grown = event.size().height() - event.oldSize().height()
                if event.oldSize().isValid() and grown:
                    self._share_out(grown)
            elif kind == QEvent.Type.Show:
                self._settle.start()
            elif kind == QEvent.Type.Hide:  # closed: nothing to lay out
                self._apply.stop()
                self._settle.stop()
            elif kind == QEvent.Type.ChildAdded:
                assert isinstance(event, QChildEvent)
                if isinstance(event.child(), QDockWidget):  # a panel added later (Notes)
                    event.child().installEventFilter(self)
        elif kind == QEvent.Type.Resize and not self._ours() and self._still():
            self._moved = True  # the reader's drag, a panel opened, a layout restored
            self._settle.start()
        return False

    def _still(self) -> bool:
        """The window has the height it had when its layout last settled."""
        return self._window.height() == self._settled_height

    def _ours(self) -> bool:
        return self._apply.isActive() or self._settle.isActive()

    def _room(self, dock: QDockWidget) -> int:
        """The height the articles (the central widget) and the panels share."""
        central = self._window.centralWidget()
        return dock.height() + (central.height() if central is not None else 0)

    def _share_out(self, grown: int) -> None:
        dock = self.shown_panel()
        if dock is None:
            return
        room = self._room(dock)  # the window's layout has laid out the new height already
        if self._share is None or room <= 0:
            return
        self._height = max(1, panel_height(self._share, room))
        self._apply.start()  # the main window lays out its docks anew after this event

    def _applied(self) -> None:
        dock = self.shown_panel()
        if dock is not None:
            # Qt sizes a tabbed group of docks with its tab bar below: ask for that too
            bar = self._window.statusBar()
            bottom = bar.geometry().top() if bar.isVisible() else self._window.height()
            below = max(0, bottom - dock.geometry().bottom() - 1)
            self._window.resizeDocks([dock], [self._height + below], Qt.Orientation.Vertical)
        self._settle.start()

    def _settled(self) -> None:
        self._settled_height = self._window.height()
        dock = self.shown_panel()
        if self._moved and dock is not None and self._room(dock) > 0:
            self._share = dock.height() / self._room(dock)
            self._moved = False
        self.settled.emit()


def _turn(parent: QObject, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer running ``slot`` at the event loop's next turn."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(slot)
    return timer
