"""Putting an article's text and highlights into a pane in small steps (for a SlicedJob).

A 5 MB pair has some 60,000 highlights. Merging their formats takes about half a second,
and far longer in text Qt has already laid out (after each edit Qt lays the paragraph out
again and moves every paragraph below it), so the work is a generator of steps that
``reader.ui.sliced_job`` runs a slice per event-loop turn. Two passes:

- a new text (``PaneBuild``): the text and its highlights go into a QTextDocument no view
  shows yet, so nothing is laid out before it is complete; the pane then swaps it in;
- a new theme (``format_steps`` with regions): the formats change in the document on
  screen, region by region, the visible region first.

Either way each region is reset, then every layer is merged over its part of the region
in painting order, and the headings' format over its headings (``Document.headings``), so
each character ends with exactly the format that the one-shot
``reader.ui.highlights.apply_layers`` gives it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from reader.model import Alignment, Document, Span
from reader.ui.geometry import SpanIndex, Utf16Map
from reader.ui.highlights import (
    Layer,
    Theme,
    heading_format,
    iter_layers,
    plain_format,
    select_span,
)
from reader.ui.overview import Marker
from reader.ui.pane_filter import EVERY_MATCH, PaneFilter
from reader.ui.sliced_job import LONG_STEP_NEXT, STEP, Steps

TEXT_CHUNK = 256_000  # characters inserted per step
REGION_CHARS = 32_000  # characters re-themed per step (on screen)
MERGES_PER_STEP = 2_000  # merges per step (off screen)
BUCKET_STEP = 2_000  # layers sorted into regions per step
OVERVIEW_SKIP = frozenset({Layer.BOILERPLATE, Layer.ENTITY})  # entities would cover it all
OVERVIEW_LANES = {Layer.ONLY: 1, Layer.AFTER_CUT: 1, Layer.DISCREPANCY: 2}
OVERVIEW_RESOLUTION = 4096  # markers closer than 1/this of the text are drawn as one


def line_chunks(text: str, size: int) -> list[Span]:
    """``text`` cut into pieces of about ``size`` characters, each ending after a newline
    (the last one at the end of the text)."""
    out: list[Span] = []
    start = 0
    while start < len(text):
        stop = text.find("\n", start + size)
        stop = len(text) if stop < 0 else stop + 1
        out.append(Span(start, stop))
        start = stop
    return out


def fill_steps(document: QTextDocument, text: str) -> Steps:
    """Put ``text`` into an empty ``document``, a chunk a step: the same blocks as
    ``setPlainText`` (which is one call of a tenth of a second for 5 MB)."""
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    for chunk in line_chunks(text, TEXT_CHUNK):
        cursor.insertText(chunk.slice(text))
        yield STEP


def _sort_into_regions(
    layers: Iterable[tuple[Layer, Span]],
    regions: Sequence[Span],
    buckets: list[list[tuple[Layer, Span]]],
) -> Steps:
    """Fill ``buckets[i]`` with each layer's part of ``regions[i]``, in painting order."""
    starts = [r.start for r in regions]
    for n, (layer, span) in enumerate(layers):
        i = max(0, bisect_right(starts, span.start) - 1)
        while i < len(regions) and regions[i].start < span.end:
            region = regions[i]
            start, end = max(span.start, region.start), min(span.end, region.end)
            if end > start:  # else the span begins after it (regions may leave gaps)
                buckets[i].append((layer, Span(start, end)))
            i += 1
        if n % BUCKET_STEP == BUCKET_STEP - 1:
            yield STEP


def format_steps(
    document: QTextDocument,
    layers: Iterable[tuple[Layer, Span]],
    formats: dict[Layer, QTextCharFormat],
    offsets: Utf16Map,
    regions: Sequence[Span] | None = None,
    first: Span | None = None,
    headings: Sequence[Span] = (),
) -> Steps:
    """Reset the formats, then merge each layer over its span, and the headings' format
    over ``headings``; a step is one edit block.

    Without ``regions`` (a document no view shows yet): the whole text, then the layers
    in order, MERGES_PER_STEP a step. With them (in text order, apart: a document on
    screen, the whole text or the parts of it that change): a region a step, those
    overlapping ``first`` (the visible part) first, then the rest from the top. On
    screen, Qt lays the changed text out again at the end of each edit block (and moves
    every paragraph below it): one merge at a time would cost that 60,000 times.
    """
    end = document.characterCount() - 1
    cursor = QTextCursor(document)
    plain, heading = plain_format(), heading_format()

    def apply(span: Span, fmt: QTextCharFormat, merge: bool = True) -> None:
        if select_span(cursor, span, offsets, end):
            if merge:
                cursor.mergeCharFormat(fmt)
            else:
                cursor.setCharFormat(fmt)

    if regions is None:
        apply(Span(0, offsets.from_qt(end)), plain, merge=False)
        yield STEP
        remaining = iter(layers)
        while batch := list(islice(remaining, MERGES_PER_STEP)):
            cursor.beginEditBlock()
            for layer, span in batch:
                apply(span, formats[layer])
            cursor.endEditBlock()
            yield STEP
        cursor.beginEditBlock()
        for span in headings:
            apply(span, heading)
        cursor.endEditBlock()
        return
    buckets: list[list[tuple[Layer, Span]]] = [[] for _ in regions]
    yield from _sort_into_regions(layers, regions, buckets)
    for i in sorted(range(len(regions)), key=lambda i: (not _overlaps(regions[i], first), i)):
        cursor.beginEditBlock()
        apply(regions[i], plain, merge=False)
        for layer, span in buckets[i]:
            apply(span, formats[layer])
        for span in _within(headings, regions[i]):
            apply(span, heading)
        cursor.endEditBlock()
        yield STEP


