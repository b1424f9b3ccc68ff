"""The reader window: two synced article panes, the link map, the matches dock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.sync import SyncMap
from reader.model import Alignment, Match, Span
from reader.ui import view_state
from reader.ui.about import show_about
from reader.ui.actions import Actions
from reader.ui.article_pane import ArticlePane
from reader.ui.caret_keys import CaretKeys
from reader.ui.counts_label import CountsLabel
from reader.ui.dock_toggle import PanelsToggle, dock_toggle
from reader.ui.find_bar import FindBar, around, find_in, hit_count, hits
from reader.ui.geometry import first_window_size
from reader.ui.icons import draw_panel_buttons
from reader.ui.legend import Legend
from reader.ui.link_map import LinkMap
from reader.ui.linker import PaneLinker
from reader.ui.matches_dock import MatchesDock
from reader.ui.messages import status_summary
from reader.ui.navigation import MatchNavigator
from reader.ui.notice_bar import NoticeBar
from reader.ui.notice_work import NoticeWork
from reader.ui.only_dock import OnlyInOneDock
from reader.ui.opening import (
    Aligner,
    Loader,
    PairDocuments,
    PairOpener,
    default_loader,
    document_paths,
    dropped_paths,
)
from reader.ui.pane_loading import PaneLoading
from reader.ui.panel_room import PanelRoom
from reader.ui.quotes_dock import QuotesDock
from reader.ui.reading_place import ReadingPlace
from reader.ui.recent_sessions import follow_sessions
from reader.ui.saved_layout import restore_geometry, restore_splitter
from reader.ui.session_controller import SessionController
from reader.ui.settings import Settings, default_settings
from reader.ui.settings_dialog import settings_aligner
from reader.ui.shortcuts_dialog import show_shortcuts
from reader.ui.sliced_job import LONG_STEP_NEXT, SlicedJob, Steps
from reader.ui.start_notices import say_if_settings_unsaved
from reader.ui.tooltips import describe_match

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
DOCK_SHARE = 0.28  # of the window's height, for the docks below the articles at first
DOCK_MIN_HEIGHT = 150
# a first layout whose articles would show fewer lines than this with the panels open
# (a small window, a large font) starts with the panels closed: Ctrl+J opens them
READ_LINES = 8
PANELS_CLOSED = "Panels closed to give the articles room: View ▸ Panels (Ctrl+J) opens them"


# zoom steps from the default text size: -4 to +12 points (5 to 21 points at 9)
ZOOM_RANGE = (-4, 12)


class MainWindow(QMainWindow):
    """Crossread's main window.

    Signals:
        alignment_started(int): a pair started loading (its generation).
        alignment_finished(object): an Alignment is shown, highlights applied.
        alignment_failed(str): the pair could not be opened (reader-facing message).
        error_shown(str, str): an error dialog opened (title, text).
        match_selected(str): the window selected this match in both panes.
        recent_pairs_changed(): the recent pairs list changed.
    """

    alignment_started = Signal(int)
    alignment_finished = Signal(object)
    alignment_failed = Signal(str)
    error_shown = Signal(str, str)
    match_selected = Signal(str)
    recent_pairs_changed = Signal()

    def __init__(
        self,
        settings: QSettings | None = None,
        loader: Loader | None = None,
        aligner: Aligner | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Crossread")
        self.setAccessibleName("Crossread")
        self.setAcceptDrops(True)
        self.settings = Settings(settings or default_settings())
        self._alignment: Alignment | None = None
        self._zoom = 0
        self._active_side = "a"
        self._stages: list[Callable[[], None]] = []
        self._showing: Alignment | None = None  # being put on screen
        # the reader's place to go back to once this alignment is on screen (a swap)
        self._place_after: tuple[Alignment, ReadingPlace] | None = None
        self._stage_timer = QTimer(self)
        self._stage_timer.setSingleShot(True)
        self._stage_timer.setInterval(0)
        self._stage_timer.timeout.connect(self._next_stage)
        self._preview_job = SlicedJob(self)  # the articles' text while they are matched
        self._build()
        self.opener = PairOpener(
            self,
            self.settings,
            loader or default_loader,
            aligner or settings_aligner,
            (self.actions_.recent_menu, self.actions_.clear_recent),
            self.progress,
        )
        self.opener.has_pair = lambda: self._alignment is not None
        self.opener.shown_paths = lambda: document_paths(self._alignment)
        self.runner = self.opener.runner
        self._connect()
        self.session_controller = SessionController(self)  # notes, corrections, files
        self.notices = NoticeWork(self.session_controller.session, self)  # off the GUI thread
        self.notices.worked_out.connect(self._stage_timer.start)  # a show may wait for it
        follow_sessions(self)  # Recent pairs open the session their notes were saved in
        self.opener.may_open = self.session_controller.may_replace  # asks about unsaved notes
        self._restore()
        say_if_settings_unsaved(self)  # a settings file that cannot be written: said once

    # --- construction ---------------------------------------------------------------

    def _build(self) -> None:
        # made in the order Tab visits them: the notice above the articles comes first
        self.legend = Legend(self)
        self.notice_bar = NoticeBar(self)
        self.pane_a = ArticlePane("a", self)
        self.pane_b = ArticlePane("b", self)
        self.link_map = LinkMap(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("panes_splitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.pane_a, self.link_map, self.pane_b):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(2, 1)
        self.find_bar = FindBar(self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(2, 2, 2, 0)
        box.setSpacing(2)
        box.addWidget(self.legend)
        box.addWidget(self.notice_bar)
        box.addWidget(self.splitter, 1)
        box.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.dock = MatchesDock(self)
        self.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.only_dock = OnlyInOneDock(self)
        self.add_dock(self.only_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.dock, self.only_dock)
        self.quotes_dock = QuotesDock(self)
        self.add_dock(self.quotes_dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.only_dock, self.quotes_dock)
        self.linker = PaneLinker(
            self.pane_a, self.pane_b, self.link_map, self, self.dock.proxy.accepts
        )
        self.actions_ = Actions(self)
        self.navigator = MatchNavigator(self)
        docks: tuple[QDockWidget, ...] = (self.dock, self.only_dock, self.quotes_dock)
        self._dock_actions: dict[QDockWidget, QAction] = {d: dock_toggle(d, self) for d in docks}
        # one key closes every panel below the articles, and opens them again
        self.panels = PanelsToggle(self, lambda: self.pane(self._active_side).text_view())
        for d in docks:
            self.panels.watch(d)
        self.actions_.build_menus(self, [self.panels.action, *self._dock_actions.values()])
        self.panels.action.toggled.connect(self._panels_toggled)
        self.panel_room = PanelRoom(self)  # a window's change of height shared with them
        self.toolbar = self.actions_.build_toolbar(self)
        self.counts = CountsLabel("No pair open", self)
        self.counts.setAccessibleName("Match counts")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName("Alignment progress")
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts)
        self.statusBar().setAccessibleName("Status bar")
        # a message (what the selected match differs on, what the cursor is on) takes the
        # whole bar while it shows: beside the counts, a large font cut it short
        self.statusBar().messageChanged.connect(lambda said: self.counts.setVisible(not said))

    def _connect(self) -> None:
        act = self.actions_
        act.open_pair.triggered.connect(self.open_pair_dialog)
        act.paste_pair.triggered.connect(self.opener.open_paste_dialog)
        act.swap.triggered.connect(self.swap_sides)
        act.quit.triggered.connect(self.close)
        nav = self.navigator
        act.next_match.triggered.connect(lambda: nav.step(1))
        act.prev_match.triggered.connect(lambda: nav.step(-1))
        act.next_discrepancy.triggered.connect(lambda: nav.step(1, differs=True))
        act.prev_discrepancy.triggered.connect(lambda: nav.step(-1, differs=True))
        act.sync.toggled.connect(self.set_sync_scrolling)
        act.minor_links.toggled.connect(self.linker.set_minor_links)
        act.minor_links.toggled.connect(self.settings.set_minor_links)
        act.zoom_in.triggered.connect(lambda: self.zoom(1))
        act.zoom_out.triggered.connect(lambda: self.zoom(-1))
        act.zoom_reset.triggered.connect(lambda: self.zoom(-self._zoom))
        act.find.triggered.connect(self.find_bar.open_bar)
        act.about.triggered.connect(lambda: show_about(self))
        act.shortcuts.triggered.connect(lambda: show_shortcuts(self))
        self.find_bar.find_requested.connect(self._find)
        self.find_bar.closed.connect(lambda: self._show_find_hit(None))
        self.find_bar.other_requested.connect(self._find_other)
        self.caret_keys = CaretKeys(self)  # Enter, Shift+F10 and the status bar at the cursor
        for pane in (self.pane_a, self.pane_b):
            pane.match_clicked.connect(
                lambda mid, side=pane.side: self.select_match(mid, origin=side)
            )
            for view in (pane.browser, pane.preview):  # the keyboard's focus, or a click
                view.installEventFilter(self)
                view.viewport().installEventFilter(self)
            pane.alignment_shown.connect(self._stage_timer.start)  # finish in a turn of its own
        self.link_map.band_clicked.connect(lambda mid: self.select_match(mid))
        self.link_map.set_describer(lambda mid: describe_match(self._alignment, mid))
        self.dock.match_selected.connect(lambda mid: self.select_match(mid))
        self.only_dock.passage_selected.connect(self.navigator.reveal_only)
        self.quotes_dock.passage_selected.connect(self.navigator.reveal)
        self.quotes_dock.match_selected.connect(lambda mid: self.select_match(mid))
        self.dock.filter_changed.connect(self.linker.update_bands)
        self.opener.started.connect(self.alignment_started)
        self.opener.loaded.connect(lambda r: self.show_alignment(r.alignment, r.sync))
        self.opener.failed.connect(self.alignment_failed)
        self.opener.previewable.connect(self._preview)
        self.opener.preview_ended.connect(self._end_preview)
        self.opener.error_shown.connect(self.error_shown)
        self.opener.recent_pairs_changed.connect(self.recent_pairs_changed)

    def _restore(self) -> None:
        if not restore_geometry(self, self.settings.geometry()):  # nothing saved, or garbage
            screen = self.screen().availableGeometry()
            self.resize(*first_window_size(screen.width(), screen.height()))
        state = self.settings.window_state()
        # docks get their share once shown, when no layout of the reader's own is restored
        self._first_layout = state is None or not self.restoreState(state)
        self._panels_hint = False  # the first layout closed the panels: say so
        restore_splitter(self.splitter, self.settings.splitter_state())
        self.actions_.sync.setChecked(self.settings.sync_scrolling())
        self.actions_.minor_links.setChecked(self.settings.minor_links())
        if self.settings.zoom():
            self.zoom(self.settings.zoom())

    def add_dock(self, widget: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a dock (and its toggle in the View menu once menus exist)."""
        if not widget.objectName():
            widget.setObjectName(type(widget).__name__)
        self.addDockWidget(area, widget)
        draw_panel_buttons(widget)  # visible in any palette (reader/ui/icons.py)
        if hasattr(self, "actions_"):
            self._dock_actions[widget] = dock_toggle(widget, self)
            self.actions_.view_menu.addAction(self._dock_actions[widget])
            self.panels.watch(widget)

    def dock_action(self, dock: QDockWidget) -> QAction:
        """The View menu entry of ``dock`` (see ``dock_toggle``)."""
        return self._dock_actions[dock]

    # --- public accessors --------------------------------------------------------------

    def alignment(self) -> Alignment | None:
        return self._alignment

    def paths(self) -> tuple[str, str] | None:
        """The files of the pair on screen."""
        return self.opener.paths

    def current_match(self) -> Match | None:
        current = self.linker.current
        return self._alignment.match_by_id(current) if self._alignment and current else None

    def selection(self) -> tuple[Span | None, Span | None]:
        """The selected passage in A and in B (a match's sides, or None)."""
        return self.pane_a.selected_span(), self.pane_b.selected_span()

    def pane(self, side: str) -> ArticlePane:
        return self.pane_a if side == "a" else self.pane_b

    def active_side(self) -> str:
        """The article last focused or clicked ("a" or "b"): find and the keys at the text
        cursor act on it."""
        return self._active_side

    def is_showing(self) -> bool:
        """True while a new alignment is being put on screen (between its stages)."""
        return self.linker.frozen

    # --- opening pairs -------------------------------------------------------------------

    def open_pair(self, path_a: str, path_b: str) -> int:
        """Load and align a pair off the GUI thread; returns its generation."""
        return self.opener.open(path_a, path_b)

    def ask_open_file_names(self, caption: str) -> list[str]:
        """The OS file dialog (the one call tests replace)."""
        start = self.settings.open_folder()  # where the reader last chose files
        names, _ = QFileDialog.getOpenFileNames(self, caption, start, FILE_FILTER)
        if names:
            self.settings.set_open_folder(names[0])
        return list(names)

    def open_pair_dialog(self) -> None:
        self.opener.open_dialog(self.ask_open_file_names)

    def report_error(self, title: str, text: str) -> None:
        """Every error dialog goes through here (non-blocking; error_shown tells listeners)."""
        self.opener.report_error(title, text)

    def swap_sides(self) -> None:
        """Exchange the two articles, with everything matched (a pair opened from a
        session, without files, too)."""
        if self._alignment is None:
            return
        swapped = self._alignment.swapped()
        sync = SyncMap.from_matches(swapped.matches, len(swapped.a.text), len(swapped.b.text))
        paths = self.opener.paths
        if paths is not None:
            self.opener.paths = (paths[1], paths[0])
        place = ReadingPlace.of(self).swapped() if self._showing is None else None
        self.show_alignment(swapped, sync)
        if place is not None:  # each pane reads on where the other was, the match chosen
            self._place_after = (swapped, place)

    # --- showing an alignment ------------------------------------------------------------

    def _preview(self, documents: PairDocuments) -> None:
        """Show the articles of the pair being opened while they are matched, when no
        pair is on screen (one that is stays, with its notes, until the new one is ready).

        Article A at once, B in a turn of its own once A's took a while: setting a long
        article's text and painting it take 10-40 ms a pane while the matching thread
        contends for the GIL, and both in one turn held the window up twice as long."""
        self._preview_job.cancel()  # a pair opened before: its B is not shown now
        if self._alignment is not None or self._showing is not None:
            return
        if not (PaneLoading.can_preview(documents.a) and PaneLoading.can_preview(documents.b)):
            self._end_preview()  # one side too long to show: neither is shown
            return
        self._preview_job.start(self._preview_steps(documents))

    def _preview_steps(self, documents: PairDocuments) -> Steps:
        self.pane_a.loading.show_preview(documents.a)
        yield LONG_STEP_NEXT
        if (
            self._alignment is None
            and self._showing is None
            and self.pane_a.loading.is_previewing()
        ):
            self.pane_b.loading.show_preview(documents.b)

    def _end_preview(self) -> None:
        self._preview_job.cancel()
        self.pane_a.loading.end_preview()
        self.pane_b.loading.end_preview()

    def show_alignment(self, alignment: Alignment, sync: SyncMap | None = None) -> None:
        """Show ``alignment`` (public: tests and sessions call it directly).

        The work runs in stages, one per event-loop turn (pane A, pane B, the dock), and
        each pane builds its text and highlights a slice per turn, so a long pair never
        blocks the window for long; the window is finished (and alignment_finished
        emitted) once both panes show the new text. An unfinished show is dropped.
        """
        if not view_state.same_articles(self._alignment, alignment):
            view_state.reset_filters(self)  # another pair: every match shown at first
        self._alignment = alignment
        self._showing = alignment
        self.pane_a.loading.cancel_loading()
        self.pane_b.loading.cancel_loading()
        self.linker.set_alignment(
            alignment,
            sync
            or SyncMap.from_matches(
                alignment.matches, len(alignment.a.text), len(alignment.b.text)
            ),
        )
        self.linker.frozen = True
        self.link_map.set_bands([])
        self.notices.start(alignment)
        self._stages = [
            lambda: self.pane_a.set_alignment(alignment),
            lambda: self.pane_b.set_alignment(alignment),
            lambda: self.dock.set_alignment(alignment),
            lambda: self.only_dock.set_alignment(alignment),
            lambda: self.quotes_dock.set_alignment(alignment),
        ]
        self._stage_timer.start()

    def _next_stage(self) -> None:
        """Run the next stage; after the last, finish once both panes show the new text
        (a pane's alignment_shown runs this again)."""
        if self._stages:
            self._stages.pop(0)()
        if self._stages:
            self._stage_timer.start()
            return
        alignment = self._showing
        if (
            alignment is None
            or self.pane_a.loading.is_loading()
            or self.pane_b.loading.is_loading()
        ):
            return
        if not self.notices.ready(alignment):
            return  # its arrival runs this again
        self._showing = None
        self._finish_show(alignment)

    def flush(self) -> None:
        """Finish showing the current alignment now (tests; code that must read the panes)."""
        while self._stages:
            self._stage_timer.stop()
            self._next_stage()
        self.pane_a.loading.flush()
        self.pane_b.loading.flush()
        if self._showing is not None:
            self.notices.finish(self._showing)
        self._stage_timer.stop()
        self._next_stage()

    def _finish_show(self, alignment: Alignment) -> None:
        self.linker.frozen = False
        self.link_map.set_flagged(frozenset(d.match for d in alignment.discrepancies))
        self.link_map.set_selected(None)
        a, b = alignment.a, alignment.b
        self.setWindowTitle(f"{a.display_name} ↔ {b.display_name} — Crossread")
        self.counts.setText(status_summary(alignment), " ".join(alignment.notices))
        notice = self.notices.text(alignment)  # worked out off the GUI thread
        self.notice_bar.set_notice(notice, frozenset((a.content_hash, b.content_hash)))
        # "Aligning x and y…" is over, and the cursor's place was not the reader's doing;
        # what else the bar says (a note deleted, a session's changed files) stays its time
        if self.statusBar().currentMessage() == self.opener.aligning:
            self.statusBar().clearMessage()
        self.caret_keys.hush()
        self._say_panels_closed()
        self._panels_hint = False
        self.find_bar.clear_result()  # "3 of 20 in A" counted the articles shown before
        self.linker.update_bands()
        after, self._place_after = self._place_after, None
        if after is not None and after[0] is alignment:
            after[1].restore(self)
        self.alignment_finished.emit(alignment)

    # --- selection and navigation ----------------------------------------------------------

    def select_match(self, match_id: str, origin: str | None = None) -> None:
        """Select a match in both panes; the pane(s) other than ``origin`` scroll and flash."""
        m = self._alignment.match_by_id(match_id) if self._alignment else None
        if m is None or self.linker.frozen:
            return
        self.linker.current = m.id
        with self.linker.hold():
            for pane, span in ((self.pane_a, m.a), (self.pane_b, m.b)):
                pane.select_span(span, flash=pane.side != origin)
                pane.ensure_visible(span)
        self.link_map.set_selected(m.id)
        self.dock.select_match(m.id)
        self.linker.update_bands()
        what = "linked by hand" if m.manual else f"score {m.score:.2f}"
        differs = self.dock.model.differs(m.id)
        said = f"{m.kind.value.capitalize()} match, {what}" + (
            f" · differs: {differs}" if differs else ""
        )
        self.statusBar().showMessage(said, 4000)
        self.match_selected.emit(m.id)

    def set_sync_scrolling(self, on: bool) -> None:
        if self.actions_.sync.isChecked() != on:
            self.actions_.sync.setChecked(on)
        self.settings.set_sync_scrolling(on)
        self.linker.sync_enabled = on
        if on:
            self.linker.pane_scrolled(self._active_side)

    # --- zoom and find ---------------------------------------------------------------------

    def _find(self, text: str, backward: bool) -> None:
        """Find ``text`` in the active article and say which hit of how many, where."""
        pane = self.pane(self._active_side)
        view = pane.text_view()
        found = find_in(view, text, backward)
        marked = hits(view, text) if found and view is pane.browser else []  # not a preview
        marked = around(marked, view.textCursor().selectionStart())
        self._show_find_hit(self._active_side if found else None, marked)
        self.find_bar.show_result(found, self._active_side.upper(), *hit_count(view, text))

    def _show_find_hit(self, side: str | None, marked: list[tuple[int, int]] | None = None) -> None:
        """The find hit stands out in the article searched (``side``), and every other hit
        (``marked``, Qt positions) is marked there; nothing is in the other article."""
        for pane in (self.pane_a, self.pane_b):
            pane.browser.show_find_hit(pane.side == side)
            pane.selections.set_find_hits((marked or []) if pane.side == side else [])

    def _find_other(self, text: str) -> None:
        """Find ``text`` in the other article, which becomes the one searched."""
        self._active_side = "b" if self._active_side == "a" else "a"
        self._find(text, False)

    def zoom_level(self) -> int:
        """Zoom steps from the default size (0: default)."""
        return self._zoom

    def zoom(self, steps: int) -> None:
        """Zoom by ``steps`` (one point each), within ZOOM_RANGE of the default size: past
        its ends the text would stop changing while the count went on, and Reset zoom
        would then miss the default."""
        level = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self._zoom + steps))
        steps, self._zoom = level - self._zoom, level
        self.settings.set_zoom(self._zoom)
        self.actions_.zoom_in.setEnabled(level < ZOOM_RANGE[1])
        self.actions_.zoom_out.setEnabled(level > ZOOM_RANGE[0])
        if steps:
            self.pane_a.zoom(steps)
            self.pane_b.zoom(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            for pane in (self.pane_a, self.pane_b):
                views = (pane.browser, pane.preview)
                if watched in (*views, *(v.viewport() for v in views)):
                    self._active_side = pane.side
                    self.find_bar.set_side(pane.side)
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab skip the panels behind other tabs: Qt keeps their fields
        shown, off-screen, in the focus chain, so the focus vanished into them."""
        start = QApplication.focusWidget()
        for _ in range(200):  # bounded: the chain is finite, but never loop for ever
            if not super().focusNextPrevChild(next):
                return False
            now = QApplication.focusWidget()
            if now is None or now is start or not now.visibleRegion().isEmpty():
                break
        return True

    # --- recent pairs, drag and drop --------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if 1 <= len(dropped_paths(event.mimeData())) <= 2:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Two files: open them as a pair; one file: replace the side it was dropped on."""
        paths = dropped_paths(event.mimeData())
        if not 1 <= len(paths) <= 2:
            event.ignore()
            return
        event.acceptProposedAction()
        if self.session_controller.open_dropped(paths):  # a .crossread session
            return
        if len(paths) == 2:
            self.opener.request(paths[0], paths[1])
            return
        split_x = self.link_map.mapTo(self, QPoint(self.link_map.width() // 2, 0)).x()
        self.opener.replace_side("a" if event.position().toPoint().x() < split_x else "b", paths[0])

    # --- shutdown ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers and workers (closeEvent calls it; tests may too)."""
        self.statusBar().clearMessage()  # its timeout timer
        self._stage_timer.stop()
        self._stages.clear()
        self._showing = None
        self._preview_job.cancel()
        self.notices.stop()
        self.pane_a.stop_timers()
        self.pane_b.stop_timers()
        self.opener.shutdown()
        self.session_controller.autosaver.stop()
        # a close waits for exports under way (unsaved_guard); only with no event loop
        # left to report it is the one being written finished here
        self.session_controller.files.exporter.finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_layout:
            # with no layout of the reader's own, the articles get most of the height
            self._first_layout = False
            share = max(DOCK_MIN_HEIGHT, int(self.height() * DOCK_SHARE))
            self.resizeDocks([self.dock], [share], Qt.Orientation.Vertical)
            layout = self.layout()
            assert layout is not None  # a main window always has its own
            layout.activate()  # the articles' height with the panels at their share
            view = self.pane_a.text_view()
            if view.height() < READ_LINES * view.fontMetrics().lineSpacing():
                self.panels.set_open(False)
                self._panels_hint = True
                self._say_panels_closed()

    def _panels_toggled(self, shown: bool) -> None:
        if shown:  # the reader found them: what the status bar said is no longer so
            self._panels_hint = False
            if self.statusBar().currentMessage() == PANELS_CLOSED:
                self.statusBar().clearMessage()

    def _say_panels_closed(self) -> None:
        """Tell, once the pair is on screen, why the panels are not (a first layout that
        closed them)."""
        if self._panels_hint:
            self.statusBar().showMessage(PANELS_CLOSED, 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_layout(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.shutdown()
        super().closeEvent(event)
