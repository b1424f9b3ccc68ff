"""The panels give way to the articles in a small window.

A window made smaller than SMALL_WINDOW (snapped to a quarter of a screen, dragged small)
kept the panels docked below the articles at their share, and the articles were left two
narrow columns of a few lines. As a mail reader closes its preview pane, the docked
panels close once the window is smaller than that (floating ones take nothing from the
articles and stay), the status bar saying so; made large enough again, the window opens
them again as they were. The reader decides over that: panels the reader opens in the
small window stay open (until the window has been large again), and panels the reader
closed, or that were closed when the window became small, are not opened by it.

A window closed while its panels gave way saves its layout with them open, so the next
start in a larger window has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer

from reader.ui.first_layout import PANELS_CLOSED

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# under this width or height the articles need the window's room: the panels close
SMALL_WINDOW = (640, 420)


def too_small(width: int, height: int) -> bool:
    """A window of ``width`` x ``height`` too small for the articles and the panels."""
    return width < SMALL_WINDOW[0] or height < SMALL_WINDOW[1]


class PanelsGiveWay(QObject):
    """Closes ``window``'s docked panels while it is small, opens them again after."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.gave_way = False  # the panels are closed because the window is small
        self._kept = False  # the reader opened them in the small window: leave them
        self._ours = False  # the panels are being closed or opened here
        self._state: QByteArray | None = None  # the window's layout before they closed
        self._share: float | None = None  # of the height, the panels' before they closed
        self._check = QTimer(self)  # once the resize (and the window's layout) is through
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self.check)
        window.panels.action.toggled.connect(self._toggled)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.Show) and self._window.isVisible():
            self._check.start()  # a hidden window's resize (moved between screens) waits
        elif kind in (QEvent.Type.Hide, QEvent.Type.Close):
            self._check.stop()
        return False

    def check(self) -> None:
        """Close or open the panels for the window's size as it is."""
        w = self._window
        if not w.isVisible():
            return
        small = too_small(w.width(), w.height())
        panels = w.panels
        if not small:
            self._kept = False
            if self.gave_way:
                self.gave_way = False
                self._state = None
                if not panels.is_open():
                    self._set_open(True)
                    w.panel_room.give_share(self._share)  # the height they had
            return
        if w.first_layout.closed_panels and not panels.is_open():
            self.gave_way = True  # a window first shown small: its panels come back too
            w.first_layout.closed_panels = False
        if self.gave_way or self._kept or not panels.is_open():
            return
        self._state = w.saveState()
        self._share = w.panel_room.share
        self._set_open(False)
        self.gave_way = True
        w.statusBar().showMessage(PANELS_CLOSED, 15000)

    def layout_state(self) -> QByteArray:
        """The window's layout to save: the panels as they were before they gave way."""
        return (
            self._state if self.gave_way and self._state is not None else self._window.saveState()
        )

    def _set_open(self, wanted: bool) -> None:
        self._ours = True
        try:
            self._window.panels.set_open(wanted)
        finally:
            self._ours = False

    def _toggled(self, shown: bool) -> None:
        """The reader opened or closed panels: theirs to decide from now on."""
        if self._ours:
            return
        if self.gave_way:
            self.gave_way = False
            self._state = None
            self._kept = shown
