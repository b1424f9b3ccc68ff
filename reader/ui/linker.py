"""Keeps the two panes and the link map in step: synced scrolling and the bands.

Scroll sync wraps ``reader.analysis.sync`` (the pure offset map) in a re-entrancy guard:
scrolling B to follow A must not make A follow B in turn.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QWidget

from reader.analysis.sync import SyncMap
from reader.model import Alignment, Match, MatchKind
from reader.ui.article_pane import ArticlePane
from reader.ui.geometry import BandInput, compute_bands
from reader.ui.link_map import LinkMap
from reader.ui.link_words import none_said

MINOR_KINDS = frozenset({MatchKind.ENTITY, MatchKind.NUMBER})
PAINT_ORDER = {MatchKind.ENTITY: 0, MatchKind.NUMBER: 1, MatchKind.QUOTE: 2, MatchKind.CLAIM: 3}


class PaneLinker(QObject):
    """Synced scrolling between two panes and the link map's bands."""

    def __init__(
        self,
        pane_a: ArticlePane,
        pane_b: ArticlePane,
        link_map: LinkMap,
        frame: QWidget,
        accepts: Callable[[Match], bool],
    ) -> None:
        super().__init__(frame)
        self.panes = {"a": pane_a, "b": pane_b}
        self.link_map = link_map
        self._frame = frame
        self._accepts = accepts
        self._alignment: Alignment | None = None
        self._sync: SyncMap | None = None
        self._busy = False
        self._seen: dict[str, int] = {}  # each pane's scroll value when it last scrolled
        self._resync = False  # panes were scrolled by hand (hold): level them at once
        self.frozen = False  # while a new alignment is being put on screen
        self.sync_enabled = True
        self.minor_links = False
        self.current: str | None = None
        self._order: list[Match] = []
        self._minor: set[str] = set()  # the names' and figures' match ids
        self._rank: dict[str, int] = {}  # each match's place in reading order
        self._by_id: dict[str, Match] = {}
        # the links the filters let through but the chosen match, in reading order, and
        # the View > Entity and number links they were worked out for (None: stale)
        self._links: list[Match] = []
        self._links_key: bool | None = None
        for side, pane in self.panes.items():
            pane.scrolled.connect(lambda side=side: self.pane_scrolled(side))
        link_map.wheeled.connect(self.wheel)

    def alignment(self) -> Alignment | None:
        """The alignment the links are of (until a new one's show starts, the last one)."""
        return self._alignment

    def set_alignment(self, alignment: Alignment | None, sync: SyncMap | None) -> None:
        self._alignment = alignment
        self._sync = sync
        self.current = None
        # reading order of A, as Next match steps (reader.ui.navigation)
        matches = alignment.matches if alignment is not None else ()
        self._order = sorted(matches, key=lambda m: (m.a.start, m.b.start, m.id))
        self._minor = {m.id for m in self._order if m.kind in MINOR_KINDS}
        self._rank = {m.id: i for i, m in enumerate(self._order)}
        self._by_id = {m.id: m for m in self._order}
        self._links_key = None

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Scroll panes by hand inside this block without syncing the other one (the
        next scroll by the reader then brings the other pane level again, whichever
        way it has to move)."""
        with self._guard():
            yield
        self.placed()

    def placed(self) -> None:
        """The panes are where the program put them (a jump, or a pair just shown, each
        pane at the place the reader had got to in its preview): a new layout (a pane's
        text laid out anew, a resize) levels nothing until the reader scrolls, whose
        next scroll brings the other pane level, whichever way it has to move."""
        self._resync = True
        # where each pane is now, so the reader's next scroll counts as one even in a
        # pane that had not scrolled since its text was shown
        for side, pane in self.panes.items():
            self._seen[side] = pane.browser.verticalScrollBar().value()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def follow(self, side: str, moved: int = 0) -> None:
        """Bring the other pane level with ``side`` at the sync line.

        ``moved``: how far the reader has just scrolled ``side`` (pixels, down positive).
        The sync line slides down the viewport as a pane scrolls (top at the top, bottom
        at the bottom), faster than the text where the other article has more to say,
        so the level position can lie behind the other pane's: it then waits rather
        than move back against the reader's scrolling.
        """
        if self._sync is None or self._busy:
            return
        if self._resync:  # after a jump: level again, even against the scrolling
            moved, self._resync = 0, False
        with self._guard():
            src, dst = self.panes[side], self.panes["b" if side == "a" else "a"]
            fraction = src.scroll_fraction()  # top at the top, bottom at the bottom
            offset = src.offset_at_fraction(fraction)
            target = dst.scroll_value_for(
                self._sync.map(offset, "a" if side == "a" else "b"), fraction
            )
            bar = dst.browser.verticalScrollBar()
            if moved * (target - bar.value()) >= 0:
                bar.setValue(target)

    def pane_scrolled(self, side: str) -> None:
        value = self.panes[side].browser.verticalScrollBar().value()
        moved, self._seen[side] = value - self._seen.get(side, value), value
        if self.frozen:
            return
        if self.panes[side].browser.rewrapping:  # a new width or zoom: each pane keeps
            self._resync = True  # its own place; the reader's next scroll levels them
            self.update_bands(scrolled=True)
            return
        # after a jump the panes stay where it put them until the reader scrolls: a new
        # layout (Qt laying a new text out, a resize) moves nothing and levels nothing
        if self.sync_enabled and (moved or not self._resync):
            self.follow(side, moved)
        self.update_bands(scrolled=True)

    def wheel(self, angle: int, pixels: int) -> None:
        """The wheel turned over the link map: scroll A as the wheel over it would, B
        following it when scrolling is synced, else scroll both by as much."""
        for side in ("a",) if self.sync_enabled else ("a", "b"):
            bar = self.panes[side].browser.verticalScrollBar()
            step = pixels or round(angle / 120 * QApplication.wheelScrollLines() * bar.singleStep())
            bar.setValue(bar.value() - step)

    def set_minor_links(self, on: bool) -> None:
        """Draw bands for entity and number matches too (View > Entity and number links)."""
        self.minor_links = on
        self.update_bands()

    def draws(self, m: Match) -> bool:
        """Whether the map draws a band for ``m`` when it is in view."""
        if not self.minor_links and m.kind in MINOR_KINDS and m.id != self.current:
            return False
        return self._accepts(m)

    def forget_links(self) -> None:
        """The matches the filters let through changed: work the links out again."""
        self._links_key = None

    def _hand_links(self) -> None:
        """Hand the link map the links it draws, in reading order, and why none. Those
        the filters let through are worked out again only when they may have changed
        (2 µs a match); a name or a figure chosen is drawn, and listed, while chosen."""
        if self._links_key != self.minor_links:
            self._links_key = self.minor_links
            every = self.minor_links
            self._links = [
                m for m in self._order if (every or m.id not in self._minor) and self._accepts(m)
            ]
        links = self._links
        chosen = self._by_id.get(self.current or "")
        if chosen is not None and self.draws(chosen):
            at = bisect_left(links, self._rank[chosen.id], key=lambda m: self._rank[m.id])
            if at == len(links) or links[at] is not chosen:
                links = [*links[:at], chosen, *links[at:]]
        minor = 0 if self.minor_links else len(self._minor)
        self.link_map.set_links([m.id for m in links], none_said(len(self._order), minor))

    def update_bands(self, scrolled: bool = False) -> None:
        """Hand the link map the bands of the matches visible in either pane and, unless
        ``scrolled`` (a scroll changes no link, and comes often), the links it draws."""
        if self.frozen:
            return
        if self._alignment is None:
            self.link_map.set_bands([])
            self.link_map.set_links([])
            return
        if not scrolled:
            self._hand_links()
        pane_a, pane_b = self.panes["a"], self.panes["b"]
        va, vb = pane_a.visible_range(), pane_b.visible_range()
        origin = self.link_map.mapTo(self._frame, QPoint(0, 0)).y()
        dy_a = pane_a.browser.viewport().mapTo(self._frame, QPoint(0, 0)).y() - origin
        dy_b = pane_b.browser.viewport().mapTo(self._frame, QPoint(0, 0)).y() - origin
        items = []
        for m in self._alignment.matches:
            if not (m.a.overlaps(va) or m.b.overlaps(vb)) or not self.draws(m):
                continue
            at, ab = pane_a.span_y(m.a)
            bt, bb = pane_b.span_y(m.b)
            ends = (at + dy_a, ab + dy_a, bt + dy_b, bb + dy_b)
            items.append(BandInput(m.id, m.kind, *ends, manual=m.manual, loose=m.loose))
        items.sort(key=lambda it: PAINT_ORDER[it.kind])
        # only the strip level with both panes' text (not their title rows)
        top = float(max(dy_a, dy_b, 0))
        bottom = float(
            min(
                dy_a + pane_a.browser.viewport().height(),
                dy_b + pane_b.browser.viewport().height(),
                self.link_map.height(),
            )
        )
        self.link_map.set_area(top, bottom)
        self.link_map.set_bands(compute_bands(items, bottom, top))
