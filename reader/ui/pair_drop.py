"""Files dropped on the window: two open as a pair, one replaces the article on the side
it was dropped on, a ``.crossread`` session opens as a session. Anything else (three
files, a web page's text) is refused while it is dragged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from reader.ui.opening import dropped_paths

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class PairDrop(QObject):
    """Takes the drags and drops of ``window`` (an event filter on it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
                self._entered(event)
                return True
            if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                self._dropped(event)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _entered(event: QDragEnterEvent) -> None:
        if 1 <= len(dropped_paths(event.mimeData())) <= 2:
            event.acceptProposedAction()
        else:
            event.ignore()

    def _dropped(self, event: QDropEvent) -> None:
        """Two files: open them as a pair; one file: replace the side it was dropped on."""
        paths = dropped_paths(event.mimeData())
        if not 1 <= len(paths) <= 2:
            event.ignore()
            return
        event.acceptProposedAction()
        w = self._window
        if w.session_controller.opening.open_dropped(paths):  # a .crossread session
            return
        if len(paths) == 2:
            w.opener.request(paths[0], paths[1])
            return
        split_x = w.link_map.mapTo(w, QPoint(w.link_map.width() // 2, 0)).x()
        w.opener.replace_side("a" if event.position().toPoint().x() < split_x else "b", paths[0])
