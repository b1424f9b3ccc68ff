"""The window's first layout, when no layout of the reader's own is restored: the panels
below the articles get their share of the height (the articles most of it), and a window
that would leave the articles fewer than READ_LINES lines (a small window, a large font)
starts with the panels closed, and says so in the status bar until the reader opens them
(View ▸ Panels, Ctrl+J)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

DOCK_SHARE = 0.28  # of the window's height, for the docks below the articles at first
DOCK_MIN_HEIGHT = 150
# at most this share of a small window's height at first (DOCK_MIN_HEIGHT was over a third
# of a window under 450 pixels high): the articles are what the reader reads
DOCK_MAX_SHARE = 1 / 3
# a first layout whose articles would show fewer lines than this with the panels open
# (a small window, a large font) starts with the panels closed: Ctrl+J opens them
READ_LINES = 8
PANELS_CLOSED = "Panels closed to give the articles room: View ▸ Panels (Ctrl+J) opens them"


def first_panel_height(window_height: int) -> int:
    """The height the first layout asks for the panels (their tab bar with them): their
    share, not under DOCK_MIN_HEIGHT unless that is over a third of the window."""
    share = max(DOCK_MIN_HEIGHT, int(window_height * DOCK_SHARE))
    return min(share, int(window_height * DOCK_MAX_SHARE))


class FirstLayout(QObject):
    """Lays ``window`` out the first time it is shown (when ``pending``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.pending = False  # no layout of the reader's own: laid out once shown
        self._hint = False  # the first layout closed the panels: say so
        self.closed_panels = False  # it did, and the reader has not opened them since
        window.panels.action.toggled.connect(self._panels_toggled)

    def window_shown(self) -> None:
        """The window is shown: with no layout of the reader's own, the articles get most
        of the height."""
        if not self.pending:
            return
        w = self._window
        self.pending = False
        share = first_panel_height(w.height())
        w.resizeDocks([w.dock], [share], Qt.Orientation.Vertical)
        layout = w.layout()
        assert layout is not None  # a main window always has its own
        layout.activate()  # the articles' height with the panels at their share
        view = w.pane_a.text_view()
        if view.height() < READ_LINES * view.fontMetrics().lineSpacing():
            w.panels.set_open(False)
            self._hint = True
            self.closed_panels = True
            self._say_panels_closed()

    def pair_shown(self) -> None:
        """A pair is on screen: say why the panels are not, if the first layout closed
        them (for this pair only)."""
        self._say_panels_closed()
        self._hint = False

    def _panels_toggled(self, shown: bool) -> None:
        if shown:  # the reader found them: what the status bar said is no longer so
            self._hint = False
            self.closed_panels = False
            if self._window.statusBar().currentMessage() == PANELS_CLOSED:
                self._window.statusBar().clearMessage()

    def _say_panels_closed(self) -> None:
        """Tell, once the pair is on screen, why the panels are not (a first layout that
        closed them)."""
        if self._hint:
            self._window.statusBar().showMessage(PANELS_CLOSED, 15000)
