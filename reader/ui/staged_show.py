"""How a pair comes on screen in the window.

While a pair is being matched and no other is on screen, its articles' plain text shows
(``preview``). The alignment, once matched, is shown in stages (``show``), one per
event-loop turn (pane A, pane B, the docks), and each pane builds its text and highlights
a slice per turn (reader.ui.pane_loading), so a long pair never blocks the window for
long; the window is finished (title, counts, the notice above the articles, and
``MainWindow.alignment_finished``) once both panes show the new text and the notice is
worked out. An unfinished show is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL
from reader.analysis.sync import SyncMap
from reader.model import Alignment
from reader.ui.chosen_kept import place_to_keep
from reader.ui.legend import cut_label
from reader.ui.missing_fonts import font_notice
from reader.ui.notice_bar import pair_key
from reader.ui.pair_task import PairDocuments
from reader.ui.pane_loading import PaneLoading
from reader.ui.reading_place import ReadingPlace
from reader.ui.sliced_job import LONG_STEP_NEXT, SlicedJob, Steps

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class StagedShow(QObject):
    """Puts the window's pair on screen: its preview, then its alignment in stages."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._stages: list[Callable[[], None]] = []
        self.showing: Alignment | None = None  # being put on screen
        # the reader's place to go back to once this alignment is on screen (a swap)
        self.place_after: tuple[Alignment, ReadingPlace] | None = None
        # the reader's place, its match chosen again, once this alignment is on screen:
        # the same articles matched again (reader.ui.chosen_kept)
        self.place_kept: ReadingPlace | None = None
        self._stage_timer = QTimer(self)
        self._stage_timer.setSingleShot(True)
        self._stage_timer.setInterval(0)
        self._stage_timer.timeout.connect(self._next_stage)
        self._preview_job = SlicedJob(self)  # the articles' text while they are matched

    # --- the preview ------------------------------------------------------------------------

    def preview(self, documents: PairDocuments) -> None:
        """Show the articles of the pair being opened while they are matched, when no
        pair is on screen (one that is stays, with its notes, until the new one is ready).

        Article A at once, B in a turn of its own once A's took a while: setting a long
        article's text and painting it take 10-40 ms a pane while the matching thread
        contends for the GIL, and both in one turn held the window up twice as long."""
        self._preview_job.cancel()  # a pair opened before: its B is not shown now
        if self._window.alignment() is not None or self.showing is not None:
            return
        if not (PaneLoading.can_preview(documents.a) and PaneLoading.can_preview(documents.b)):
            self.end_preview()  # one side too long to show: neither is shown
            return
        self._preview_job.start(self._preview_steps(documents))

    def _preview_steps(self, documents: PairDocuments) -> Steps:
        w = self._window
        w.pane_a.loading.show_preview(documents.a)
        w.actions_.enable_for_pair(False, text_shown=True)  # Find, in the articles shown
        yield LONG_STEP_NEXT
        if w.alignment() is None and self.showing is None and w.pane_a.loading.is_previewing():
            w.pane_b.loading.show_preview(documents.b)

    def end_preview(self) -> None:
        self._preview_job.cancel()
        self._window.pane_a.loading.end_preview()
        self._window.pane_b.loading.end_preview()
        self._window.actions_.enable_for_pair(self._window.alignment() is not None)

    # --- the alignment, in stages -----------------------------------------------------------

    def show(self, alignment: Alignment, sync: SyncMap | None = None) -> None:
        """Start showing ``alignment`` (the window's alignment already), dropping an
        unfinished show."""
        w = self._window
        cut_short = None if self.showing is None else (self.showing, self.place_kept)
        self.place_kept = place_to_keep(w, alignment, cut_short)
        self.showing = alignment
        w.pane_a.loading.cancel_loading()
        w.pane_b.loading.cancel_loading()
        w.linker.set_alignment(
            alignment,
            sync
            or SyncMap.from_matches(
                alignment.matches, len(alignment.a.text), len(alignment.b.text)
            ),
        )
        w.linker.frozen = True
        w.link_map.set_bands([])
        w.notices.start(alignment)
        w.legend.show_cut(cut_label(alignment))  # an entry while an article seems cut short
        self._stages = [
            lambda: w.pane_a.set_alignment(alignment),
            lambda: w.pane_b.set_alignment(alignment),
            lambda: w.dock.set_alignment(alignment),
            lambda: w.only_dock.set_alignment(alignment),
            lambda: w.quotes_dock.set_alignment(alignment),
        ]
        self._stage_timer.start()

    def wake(self) -> None:
        """Go on in a turn of its own (a pane's text is on screen, or the notice is worked
        out)."""
        self._stage_timer.start()

    def _next_stage(self) -> None:
        """Run the next stage; after the last, finish once both panes show the new text
        (a pane's alignment_shown runs this again)."""
        w = self._window
        if self._stages:
            self._stages.pop(0)()
        if self._stages:
            self._stage_timer.start()
            return
        alignment = self.showing
        if alignment is None or w.pane_a.loading.is_loading() or w.pane_b.loading.is_loading():
            return
        if not w.notices.ready(alignment):
            return  # its arrival runs this again
        self.showing = None
        self._finish(alignment)

    def flush(self) -> None:
        """Finish showing the current alignment now."""
        w = self._window
        while self._stages:
            self._stage_timer.stop()
            self._next_stage()
        w.pane_a.loading.flush()
        w.pane_b.loading.flush()
        if self.showing is not None:
            w.notices.finish(self.showing)
        self._stage_timer.stop()
        self._next_stage()

    def _finish(self, alignment: Alignment) -> None:
        w = self._window
        w.linker.frozen = False
        # each pane is at the reader's place in its preview (A read half-way, B not yet):
        # a layout settling after this (a pane's relayout timer, due in the same turn on a
        # busy machine) must not level A with B's top
        w.linker.placed()
        w.link_map.set_flagged(frozenset(d.match for d in alignment.discrepancies))
        w.link_map.set_selected(None)
        a, b = alignment.a, alignment.b
        w.setWindowTitle(f"{a.display_name} ↔ {b.display_name} — Crossread")
        w.pane_filtering.counts.show(alignment)  # as many as the Matches panel lists
        # worked out off the GUI thread; the fonts' part reads the scripts kept from it
        told = (w.notices.text(alignment), font_notice((a.text, b.text)))
        notice = " ".join(n for n in told if n) or None
        w.notice_bar.set_notice(notice, pair_key(alignment))
        if notice and ENGLISH_ONLY_MODEL in notice and w.notice_bar.action_button.isHidden():
            # a model folder of the reader's own may read both languages: Settings chooses it
            w.notice_bar.set_action(w.session_controller.actions.settings)
        # "Aligning x and y…" is over, with its progress bar, and the cursor's place was
        # not the reader's doing
        w.opener.drawn()
        w.caret_keys.hush()
        w.first_layout.pair_shown()
        w.find_bar.clear_result()  # "3 of 20 in A" counted the articles shown before
        w.linker.update_bands()
        after, self.place_after = self.place_after, None
        kept, self.place_kept = self.place_kept, None
        if after is not None and after[0] is alignment:
            after[1].restore(w)
        elif kept is not None:
            kept.restore(w)
        w.alignment_finished.emit(alignment)

    def stop(self) -> None:
        """Stop the show under way and the preview (the window shuts down)."""
        self._stage_timer.stop()
        self._stages.clear()
        self.showing = self.place_kept = None
        self._preview_job.cancel()
