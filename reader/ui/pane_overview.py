"""An article pane's overview strip kept in step with the pane: its markers (the runs of
the matches the pane shows, in the colours of its palette), the window of the text in view
outlined on it, and a click on the strip scrolling the text there (a click on the flag of
a correction note goes to the note: reader.ui.correction_steps).

The strip maps characters, not pixels: it needs no text layout (forcing the layout of a
long article would freeze the window for a moment), and the window drawn on it is measured
in characters too.

What the strip shows is said in words too, as its accessible description, for a screen
reader (its marks are colours and shapes), with the keys that reach each kind of mark
without a mouse: "24 matches, 41 passages only here, 1 discrepancy, a correction note.
Keys: F8 and Shift+F8 go to the next and previous match; ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import MatchKind
from reader.ui.highlight_pass import OverviewRun, overview_markers
from reader.ui.highlights import Theme
from reader.ui.messages import plural

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

STRIP_KEYS = (
    "F8 and Shift+F8 go to the next and previous match",
    "Ctrl+F8 and Ctrl+Shift+F8 to the next and previous discrepancy",
    "Ctrl+2 lists the passages only here",
)
NOTE_KEY = "F7 goes to the correction note"
CHANGE_KEY = "F9 and Shift+F9 to the next and previous change"


def strip_said(matches: int, only: int, discrepancies: int, notes: int, changes: int) -> str:
    """What an overview strip marks, in words, and the keys that reach each kind of mark
    (a strip's marks are for the mouse)."""
    parts = [
        plural(matches, "match", "matches"),
        plural(only, "passage only here", "passages only here"),
        plural(discrepancies, "discrepancy", "discrepancies"),
    ]
    keys = list(STRIP_KEYS)
    if notes:
        parts.append("a correction note" if notes == 1 else f"{notes} correction notes")
        keys.append(NOTE_KEY)
    if changes:
        parts.append(plural(changes, "change from an update", "changes from an update"))
        keys.append(CHANGE_KEY)
    return f"{', '.join(parts)}. Keys: {'; '.join(keys)}."


class PaneOverview:
    """What one pane's overview strip (its ``overview``) shows."""

    def __init__(self, pane: ArticlePane) -> None:
        self._pane = pane
        self.runs: list[OverviewRun] = []
        pane.overview.position_requested.connect(self._scroll_to_fraction)

    def set_runs(self, runs: list[OverviewRun]) -> None:
        """The strip's runs, worked out again (reader.ui.pane_restyle)."""
        self.runs = runs
        self.refresh()

    def refresh(self) -> None:
        """Recolour the markers (and outline the window in view), and say them again."""
        theme = Theme.from_palette(self._pane.palette())
        self._pane.overview.set_markers(overview_markers(self.runs, theme))
        self.update_window()
        self.describe()

    def describe(self) -> None:
        """The strip's accessible description: what it marks (``strip_said``), of the
        matches the pane shows (the Matches panel's kinds and Min score), names left out
        as the strip leaves them out."""
        pane = self._pane
        al = pane.alignment()
        if al is None:
            return
        shown = pane.pane_filter()
        drawn = {m.id for m in al.matches if m.kind != MatchKind.ENTITY and shown.shows(m)}
        told = {m.id for m in al.matches if shown.shows(m)}
        only = al.only_a if pane.side == "a" else al.only_b
        pane.overview.setAccessibleDescription(
            strip_said(
                len(drawn),
                len(only),
                sum(d.match in told for d in al.discrepancies),
                len(pane.overview.flags()),
                len(pane.change_marks),
            )
        )

    def update_window(self) -> None:
        """Outline the part of the text in view."""
        doc = self._pane.document()
        if doc is None:
            return
        n = max(1, len(doc.text))
        seen = self._pane.visible_range()
        self._pane.overview.set_window(seen.start / n, min(seen.end, n) / n)

    def _scroll_to_fraction(self, fraction: float) -> None:
        doc = self._pane.document()
        if doc is not None:
            self._pane.put_offset_at_fraction(round(fraction * len(doc.text)), 0.5)
