"""Files dropped on the window: two open as a pair, one replaces the article on the side
it was dropped on, a ``.crossread`` session opens as a session. While a drag is over the
window, :class:`~reader.ui.drop_mark.DropMark` frames what it will replace and says so.

One file dropped on a window with no pair is kept as the article of that side, and the
next one dropped is the other article (it was thrown away, "Drop two files to open a
pair." said for six seconds). Anything else (three files, a web address, a piece of text)
is refused while it is dragged, the status bar saying why and what to do instead."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QRect
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from reader.session.store import SUFFIX
from reader.ui.article_pane import EMPTY_HINTS
from reader.ui.drop_mark import DropMark
from reader.ui.opening import dropped_paths

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

REFUSED_MS = 8000
NOT_FILES = (
    "Crossread opens files, not web addresses: save the page, then drop the file (or copy "
    "its text into File > Compare pasted text…)."
)
NOT_TEXT = "Text from another program is compared through File > Compare pasted text…."
TOO_MANY = "Drop one file (it replaces the article under it) or two (they open as a pair)."
OTHER = {"a": "b", "b": "a"}


def refusal(mime: QMimeData, files: int) -> str:
    """Why a drag carrying ``mime`` (``files`` local files) cannot be dropped."""
    if files > 2:
        return TOO_MANY
    if mime.hasUrls():
        return NOT_FILES
    return NOT_TEXT if mime.hasText() else TOO_MANY


class PairDrop(QObject):
    """Takes the drags and drops of ``window`` (an event filter on it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.mark = DropMark(window)
        # (side, path) of one file dropped on a window with no pair, until the other comes
        self.waiting: tuple[str, str] | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.opener.loaded.connect(lambda _r: self._stop_waiting())

    def watch_fields(self) -> None:
        """Take the file drags of the window's widgets that take drops of their own (the
        find and filter fields, an article's text while it is matched): a file let go over
        the find field was typed into it, and one over an article being matched was
        refused. A drag of text still goes to them."""
        for widget in self._window.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Show:
            self.watch_fields()  # the panels' fields are made after this helper
        if kind == QEvent.Type.DragLeave and isinstance(watched, QWidget):
            self._left()
            return watched is self._window
        if not isinstance(event, QDropEvent) or not isinstance(watched, QWidget):
            return super().eventFilter(watched, event)
        if watched is not self._window and not dropped_paths(event.mimeData()):
            return False  # text dragged into a field: the field's own
        pos = watched.mapTo(self._window, event.position().toPoint())
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            self._over(event, pos, entering=kind == QEvent.Type.DragEnter)
        elif kind == QEvent.Type.Drop:
            self._dropped(event, pos)
        else:
            return super().eventFilter(watched, event)
        return True

    def _over(self, event: QDropEvent, pos: QPoint, entering: bool) -> None:
        """A drag came in (``entering``) or moved: taken, showing what a drop will do, or
        refused, saying why as it comes in."""
        paths = dropped_paths(event.mimeData())
        if 1 <= len(paths) <= 2:
            event.acceptProposedAction()
            self._show_plan(paths, pos)
            return
        event.ignore()
        if entering:
            self._window.statusBar().showMessage(refusal(event.mimeData(), len(paths)), REFUSED_MS)

    def _left(self) -> None:
        self.mark.clear()
        self._window.statusBar().clearMessage()

    # -- what a drop will do ---------------------------------------------------------------

    def side_at(self, pos: QPoint) -> str:
        """The article a single file dropped at ``pos`` (the window's coordinates) replaces:
        the one the other is waiting for, else the one on that side of the link map."""
        if self.waiting is not None:
            return OTHER[self.waiting[0]]
        w = self._window
        split_x = w.link_map.mapTo(w, QPoint(w.link_map.width() // 2, 0)).x()
        return "a" if pos.x() < split_x else "b"

    def _current(self) -> tuple[str, str] | None:
        opener = self._window.opener
        return opener.pending or opener.paths or opener.shown_paths()

    def _area(self, side: str | None) -> QRect:
        """The window's rectangle of one article (None: of both)."""
        w = self._window
        widget = w.splitter if side is None else w.pane(side)
        return QRect(widget.mapTo(w, QPoint(0, 0)), widget.size())

    def plan(self, paths: list[str], pos: QPoint) -> tuple[str | None, str]:
        """The article ``paths`` dropped at ``pos`` go to (None: both) and what to say."""
        names = [Path(p).name for p in paths]
        if len(paths) == 2:
            return None, f"Drop to open {names[0]} as article A and {names[1]} as article B"
        if paths[0].lower().endswith(SUFFIX):
            return None, f"Drop to open the session {names[0]}"
        side = self.side_at(pos)
        text = f"Drop to open {names[0]} as article {side.upper()}"
        if self.waiting is not None:
            other = Path(self.waiting[1]).name
            return side, f"{text}, beside {other} (article {self.waiting[0].upper()})"
        alignment = self._window.alignment()
        if alignment is not None:
            title = (alignment.a if side == "a" else alignment.b).title
            return side, f"{text}, in place of “{title}”"
        if self._current() is None:
            return side, f"{text}, then drop article {OTHER[side].upper()}"
        return side, text

    def _show_plan(self, paths: list[str], pos: QPoint) -> None:
        side, text = self.plan(paths, pos)
        self.mark.mark(self._area(side), text)
        self._window.statusBar().showMessage(text)

    # -- the drop ----------------------------------------------------------------------------

    def _dropped(self, event: QDropEvent, pos: QPoint) -> None:
        """Two files: open them as a pair; one file: replace the side it was dropped on."""
        paths = dropped_paths(event.mimeData())
        self._left()
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
        side = self.side_at(pos)
        if self.waiting is not None:
            first = self.waiting[1]
            w.opener.request(*((first, paths[0]) if side == "b" else (paths[0], first)))
        elif self._current() is None:
            self._wait(side, paths[0])
        else:
            w.opener.replace_side(side, paths[0])

    def _wait(self, side: str, path: str) -> None:
        """Keep ``path`` as article ``side`` until the other article is dropped."""
        checked = self._window.opener.checked(path)
        if checked is None:  # said why
            return
        self.waiting = (side, checked[0])
        name, other = Path(path).name, OTHER[side]
        big, other_big = side.upper(), other.upper()
        self._window.pane(side).browser.setPlaceholderText(
            f"{name} is article {big}. Drop article {other_big} (anywhere on the window), "
            "or open both with Ctrl+O."
        )
        self._window.pane(other).browser.setPlaceholderText(
            f"Drop article {other_big} here: {name} is article {big}."
        )
        self._window.statusBar().showMessage(
            f"{name} is article {big}: drop article {other_big} to compare them."
        )

    def _stop_waiting(self) -> None:
        if self.waiting is None:
            return
        self.waiting = None
        for side, hint in EMPTY_HINTS.items():
            self._window.pane(side).browser.setPlaceholderText(hint)
