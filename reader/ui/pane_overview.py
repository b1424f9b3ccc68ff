"""An article pane's overview strip kept in step with the pane: its markers (the runs of
the matches the pane shows, in the colours of its palette), the window of the text in view
outlined on it, and a click on the strip scrolling the text there; a click on the flag of
a correction note (reader.ui.pane_marks lays them) brings the note into view.

The strip maps characters, not pixels: it needs no text layout (forcing the layout of a
long article would freeze the window for a moment), and the window drawn on it is measured
in characters too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.highlight_pass import OverviewRun, overview_markers
from reader.ui.highlights import Theme

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane


class PaneOverview:
    """What one pane's overview strip (its ``overview``) shows."""

    def __init__(self, pane: ArticlePane) -> None:
        self._pane = pane
        self.runs: list[OverviewRun] = []
        pane.overview.position_requested.connect(self._scroll_to_fraction)
        pane.overview.flag_requested.connect(self._show_correction)

    def set_runs(self, runs: list[OverviewRun]) -> None:
        """The strip's runs, worked out again (reader.ui.pane_restyle)."""
        self.runs = runs
        self.refresh()

    def refresh(self) -> None:
        """Recolour the markers (and outline the window in view)."""
        theme = Theme.from_palette(self._pane.palette())
        self._pane.overview.set_markers(overview_markers(self.runs, theme))
        self.update_window()

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

    def _show_correction(self, index: int) -> None:
        notes = self._pane.pointer.corrections
        if 0 <= index < len(notes):
            self._pane.ensure_visible(notes[index].span)
