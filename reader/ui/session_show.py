"""What the window shows of the :class:`~reader.ui.session_controller.SessionController`'s
session: its visible alignment in the panes (rejected matches hidden, manual ones added:
:func:`reader.session.view.visible_alignment`), the panes kept where they were and a
match selected once it is shown, and the note marks laid pane by pane.

Each alignment the window finishes comes here first: one of these shows goes on as above;
any other (a pair opened, the sides swapped, a pair matched again) is handed to the
controller to follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.model import Alignment
from reader.session.view import visible_alignment
from reader.ui.change_marks import apply_change_marks
from reader.ui.note_marks import apply_note_marks
from reader.ui.settings_dialog import report_notices

if TYPE_CHECKING:
    from reader.ui.session_controller import SessionController


class SessionShow(QObject):
    """Shows the controller's session; ``follow`` gets each alignment the window finished
    that is not one of these shows."""

    def __init__(self, controller: SessionController, follow: Callable[[Alignment], None]):
        super().__init__(controller)
        self.ctl = controller
        self.window = controller.window
        self._follow = follow
        self.pending: Alignment | None = None  # the view being shown
        self.scroll: tuple[int, int] | None = None  # the panes' places to keep, A and B
        self.select_after: str | None = None  # the match to select once it is shown

    def finished(self, alignment: object) -> None:
        """The window finished showing ``alignment``."""
        if not isinstance(alignment, Alignment):
            return
        report_notices(self.window.statusBar(), alignment, self.ctl.notices)
        if alignment is self.pending:
            self.pending = None
            self._after_own_show()
            return
        self.pending = self.scroll = self.select_after = None  # superseded
        self._follow(alignment)

    def show(self, keep_scroll: bool = True) -> None:
        """Show the session's visible alignment, keeping the panes where they are."""
        session = self.ctl.session()
        if session is None:
            return
        w = self.window
        self.scroll = None
        if keep_scroll and w.alignment() is not None:
            self.scroll = (
                w.pane("a").offset_at_fraction(0.0),
                w.pane("b").offset_at_fraction(0.0),
            )
        self.pending = visible_alignment(session)
        w.show_alignment(self.pending)

    def _after_own_show(self) -> None:
        w = self.window
        if self.scroll is not None:
            with w.linker.hold():
                w.pane("a").put_offset_at_fraction(self.scroll[0], 0.0)
                w.pane("b").put_offset_at_fraction(self.scroll[1], 0.0)
            self.scroll = None
        if self.select_after is not None:
            w.select_match(self.select_after)
            self.select_after = None
        self.ctl.refresh(marks=False)
        self._lay_marks_pane_by_pane()

    def _lay_marks_pane_by_pane(self) -> None:
        """The note marks of the session just shown: pane A's now, B's at the next turn
        of the event loop, so the window answers between (with thousands of notes a
        pane's marks take 30-45 ms to lay on its new text)."""
        w, ctl = self.window, self.ctl
        apply_change_marks((w.pane("a"), w.pane("b")), ctl.session())  # a few bars: at once
        apply_note_marks((w.pane("a"),), ctl.session())
        QTimer.singleShot(1, self, lambda: apply_note_marks((w.pane("b"),), ctl.session()))