def _within(spans: Sequence[Span], region: Span) -> Iterator[Span]:
    """The parts of ``spans`` (an article's headings: a few) inside ``region``."""
    for span in spans:
        start, end = max(span.start, region.start), min(span.end, region.end)
        if end > start:
            yield Span(start, end)


def _overlaps(region: Span, first: Span | None) -> bool:
    return first is not None and region.overlaps(first)


OverviewRun = tuple[Layer, float, float]  # a layer from top to bottom (text fractions)


def overview_runs(layers: Iterable[tuple[Layer, Span]], length: int) -> list[OverviewRun]:
    """Where the overview strip marks each layer: one run per group of its spans closer
    than 1/OVERVIEW_RESOLUTION of the text (below a pixel: no strip is that tall), lane
    by lane, each lane's layers in painting order. The theme only colours them."""
    n = max(1, length)
    gap = n / OVERVIEW_RESOLUTION
    spans: dict[Layer, list[Span]] = {}
    for layer, span in layers:
        if layer not in OVERVIEW_SKIP:
            spans.setdefault(layer, []).append(span)
    out: list[OverviewRun] = []
    for layer in sorted(spans, key=lambda la: OVERVIEW_LANES.get(la, 0)):  # stable
        ordered = sorted(spans[layer], key=lambda s: (s.start, s.end))
        start, stop = ordered[0].start, ordered[0].end
        for span in ordered[1:]:
            if span.start > stop + gap:
                out.append((layer, start / n, stop / n))
                start, stop = span.start, span.end
            else:
                stop = max(stop, span.end)
        out.append((layer, start / n, stop / n))
    return out


def overview_markers(runs: Iterable[OverviewRun], theme: Theme) -> list[Marker]:
    colours = {layer: theme.swatch(layer) for layer in Layer}
    return [
        Marker(top, bottom, colours[layer], OVERVIEW_LANES.get(layer, 0))
        for layer, top, bottom in runs
    ]


class PaneBuild:
    """One side of an alignment made ready for a pane, off-screen: the lookup tables, the
    QTextDocument with its text and highlights, the overview strip's runs (of the matches
    ``shown``: reader.ui.pane_filter)."""

    def __init__(
        self,
        alignment: Alignment,
        side: str,
        theme: Theme,
        document: QTextDocument,
        shown: PaneFilter = EVERY_MATCH,
    ):
        self.alignment = alignment
        self.side = side
        self.shown = shown  # the matches highlighted (the Matches panel's kinds, Min score)
        self.doc: Document = alignment.a if side == "a" else alignment.b
        self.partner: Document = alignment.b if side == "a" else alignment.a
        self.theme = theme
        self.document = document
        self.index = SpanIndex([], side)
        self.offsets = Utf16Map("")
        self.overview: list[OverviewRun] = []

    def steps(self) -> Steps:
        side = self.side  # sorted by plain tuples first, the index's own sort (by Span,
        # in Python) has nothing left to do: 30 ms instead of 150 for 27,000 matches in B
        ordered = sorted(
            self.alignment.matches,
            key=lambda m: (m.a.start, m.a.end) if side == "a" else (m.b.start, m.b.end),
        )
        yield LONG_STEP_NEXT
        self.index = SpanIndex(ordered, side)
        yield LONG_STEP_NEXT
        self.offsets = Utf16Map(self.doc.text)
        yield STEP
        yield from fill_steps(self.document, self.doc.text)
        layers = iter_layers(self.alignment, self.side, self.shown)
        yield from format_steps(
            self.document,
            layers,
            self.theme.formats(),
            self.offsets,
            headings=self.doc.headings,
        )
        yield LONG_STEP_NEXT
        self.overview = overview_runs(
            iter_layers(self.alignment, side, self.shown), len(self.doc.text)
        )
        yield LONG_STEP_NEXT  # the pane swaps the document in a slice of its own
