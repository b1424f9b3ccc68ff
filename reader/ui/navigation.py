"""Next / previous match, or discrepancy, in reading order of article A."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Match, Span
from reader.ui.geometry import step_index

if TYPE_CHECKING:  # main_window imports this module
    from reader.ui.main_window import MainWindow

NO_DISCREPANCY = "No discrepancy (a date or a number told differently) was found."
NO_MATCH = "No match: the two articles share no claim, quote, name or figure."
ALL_FILTERED = (
    "No match passes the filters of the Matches panel (kinds, Show, Min score): "
    "Next match steps through those it lists."
)
NONE_HOLDS = (
    "No match holds “{words}” (with the kinds, Show and Min score of the Matches panel): "
    "Next match steps through those it lists; Esc in its filter box empties it."
)


class MatchNavigator:
    """Steps through the matches the dock's filter lets through (Go > Next match), or
    through the matches whose passages disagree, whatever the filter (Next discrepancy);
    the step starts from the current match, else from the top of pane A."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def matches(self, differs: bool = False) -> list[Match]:
        """The matches a step visits (``differs``: only those with a discrepancy), in
        reading order of A."""
        al = self._window.alignment()
        if al is None:
            return []
        if differs:
            flagged = {d.match for d in al.discrepancies}
            keep = [m for m in al.matches if m.id in flagged]
        else:
            accepts = self._window.dock.proxy.accepts
            keep = [m for m in al.matches if accepts(m)]
        return sorted(keep, key=lambda m: (m.a.start, m.b.start, m.id))

    def step(self, step: int, differs: bool = False) -> None:
        """Select the next (step 1) or previous (-1) match, or discrepancy."""
        w = self._window
        order = self.matches(differs)
        al = w.alignment()
        if not order:
            if al is not None:
                why = NO_MATCH if not al.matches else self._filtered()
                w.statusBar().showMessage(NO_DISCREPANCY if differs else why, 4000)
            return
        if w.linker.frozen:
            return
        top = w.pane_a.visible_range().start
        i = step_index(
            [m.id for m in order], w.linker.current, step, [m.a.start for m in order], top
        )
        w.select_match(order[i].id)

    def _filtered(self) -> str:
        """Why no match is left to step through: the words typed in the filter box,
        if any (the reader may not see the box, behind another panel), else the rest."""
        dock = self._window.dock
        words = " ".join(dock.words.text().split()) if dock.proxy.words() else ""
        return NONE_HOLDS.format(words=words) if words else ALL_FILTERED

    def reveal(self, side: str, span: Span) -> None:
        """Select and flash a passage of one article (a passage only it reports), in place
        of the current match, so that Add note applies to it; with synced scrolling the
        other article follows to the same place."""
        w = self._window
        self._no_current()
        w.pane("b" if side == "a" else "a").select_span(None)
        pane = w.pane(side)
        pane.select_span(span, flash=True)
        pane.ensure_visible(span)

    def unselect(self, m: Match) -> None:
        """Select no match in place of ``m``, which the Matches panel's kinds or Min
        score now hide: its tint leaves both panes (a hidden match is not drawn), and
        showing it again does not select it again."""
        w = self._window
        if w.linker.current != m.id:
            return
        self._no_current()
        w.pane_a.selections.unselect(m.a)
        w.pane_b.selections.unselect(m.b)

    def _no_current(self) -> None:
        """No match is the current one: not in the link map, nor in the table."""
        w = self._window
        w.linker.current = None
        w.link_map.set_selected(None)
        w.dock.select_match(None)

    def reveal_only(self, side: str, span: Span) -> None:
        """Reveal a passage only one article reports and, beside it in the other pane,
        that article's sentence closest to it (marked in the find bar's tint, not
        selected), so the reader can see at once whether the other article tells it
        after all."""
        w = self._window
        al = w.alignment()
        closest = al.closest_to(side, span) if al is not None else None
        if closest is None:
            self.reveal(side, span)
            return
        with w.linker.hold():  # the closest sentence, not the synced place
            self.reveal(side, span)
            other = w.pane("b" if side == "a" else "a")
            # marked, not selected: Add note takes the passage
            other.selections.show_near(closest.partner)
            other.ensure_visible(closest.partner)
        w.linker.update_bands()
