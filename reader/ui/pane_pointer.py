"""What the pointer means over an article pane's text: a click on a highlight selects its
match (again: the next partner), a right-click offers the partners, hovering shows the
match and the notes there. Enter at the text cursor chooses as a click does
(reader.ui.pane_caret). The pane's browser reports pointer events here."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QToolTip

from reader.analysis.correction_notes import CorrectionNote
from reader.analysis.cut_ends import after_end
from reader.model import Discrepancy, Document, Match
from reader.model.update_mark import UpdateMark
from reader.session.update_marks import marks_at as changes_at
from reader.ui.change_marks import change_tooltip
from reader.ui.correction_marks import correction_tooltip
from reader.ui.cut_end_mark import CutEnd, on_cut_end
from reader.ui.geometry import Utf16Map
from reader.ui.lack_carets import carets_near
from reader.ui.note_marks import NoteMark, mark_tooltip, marks_at
from reader.ui.removed_wedges import removed_near
from reader.ui.text_geometry import position_at
from reader.ui.tooltips import details_by_match, match_tooltip, only_tooltip, partner_label

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane


class PanePointer:
    """Pointer handling for one pane (the PointerHandler of its PaneBrowser)."""

    def __init__(self, pane: ArticlePane) -> None:
        self._pane = pane
        self.partner: Document | None = None
        self.offsets = Utf16Map("")
        self.marks: Sequence[NoteMark] = ()
        self.changes: Sequence[UpdateMark] = ()  # what an update changed (change_marks)
        self.corrections: Sequence[CorrectionNote] = ()  # the article's correction notes
        self.cut_end: CutEnd | None = None  # where the article stops, cut short
        self.details: dict[str, list[str]] = {}
        self._cycle: tuple[tuple[str, ...], int] = ((), 0)

    def set_text(
        self,
        partner: Document,
        offsets: Utf16Map,
        discrepancies: Sequence[Discrepancy] = (),
    ) -> None:
        """The pane shows another text: its partner, offset map and the discrepancies
        of its matches (named when the pointer rests on a match)."""
        self.partner = partner
        self.offsets = offsets
        self.details = details_by_match(discrepancies)
        self.marks = ()
        self.changes = ()
        self._cycle = ((), 0)

    def offset_at(self, pos: QPoint) -> int:
        """The text offset under a viewport point."""
        return self.offsets.from_qt(position_at(self._pane.browser, pos))

    def matches_under(self, pos: QPoint) -> list[Match]:
        """Matches under a viewport point (only when the point is on the text itself)."""
        return self.matches_near(self.offset_at(pos))

    def matches_near(self, offset: int) -> list[Match]:
        """The matches at ``offset``, or else those ending just before it (the pointer
        just after a word's last letter, or between a match and the next one)."""
        found = self._pane.matches_at(offset)
        if not found and offset > 0:
            found = self._pane.matches_at(offset - 1)
        return found

    def hits(self, pos: QPoint) -> bool:
        return bool(self.matches_under(pos))

    def clicked_at(self, pos: QPoint) -> None:
        found = self.matches_under(pos)
        if found:
            self.activate(found)

    def activate(self, found: Sequence[Match]) -> None:
        """Choose the first of ``found`` (the matches at one place), or the next one when
        the same place is chosen again (a click, or Enter at the text cursor)."""
        ids = tuple(m.id for m in found)
        prev_ids, prev_i = self._cycle
        i = (prev_i + 1) % len(ids) if ids == prev_ids else 0
        self._cycle = (ids, i)
        self._pane.match_clicked.emit(ids[i])

    def context_menu_at(self, pos: QPoint, global_pos: QPoint) -> bool:
        found = self.matches_under(pos)
        if not found or self.partner is None:
            return False
        self.partner_menu(found).popup(global_pos)
        return True

    def partner_menu(self, found: Sequence[Match]) -> QMenu:
        """A menu listing the partners of ``found``; choosing one emits the pane's
        match_clicked."""
        pane = self._pane
        menu = QMenu(pane)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setAccessibleName("Partners")
        for m in found:
            label = partner_label(m, self.partner, pane.side) if self.partner else m.id
            action = menu.addAction(label.replace("&", "&&"))
            action.setData(m.id)
            action.triggered.connect(lambda _=False, mid=m.id: pane.match_clicked.emit(mid))
        return menu

    def tooltip_at(self, pos: QPoint, global_pos: QPoint) -> None:
        end = self.cut_end
        if end is not None and on_cut_end(self._pane.browser, end, float(pos.y())):
            QToolTip.showText(global_pos, end.words, self._pane)  # where the text stops
            return
        found = self.matches_under(pos)
        offset = self.offset_at(pos)
        notes = mark_tooltip(marks_at(self.marks, offset))
        here = changes_at(self.changes, self._pane.side, offset)
        here += removed_near(
            self._pane.browser, self.changes, self.offsets.to_qt, float(pos.x()), float(pos.y())
        )
        doc = self._pane.document()
        changed = change_tooltip(here, doc.text) if doc is not None and here else ""
        browser = self._pane.browser
        lacked = carets_near(browser, browser.carets, float(pos.x()), float(pos.y()))
        if lacked:  # first: the words the other passage has at the caret
            said = "<br>".join(escape(s) for s in lacked)
            changed = said + ("<hr>" + changed if changed else "")
        if changed:  # first: it tells what the words under the pointer were
            notes = changed + ("<hr>" + notes if notes else "")
        # first of all: the outlet's own word on what it got wrong
        fixed = correction_tooltip(self._pane.side, self.corrections, offset)
        al, side = self._pane.alignment(), self._pane.side
        if (
            not found
            and not notes
            and self.partner is not None
            and al is not None
            and al.is_only(side, offset)
        ):
            post = doc.post_at(offset) if doc is not None else None
            poster = None if post is None else post.poster
            after = after_end(al, side, offset)  # the other's text ends before it
            tip = only_tooltip(self.partner, side, al.closest_at(side, offset), poster, after)
            if fixed:
                tip = tip.replace("<qt>", f"<qt>{fixed}<hr>", 1)
            QToolTip.showText(global_pos, tip, self._pane)
            return
        if fixed:
            notes = fixed + ("<hr>" + notes if notes else "")
        if (not found and not notes) or self.partner is None:
            QToolTip.hideText()
            return
        text = match_tooltip(found, self.partner, side, self.details, doc) if found else "<qt></qt>"
        if notes:
            text = text.replace("<qt>", f"<qt>{notes}" + ("<hr>" if found else ""), 1)
        QToolTip.showText(global_pos, text, self._pane)
