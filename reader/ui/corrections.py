"""The reader's corrections of the alignment: reject a match, restore it, link two
passages by hand (Edit menu, the panes' context menus, Delete and Ctrl+K)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reader.errors import ReaderError
from reader.model import Match
from reader.model.session import Session
from reader.ui.note_undo import Corrected
from reader.ui.pane_caret import reader_selection

if TYPE_CHECKING:  # the controller creates this helper
    from reader.ui.session_controller import SessionController

REJECTED = "Match rejected; Edit > Undo (Ctrl+Z) or Restore rejected match brings it back."
UNLINKED = "Link removed; Edit > Undo (Ctrl+Z) brings it back. Its notes stay on the passages."


class Corrections:
    """Reject, restore and manual links, each handed to the controller as a new Session."""

    def __init__(self, controller: SessionController) -> None:
        self._ctl = controller

    def reject(self, match_id: str | None = None) -> None:
        """Hide match ``match_id``, else the current one (Delete; in the notes table, Delete
        deletes the selected note instead). Rejected from the matches table, the row that
        takes its place is selected, so the keyboard goes on from there. A link the reader
        made by hand is removed, its notes left on its passages: it was nobody's mistake
        but the reader's, to be taken back (Edit > Undo), not listed as rejected."""
        ctl = self._ctl
        if match_id is None and ctl.dock.table.hasFocus():
            ctl.dock.delete_selected()
            return
        session = ctl.session()
        m = ctl.window.current_match()
        mid = match_id or (m.id if m else None)
        if session is None or mid is None or session.match_by_id(mid) is None:
            ctl.status("Select a match to reject it.")
            return
        table = ctl.window.dock
        chosen = chosen_matches(ctl) if match_id is None else []
        if len(chosen) > 1:
            self._reject_several(session, chosen)
            return
        after = rows_after(table.visible_ids(), [mid]) if table.table.hasFocus() else None
        if any(x.id == mid for x in session.manual):
            ctl.note_undo.push_correction(Corrected.before("link removal", session, mid))
            ctl.change(session.unlink(mid), select=after)
            said = UNLINKED
        else:
            ctl.note_undo.push_correction(Corrected.before("rejection", session))
            ctl.change(session.reject(mid), select=after)
            said = REJECTED
        self._say_when_shown(said)

    def _reject_several(self, session: Session, chosen: list[str]) -> None:
        """Reject the matches ``chosen`` in the matches table (links made by hand among
        them removed), one step for Edit > Undo; the row after the last takes their place."""
        ctl = self._ctl
        table = ctl.window.dock
        after = rows_after(table.visible_ids(), chosen) if table.table.hasFocus() else None
        manual = [x for x in chosen if any(m.id == x for m in session.manual)]
        new = session
        for x in chosen:
            new = new.unlink(x) if x in manual else new.reject(x)
        what = f"rejection of {len(chosen)} matches"
        ctl.note_undo.push_correction(Corrected.before(what, session, *manual))
        ctl.change(new, select=after)
        self._say_when_shown(rejected_several(len(chosen), len(manual)))

    def _say_when_shown(self, said: str) -> None:
        """Say ``said`` once the panes show the change: finishing a show clears the status
        bar of what it said before, and a word said now would go with it unseen."""
        ctl = self._ctl
        ctl.window.alignment_finished.connect(
            lambda _shown: ctl.status(said), Qt.ConnectionType.SingleShotConnection
        )

    def restore(self, match_id: str) -> None:
        session = self._ctl.session()
        if session is None or match_id not in session.rejected:
            return
        self._ctl.note_undo.push_correction(Corrected.before("restore", session))
        self._ctl.change(session.restore(match_id), select=match_id)

    def restore_all(self) -> None:
        s = self._ctl.session()
        if s is None or not s.rejected:
            return
        self._ctl.note_undo.push_correction(Corrected.before("restore all", s))
        self._ctl.change(replace(s, rejected=frozenset()))

    def fill_restore_menu(self) -> None:
        """Edit > Restore rejected match: one entry a rejected match."""
        s = self._ctl.session()
        if s is not None:
            self._ctl.actions.fill_restore_menu(
                s.rejected_matches(), s.alignment.documents, self.restore
            )

    def link_selections(self) -> Match | None:
        """Make the text selected in A and in B a manual match (Ctrl+K)."""
        ctl = self._ctl
        s = ctl.session()
        a, b = reader_selection(ctl.window.pane("a")), reader_selection(ctl.window.pane("b"))
        if s is None or a is None or b is None:
            ctl.status("Select a passage in article A and one in article B, then link them.")
            return None
        try:
            session, match = s.link(a, b)
        except ReaderError as exc:
            ctl.status(exc.message)
            return None
        ctl.note_undo.push_correction(Corrected.before("link", s))
        ctl.change(session, select=match.id)
        return match


def chosen_matches(ctl: SessionController) -> list[str]:
    """The matches chosen in the matches table when the current match is one of several
    (Shift, Ctrl, Ctrl+A there): what Reject acts on; [] otherwise."""
    m = ctl.window.current_match()
    chosen = ctl.window.dock.selected_ids()
    return chosen if len(chosen) > 1 and m is not None and m.id in chosen else []


def rejected_several(count: int, manual: int) -> str:
    """What the status bar says after ``count`` matches were rejected together, ``manual``
    of them links made by hand (removed, not rejected)."""
    said = f"{count} matches rejected"
    if manual:
        said += f" ({manual} {'link' if manual == 1 else 'links'} made by hand removed)"
    return said + "; Edit > Undo (Ctrl+Z) brings them back."


def rows_after(ids: list[str], gone: list[str]) -> str | None:
    """The id that takes the place of the rows ``gone`` in the list ``ids``: the first
    after the last of them, else the last kept before it; None when none is left."""
    kept = [(i, x) for i, x in enumerate(ids) if x not in gone]
    places = [i for i, x in enumerate(ids) if x in gone]
    if not places:
        return None
    later = [x for i, x in kept if i > places[-1]]
    earlier = [x for i, x in kept if i < places[-1]]
    return later[0] if later else (earlier[-1] if earlier else None)
