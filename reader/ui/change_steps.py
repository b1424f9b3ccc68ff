"""Go > Next change and Previous change (F9, Shift+F9): through the sentences an update
from the article files changed and the places it took passages out of (the session's
update marks), article A's then B's, round from the last to the first. Each sentence is
selected and flashed (Add note takes it), the text cursor put at each place, and the
status bar says which it is and what it read before the update (the changed words in a
few words of context, or the words taken out)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from reader.model.session import Session
from reader.model.update_mark import UpdateMark
from reader.session.update_marks import change_words, step_to
from reader.ui.session_actions import insert_after, make_action

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController

NO_CHANGES = "No changes to go to: Update from the article files marks what the outlet changed."


class ChangeSteps(QObject):
    """The two actions, enabled while the session holds update marks, and the stepping."""

    def __init__(self, controller: SessionController) -> None:
        super().__init__(controller)
        self._ctl = controller
        window = controller.window
        self.next_change = make_action(
            window,
            "Next c&hange",
            ["F9"],
            "Go to the next sentence an update from the article files changed, or place "
            "it took a passage out of",
        )
        self.prev_change = make_action(
            window,
            "Previous chan&ge",
            ["Shift+F9"],
            "Go to the previous sentence an update from the article files changed, or "
            "place it took a passage out of",
        )
        self.next_change.triggered.connect(lambda: self.step(1))
        self.prev_change.triggered.connect(lambda: self.step(-1))
        self._last: UpdateMark | None = None  # the change gone to last
        for action in (self.next_change, self.prev_change):
            action.setEnabled(False)
        controller.session_changed.connect(self._enable)

    def install(self, bar: QMenuBar, after: QAction) -> None:
        """Put the actions in the menu of ``bar`` that holds the action ``after``
        (Go, after Previous discrepancy)."""
        for entry in bar.actions():
            menu = entry.menu()
            if isinstance(menu, QMenu) and after in menu.actions():
                insert_after(menu, after, self.prev_change)
                insert_after(menu, after, self.next_change)
                return

    def _enable(self, session: object) -> None:
        has = isinstance(session, Session) and bool(session.update_marks)
        for action in (self.next_change, self.prev_change):
            action.setEnabled(has)

    def step(self, step: int) -> UpdateMark | None:
        """Go to the change ``step`` (1: next, -1: previous) from the last one gone to,
        else from the top of the article with the keyboard (A's, if neither has it)."""
        ctl, window = self._ctl, self._ctl.window
        session = ctl.session()
        marks = () if session is None else session.update_marks
        if session is None or not marks:
            ctl.status(NO_CHANGES)
            return None
        last = self._last
        if last is not None and last in marks:
            side, offset = last.side, last.span.start
        else:
            b = window.pane("b")
            side = "b" if b.isAncestorOf(window.focusWidget()) else "a"
            top = window.pane(side).offset_at_fraction(0.0)
            offset = top - 1 if step > 0 else top
        found = step_to(marks, side, offset, step, last)
        if found is None:
            return None
        at, mark = found
        self._last = mark
        window.navigator.reveal(mark.side, mark.span)
        text = (session.alignment.a if mark.side == "a" else session.alignment.b).text
        ctl.status(
            f"Change {at + 1} of {len(marks)}, in article {mark.side.upper()}. "
            + change_words(mark, text)
        )
        return mark
