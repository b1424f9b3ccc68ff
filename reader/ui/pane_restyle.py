"""Highlights laid again over the text an article pane shows: a new palette lays every
highlight again; a new filter (the Matches panel's kinds and Min score:
reader.ui.pane_filter) only those of the stretches of text where a match appears or goes,
and works out the overview strip's runs again. Either a slice at a time, from the next
event-loop turn on, the visible part first (reader.ui.highlight_pass, reader.ui.sliced_job):
dragging Min score over two 100,000-character articles lays a few stretches a step, not
the whole text."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from reader.model import Alignment, Document, Span
from reader.ui.highlight_pass import REGION_CHARS, format_steps, line_chunks, overview_runs
from reader.ui.highlights import iter_layers
from reader.ui.pane_filter import EVERY_MATCH, PaneFilter
from reader.ui.sliced_job import LONG_STEP_NEXT, STEP, Steps

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

STRETCH_CHARS = 4_000  # the stretches of text a new filter lays again, a few a step


def changed_stretches(
    alignment: Alignment, side: str, laid: Iterable[PaneFilter], shown: PaneFilter
) -> list[Span]:
    """The stretches of ``side``'s text (about STRETCH_CHARS each, in text order) holding
    a match, or its discrepancy, that one of the filters ``laid`` (what parts of the text
    may show now) and ``shown`` do not both show."""
    moved = {m.id: m.a if side == "a" else m.b for m in shown.differing(laid, alignment.matches)}
    if not moved:
        return []
    spans = list(moved.values())
    spans += [d.a if side == "a" else d.b for d in alignment.discrepancies if d.match in moved]
    text = (alignment.a if side == "a" else alignment.b).text
    stretches = line_chunks(text, STRETCH_CHARS)
    starts = [s.start for s in stretches]
    hit: set[int] = set()
    for span in spans:
        i = max(0, bisect_right(starts, span.start) - 1)
        while i < len(stretches) and stretches[i].start < max(span.end, span.start + 1):
            hit.add(i)
            i += 1
    return [stretches[i] for i in sorted(hit)]


class PaneRestyle:
    """The filter a pane highlights by, and the passes that lay its highlights again."""

    def __init__(self, pane: ArticlePane) -> None:
        self._pane = pane
        self.shown = EVERY_MATCH  # the filter the pane highlights by (or will, once laid)
        self._laid: list[PaneFilter] = [EVERY_MATCH]  # what parts of the text may show
        self._whole = False  # the pass under way lays the whole text (a new palette)
        self._runs_stale = False  # the overview's runs are of another filter's matches

    def built(self) -> None:
        """A text built with the filter of now is on screen."""
        self._laid, self._whole, self._runs_stale = [self.shown], False, False

    def theme_changed(self) -> None:
        """Lay every highlight again, in the pane's palette and screen ratio of now."""
        doc, alignment = self._pane.document(), self._pane.alignment()
        if doc is None or alignment is None:
            return
        self._whole = True
        self._start(doc, alignment, lambda: line_chunks(doc.text, REGION_CHARS))

    def set_filter(self, shown: PaneFilter) -> None:
        """Highlight by ``shown``: the text on screen where it changes something (a build
        under way starts over with it)."""
        old, self.shown = self.shown, shown
        pane = self._pane
        doc, alignment = pane.document(), pane.alignment()
        if pane.loading.restart() or doc is None or alignment is None:
            return
        if not pane.loading.is_reformatting():  # the last pass was laid whole
            self._laid, self._whole = [old], False
        laid, side = tuple(self._laid), pane.side
        if self._whole:
            self._start(doc, alignment, lambda: line_chunks(doc.text, REGION_CHARS))
        else:  # worked out in the pass's first step, not as the reader drags Min score
            self._start(doc, alignment, lambda: changed_stretches(alignment, side, laid, shown))
        self._laid.append(shown)
        self._runs_stale = True

    def _start(
        self, doc: Document, alignment: Alignment, regions: Callable[[], Sequence[Span]]
    ) -> None:
        # both panes get the palette (or the filter) at once: from the next turn on
        self._pane.loading.reformat(self._steps(doc, alignment, self.shown, regions))

    def _steps(
        self,
        doc: Document,
        alignment: Alignment,
        shown: PaneFilter,
        regions: Callable[[], Sequence[Span]],
    ) -> Steps:
        pane = self._pane
        laid = regions()
        if laid:
            yield STEP
            yield from format_steps(
                pane.browser.document(),
                iter_layers(alignment, pane.side, shown),
                pane.theme().formats(),
                pane.pointer.offsets,
                laid,
                pane.visible_range(),
                doc.headings,
            )
        if self._runs_stale:
            yield LONG_STEP_NEXT
            runs = overview_runs(iter_layers(alignment, pane.side, shown), len(doc.text))
            self._runs_stale = False
            pane.overview_runs.set_runs(runs)
