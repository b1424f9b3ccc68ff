"""Letting the :class:`~reader.ui.session_controller.SessionController`'s session go: for
another pair or session (:meth:`SessionClosing.may_replace`), or as the window closes
(its close event, then a clean quit); the question itself is the
:class:`~reader.ui.unsaved_guard.UnsavedGuard`'s."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


def thaw() -> None:
    """Give the garbage collector back what opening a session froze.

    A session of thousands of notes is some 20,000 objects that live while it is open;
    every full collection (set off by whatever allocates, on either thread) went through
    them and the rest of the heap, holding Python's lock 35-110 ms. Once a session file
    is read (:func:`~reader.ui.session_opening.read_for_window`), every object then alive
    is frozen (``gc.freeze``): collections pass them by. A frozen object is still freed
    once nothing refers to it (a session replaced goes as before); only garbage in
    reference cycles at that moment would stay, until this runs, when another pair
    replaces the session or the window closes."""
    gc.unfreeze()


class SessionClosing(QObject):
    """Watches the window's close, and tells whether the session may go now."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self.ctl = controller
        controller.window.installEventFilter(self)

    def may_replace(self, paths: tuple[str, str] | None, then: Callable[[], object] | None) -> bool:
        """See :meth:`SessionController.may_replace`."""
        ctl = self.ctl
        ctl.saved.check_filters()  # a filter changed just now counts too
        if not ctl.is_modified() or ctl.session() is None:
            return True
        if paths is not None and ctl.from_paths in (paths, (paths[1], paths[0])):
            return True
        return ctl.guard.may_replace(paths, then)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ctl.window and event.type() == QEvent.Type.Close:
            return self._closing(event)
        return super().eventFilter(watched, event)

    def _closing(self, event: QEvent) -> bool:
        self.ctl.saved.check_filters()  # a filter changed just now counts too
        if self.ctl.guard.may_close():
            self.shutdown()
            return False
        event.ignore()
        return True

    def shutdown(self) -> None:
        """Stop the autosave timer and remove this run's autosave (a clean quit)."""
        self.ctl.saved.timer.stop()
        self.ctl.autosaver.clean_exit()
        thaw()
