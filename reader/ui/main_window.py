"""The reader window: two synced article panes, the link map, the matches dock.

The window builds and connects its parts; what it does over time is in helpers it owns,
each in a module of its own: ``staged_show`` (the preview of a pair being matched, then
its alignment put on screen in stages), ``article_find`` (the find bar, in the article
last focused or clicked), ``pair_drop`` (files dropped on it), ``first_layout`` (the
panels' share of the height at first, closed in a small window), ``navigation``,
``reading_place``, ``panel_room``, ``panels_give_way`` (the panels closed while the window
is small), ``caret_keys``, ``wheel_zoom`` (Ctrl+wheel zooms both articles), ``text_zoom`` (the
articles' text, the panels' and the legend's in proportion)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reader.analysis.sync import SyncMap
from reader.guide import GUIDE_KEYS
from reader.ingest import ARTICLE_SUFFIXES
from reader.model import Alignment, Match, Span
from reader.ui import view_state
from reader.ui.about import show_about
from reader.ui.actions import Actions
from reader.ui.area_keys import AreaKeys
from reader.ui.article_find import ArticleFind
from reader.ui.article_pane import ArticlePane
from reader.ui.caret_keys import CaretKeys
from reader.ui.combo_keys import ComboKeys
from reader.ui.control_focus import ControlFocus
from reader.ui.correction_steps import CorrectionSteps
from reader.ui.counts_label import CountsLabel
from reader.ui.dock_toggle import PanelsToggle, dock_toggle
from reader.ui.filter_note import FilterNote, PaneFiltering
from reader.ui.find_bar import FindBar
from reader.ui.first_layout import FirstLayout
from reader.ui.geometry import first_window_place
from reader.ui.guide_dialog import show_guide
from reader.ui.icons import draw_panel_buttons
from reader.ui.legend import Legend
from reader.ui.link_keys import wire_link_map
from reader.ui.link_map import LinkMap
from reader.ui.linker import PaneLinker
from reader.ui.matches_dock import MatchesDock
from reader.ui.navigation import MatchNavigator
from reader.ui.notice_bar import NoticeBar
from reader.ui.notice_work import NoticeWork
from reader.ui.only_dock import OnlyInOneDock
from reader.ui.opening import PairOpener, document_paths
from reader.ui.pair_drop import PairDrop
from reader.ui.pair_task import Aligner, Loader, default_loader
from reader.ui.panel_room import PanelRoom
from reader.ui.panel_tab_order import PanelTabOrder
from reader.ui.panel_tabs import PanelTabs
from reader.ui.panels_give_way import PanelsGiveWay
from reader.ui.quotes_dock import QuotesDock
from reader.ui.reading_place import ReadingPlace
from reader.ui.recent_sessions import follow_sessions
from reader.ui.sample_pair import open_sample
from reader.ui.saved_layout import restore_geometry, restore_splitter
from reader.ui.screen_reader import voice_status_bar
from reader.ui.session_controller import SessionController
from reader.ui.settings import Settings, default_settings
from reader.ui.settings_dialog import settings_aligner
from reader.ui.shortcuts_dialog import show_shortcuts
from reader.ui.staged_show import StagedShow
from reader.ui.start_notices import say_if_settings_unsaved
from reader.ui.text_zoom import TextZoom
from reader.ui.tooltips import score_words
from reader.ui.wheel_zoom import WheelZoom
from reader.ui.window_palette import WindowPalette
from reader.ui.wording_marks import WordingMarks

FILE_FILTER = f"Articles ({' '.join('*' + s for s in ARTICLE_SUFFIXES)});;All files (*)"


class MainWindow(QMainWindow):
    """Crossread's main window.

    Signals:
        alignment_started(int): a pair started loading (its generation).
        alignment_finished(object): an Alignment is shown, highlights applied.
        alignment_failed(str): the pair could not be opened (reader-facing message).
        error_shown(str, str): an error dialog opened (title, text).
        match_selected(str): the window selected this match in both panes.
        recent_pairs_changed(): the recent pairs list changed.
        leaving_pair(): another pair is about to be shown; the panels' filters on screen
            are still the last pair's (they are reset next).
    """

    alignment_started = Signal(int)
    alignment_finished = Signal(object)
    alignment_failed = Signal(str)
    error_shown = Signal(str, str)
    match_selected = Signal(str)
    recent_pairs_changed = Signal()
    leaving_pair = Signal()

    def __init__(
        self,
        settings: QSettings | None = None,
        loader: Loader | None = None,
        aligner: Aligner | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("Crossread")
        self.setAccessibleName("Crossread")
        self.settings = Settings(settings or default_settings())
        self._alignment: Alignment | None = None
        self.staged_show = StagedShow(self)  # the preview, then the alignment in stages
        self._build()
        # a dark or high-contrast palette in every panel, floating or not, and dialog
        self.window_palette = WindowPalette(self)
        # a focus ring seen in every palette round the panels' drop-downs, sliders, boxes
        self.control_focus = ControlFocus(self)
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
        self.wording_marks = WordingMarks(self)  # the chosen match's words that differ
        self.session_controller = SessionController(self)  # notes, corrections, files
        self.notices = NoticeWork(self.session_controller.session, self)  # off the GUI thread
        self.notices.worked_out.connect(self.staged_show.wake)  # a show may wait for it
        self.area_keys = AreaKeys(self)  # F6: the other article, then the panel in front
        self.correction_steps = CorrectionSteps(self)  # F7, the status bar's note button
        self.panel_tab_order = PanelTabOrder(self)  # the panels' tabs after their controls
        self.combo_keys = ComboKeys(self)  # Alt+Down opens a list, not the next match
        follow_sessions(self)  # Recent pairs open the session their notes were saved in
        self.opener.may_open = self.session_controller.may_replace  # asks about unsaved notes
        self._restore()
        say_if_settings_unsaved(self)  # a settings file that cannot be written: said once

    # --- construction ---------------------------------------------------------------

    def _build(self) -> None:
        # made in the order Tab visits them: the notice above the articles comes first
        self.legend = Legend(self)
        self.filter_note = FilterNote(self)
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
        top = QHBoxLayout()  # the legend, and what the Matches panel hides at its end
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.legend, 1)
        top.addWidget(self.filter_note)
        box.addLayout(top)
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
        self.panel_tabs = PanelTabs(self)  # the panels' tab bars named, as Qt makes them
        self.linker = PaneLinker(
            self.pane_a, self.pane_b, self.link_map, self, self.dock.proxy.accepts
        )
        self.actions_ = Actions(self)
        self.navigator = MatchNavigator(self)
        docks: tuple[QDockWidget, ...] = (self.dock, self.only_dock, self.quotes_dock)
        self._dock_actions: dict[QDockWidget, QAction] = {d: dock_toggle(d, self) for d in docks}
        # one key closes every panel below the articles, and opens them again
        self.panels = PanelsToggle(self, lambda: self.pane(self.active_side()).text_view())
        for d in docks:
            self.panels.watch(d)
        self.actions_.build_menus(self, [self.panels.action, *self._dock_actions.values()])
        self.actions_.enable_for_pair(False)  # until a pair is shown
        self.first_layout = FirstLayout(self)  # panels closed in a small window, and why
        self.panel_room = PanelRoom(self)  # a window's change of height shared with them
        self.give_way = PanelsGiveWay(self)  # panels closed in a window made small
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
        voice_status_bar(self.statusBar())  # its message read out, not a fixed name
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
        act.zoom_reset.triggered.connect(lambda: self.zoom(-self.text_zoom.level))
        act.find.triggered.connect(self.find_bar.open_bar)
        act.about.triggered.connect(lambda: show_about(self))
        act.shortcuts.triggered.connect(lambda: show_shortcuts(self))
        act.guide.triggered.connect(lambda: show_guide(self, self.guide_actions()))
        act.sample_pair.triggered.connect(lambda: open_sample(self))
        self.finder = ArticleFind(self)  # the find bar, in the article last focused
        self.caret_keys = CaretKeys(self)  # Enter, Shift+F10 and the status bar at the cursor
        for pane in (self.pane_a, self.pane_b):
            pane.match_clicked.connect(
                lambda mid, side=pane.side: self.select_match(mid, origin=side)
            )
            self.finder.watch(pane)  # the keyboard's focus, or a click
            pane.alignment_shown.connect(self.staged_show.wake)  # finish in a turn of its own
        wire_link_map(self)  # clicks, Enter and the current band; tooltips, screen readers
        self.dock.match_selected.connect(lambda mid: self.select_match(mid))
        self.only_dock.passage_selected.connect(self.navigator.reveal_only)
        self.quotes_dock.passage_selected.connect(self.navigator.reveal)
        self.quotes_dock.match_selected.connect(lambda mid: self.select_match(mid))
        self.dock.filter_changed.connect(self.linker.update_bands)
        self.pane_filtering = PaneFiltering(self, self.filter_note)  # kinds, Min score
        self.opener.started.connect(self.alignment_started)
        self.opener.loaded.connect(lambda r: self.show_alignment(r.alignment, r.sync))
        self.opener.failed.connect(self.alignment_failed)
        self.opener.previewable.connect(self.staged_show.preview)
        self.opener.preview_ended.connect(self.staged_show.end_preview)
        self.opener.error_shown.connect(self.error_shown)
        self.opener.recent_pairs_changed.connect(self.recent_pairs_changed)
        self.drop = PairDrop(self)  # files dropped on the window
        text_views = [w for p in (self.pane_a, self.pane_b) for w in (p.browser, p.preview)]
        self.text_zoom: TextZoom = TextZoom(self)  # the articles, the panels, the legend
        self.wheel_zoom = WheelZoom(  # Ctrl+wheel: both articles, as View > Zoom in/out
            [*(v.viewport() for v in text_views), self.link_map], self.zoom, self
        )

    def _restore(self) -> None:
        if not restore_geometry(self, self.settings.geometry()):  # nothing saved, or garbage
            free = self.screen().availableGeometry()
            left, top, width, height = first_window_place(
                free.x(), free.y(), free.width(), free.height()
            )
            self.resize(width, height)
            self.move(left, top)  # centred
        state = self.settings.window_state()
        # docks get their share once shown, when no layout of the reader's own is restored
        self.first_layout.pending = state is None or not self.restoreState(state)
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
        return self.finder.side

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

    def guide_actions(self) -> dict[str, QAction]:
        """The actions the reading guide names, by name: the window's, the session's and
        Print."""
        ctl = self.session_controller
        found = {
            n: getattr(self.actions_, n, None) or getattr(ctl.actions, n, None) for n in GUIDE_KEYS
        }
        found["print"] = ctl.printing.action
        found["update_files"] = ctl.updating.action
        found["next_change"] = ctl.change_steps.next_change
        found["correction_note"] = self.correction_steps.action
        return {name: a for name, a in found.items() if isinstance(a, QAction)}

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
        place = ReadingPlace.of(self).swapped() if self.staged_show.showing is None else None
        view_state.swap_side_filters(self)  # each box stays with its article
        self.show_alignment(swapped, sync)
        if place is not None:  # each pane reads on where the other was, the match chosen
            self.staged_show.place_after = (swapped, place)

    # --- showing an alignment ------------------------------------------------------------

    def show_alignment(self, alignment: Alignment, sync: SyncMap | None = None) -> None:
        """Show ``alignment`` (public: tests and sessions call it directly).

        The work runs in stages, one per event-loop turn (pane A, pane B, the dock), and
        each pane builds its text and highlights a slice per turn, so a long pair never
        blocks the window for long; the window is finished (and alignment_finished
        emitted) once both panes show the new text. An unfinished show is dropped.
        (reader.ui.staged_show)
        """
        if not view_state.same_articles(self._alignment, alignment):
            self.leaving_pair.emit()
            view_state.reset_filters(self)  # another pair: every match shown at first
        self._alignment = alignment
        self.actions_.enable_for_pair(True)
        self.staged_show.show(alignment, sync)

    def flush(self) -> None:
        """Finish showing the current alignment now (tests; code that must read the panes)."""
        self.staged_show.flush()

    # --- selection and navigation ----------------------------------------------------------

    def select_match(
        self, match_id: str, origin: str | None = None, aside: str = "", lead: str = ""
    ) -> None:
        """Select a match in both panes; the pane(s) other than ``origin`` flash, and
        scroll to show it with some text around it (``origin``, where the reader clicked,
        only if it is not in view). The status bar names it, says ``lead`` before (where a
        step went: back to the first match...) and ``aside`` after it."""
        m = self._alignment.match_by_id(match_id) if self._alignment else None
        if m is None or self.linker.frozen:
            return
        self.linker.current = m.id
        with self.linker.hold():
            for pane, span in ((self.pane_a, m.a), (self.pane_b, m.b)):
                pane.select_span(span, flash=pane.side != origin)
                pane.ensure_visible(span, context=pane.side != origin)
        self.link_map.set_selected(m.id)
        self.dock.select_match(m.id)
        self.linker.update_bands()
        differs = self.dock.model.differs(m.id)
        parts = (
            lead,
            f"{m.kind.value.capitalize()} match, {score_words(m)}",
            f"differs: {differs}" if differs else "",
            aside,
        )
        said = " · ".join(part for part in parts if part)
        self.statusBar().showMessage(said, 4000)
        self.match_selected.emit(m.id)

    def set_sync_scrolling(self, on: bool) -> None:
        if self.actions_.sync.isChecked() != on:
            self.actions_.sync.setChecked(on)
        self.settings.set_sync_scrolling(on)
        self.linker.sync_enabled = on
        if on:
            self.linker.pane_scrolled(self.active_side())

    # --- zoom ---------------------------------------------------------------------

    def zoom_level(self) -> int:
        """Zoom steps from the default size (0: default)."""
        return self.text_zoom.level

    def zoom(self, steps: int) -> None:
        """Zoom by ``steps``, a point each, the panels in proportion (reader.ui.text_zoom)."""
        self.text_zoom.zoom(steps)

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

    # --- shutdown ------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers and workers (closeEvent calls it; tests may too)."""
        self.statusBar().clearMessage()  # its timeout timer
        self.staged_show.stop()
        self.pane_filtering.stop()
        self.dock.words.stop()  # words typed just before closing
        self.notices.stop()
        self.pane_a.stop_timers()
        self.pane_b.stop_timers()
        self.opener.shutdown()
        self.session_controller.autosaver.stop()
        self.session_controller.updating.shutdown()
        # a close waits for exports under way (unsaved_guard); only with no event loop
        # left to report it is the one being written finished here
        self.session_controller.exports.exporter.finish()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.first_layout.window_shown()

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self.give_way.layout_state()  # panels that gave way to a small window: open
        splitter, share = self.splitter.saveState(), self.text_zoom.starting_share()
        self.settings.save_layout(self.saveGeometry(), state, splitter, share)
        self.shutdown()
        super().closeEvent(event)
