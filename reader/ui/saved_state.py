"""What the session's file holds, for the :class:`SessionController` to tell what is not
saved yet: whether the window's session is modified, and in what words the question
before it goes says so.

The state kept is the session as last saved or opened (a pair never saved: as it began,
with nothing of the reader's; unsaved work restored: likewise, so all of it counts) and
the panels' filters then (Matches, Only in one, Quotes, Notes). Notes, corrections
(:mod:`reader.session.changes`) and, for a session with a file, the filters that differ
from those are unsaved: the filters belong to the pair and are saved with its session
(:mod:`reader.ui.view_state`, :mod:`reader.ui.panel_filters`); sync, zoom and link
detail are the reader's for every pair, kept by the settings, and a change to them
changes no session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.model import Alignment
from reader.model.session import JSONScalar, Session
from reader.session.changes import changes_since, following_baseline
from reader.session.view import SWAPPED
from reader.ui import panel_filters, view_state

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.notes_dock import NotesDock


class SavedState(QObject):
    """The session as its file holds it, and the panels' filters then; ``current`` gives
    the session on screen, ``notes`` is the Notes panel.

    Signals:
        filters_moved_changed(): the filters on screen now differ from the saved ones, or
            no longer do (read once a change to them settles, or by :meth:`check_filters`).
    """

    filters_moved_changed = Signal()

    def __init__(
        self, window: MainWindow, current: Callable[[], Session | None], notes: NotesDock
    ) -> None:
        super().__init__(window)
        self.window = window
        self._current = current
        self.baseline: Session | None = None
        self.filters: dict[str, JSONScalar] = dict(view_state.EVERY_ROW)
        self.filters_moved = False  # the filters on screen differ from those
        # read once a change settles: a new pair's filters are reset before it is the
        # session's, and that reset is no change of the session on screen
        self.timer = QTimer(self)
        self.timer.setObjectName("filters_timer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.check_filters)
        for panel in (window.dock, window.only_dock, window.quotes_dock, notes):
            panel.filter_changed.connect(self.timer.start)
        # a column's title clicked
        for table in panel_filters.sorted_tables(window, notes).values():
            table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.timer.start())

    def check_filters(self) -> None:
        """Read the filters on screen now (a change just made counts before a question);
        not while the window shows another pair than the session's."""
        self.timer.stop()
        s, shown = self._current(), self.window.alignment()
        if s is None or shown is None or not view_state.same_articles(s.alignment, shown):
            return
        saved = self.filters
        if shown.a.content_hash != s.alignment.a.content_hash:  # swapped, not followed yet
            saved = panel_filters.swapped(saved)
        moved = self.filters_on_screen() != saved
        if moved != self.filters_moved:
            self.filters_moved = moved
            self.filters_moved_changed.emit()

    def begin(self, baseline: Session, filters: Mapping[str, JSONScalar]) -> None:
        """From now on, what differs from ``baseline`` and ``filters`` is unsaved."""
        self.baseline = baseline
        self.filters = view_state.filters(filters)
        self.filters_moved = False

    def begin_unsaved(self, session: Session) -> None:
        """``session`` is a new pair's, or unsaved work restored: all of its notes,
        corrections and filters are unsaved."""
        self.begin(Session(session.alignment), view_state.EVERY_ROW)

    def written(self, saved: Session) -> None:
        """``saved`` (view settings included) is in the session's file now; the filters
        on screen may have moved while it was written."""
        self.begin(saved, saved.view)
        self.filters_moved = self.filters_on_screen() != self.filters

    def take_filters_on_screen(self) -> None:
        """The panel's filters are the file's (as the panel took them: a hand-edited
        file's filters it could not read are left as they were)."""
        self.filters = self.filters_on_screen()
        self.filters_moved = False

    def follow(self, how: str, alignment: Alignment) -> None:
        """The session on screen followed ``alignment`` (swapped, or aligned again):
        the saved state follows it, to stay comparable; swapped, the filters of A and B
        too, as the window took the panels' boxes along with their articles."""
        if self.baseline is not None:
            self.baseline = following_baseline(how, self.baseline, alignment)
        if how == SWAPPED:
            self.filters = panel_filters.swapped(self.filters)
            self.filters_moved = self.filters_on_screen() != self.filters

    def filters_on_screen(self) -> dict[str, JSONScalar]:
        return view_state.filters(view_state.capture(self.window))

    def differs(self, session: Session, path: str | None) -> bool:
        """Whether ``session`` (saved in ``path``, or never) is not saved: a note or a
        correction changed, or, with a file, the filters. A pair never saved holds
        nothing to keep until a note or correction is made."""
        if self.baseline is None:
            return False
        changed = changes_since(self.baseline, session)
        return bool(changed) or (self.filters_moved and path is not None)

    def in_words(self, session: Session) -> list[str]:
        """What is unsaved in ``session``, in words: ["1 note added", "the Matches
        panel's filters changed (Min score 0.80)", "the Quotes panel's filters changed
        (Terms unticked)"]; empty when nothing is."""
        if self.baseline is None:
            return []
        said = changes_since(self.baseline, session).in_words()
        on_screen = self.filters_on_screen()
        moved = view_state.filters_in_words(self.filters, on_screen)
        if moved:
            said.append(f"the Matches panel's filters changed ({moved})")
        return said + panel_filters.in_words(self.filters, on_screen)
