"""The view settings a kept copy of unsaved work carries (File > Recover unsaved notes):
those the window showed its pair with, the panels' filters included, as a save or the
autosave would write them.

A copy is kept as another pair or session replaces the work, often once the window has
shown the new pair and reset the filters for it (:meth:`MainWindow.show_alignment`), or
for a note finished on a pair already replaced: :class:`LeftView` keeps the view on screen
as the window leaves the session's pair, for such a copy to carry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.model import Alignment
from reader.model.session import JSONScalar, Session
from reader.ui import panel_filters, view_state

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class LeftView(QObject):
    """The view on screen when the window last left the pair of the session ``current``
    gives, and the view of a session about to be kept (:meth:`with_view`)."""

    def __init__(self, window: MainWindow, current: Callable[[], Session | None]) -> None:
        super().__init__(window)
        self.window = window
        self._current = current
        self.left: tuple[Alignment, dict[str, JSONScalar]] | None = None
        window.leaving_pair.connect(self._leaving)

    def _leaving(self) -> None:
        s, shown = self._current(), self.window.alignment()
        if s is not None and shown is not None and view_state.same_articles(s.alignment, shown):
            self.left = (shown, view_state.capture(self.window))

    def with_view(self, session: Session) -> Session:
        """``session`` with the view its pair was shown with: the view on screen while
        the window shows its pair, else the one it had when the window left it (the boxes
        of A and B exchanged if its sides were swapped since); else as it is."""
        shown = self.window.alignment()
        if view_state.same_articles(shown, session.alignment):
            assert shown is not None
            view = view_state.capture(self.window)
        elif self.left is not None and view_state.same_articles(self.left[0], session.alignment):
            shown, view = self.left
        else:
            return session
        if shown.a.content_hash != session.alignment.a.content_hash:
            view = panel_filters.swapped(view)
        return session.with_view(**view)
