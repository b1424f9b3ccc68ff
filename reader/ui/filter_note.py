"""The Matches panel's kinds and Min score applied to the article panes, and said beside
the legend while they hide matches.

The panel's tick boxes and Min score decide which matches the articles highlight (see
reader.ui.pane_filter; its Show choice and its words pick the rows of the table, the
steps of Next match and Next discrepancy and the bands of the link map, not the
highlights). While they hide some, a note at the end of the legend's line says so ("Min
score 0.80: 14 of 52 matches hidden"), and its Show all button ticks every kind and puts
Min score back to 0. The panes follow a change once it has rested a moment (a drag of
Min score). The status bar's counts follow the panel too (reader.ui.match_counts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from reader.model import Alignment
from reader.ui.match_counts import MatchCounts
from reader.ui.pane_filter import PaneFilter

if TYPE_CHECKING:  # main_window imports this module
    from reader.ui.main_window import MainWindow

PAUSE_MS = 150  # the panes follow the filter once it has rested this long (as the words do)
NOTE_TIP = (
    "The Matches panel's kind boxes and Min score hide these matches in the articles, "
    "the link map and the table"
)


class FilterNote(QWidget):
    """What the panes' filter hides, and a button to show every match again; hidden
    while every match is shown.

    Signals:
        show_all_requested(): the reader pressed Show all.
    """

    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Matches hidden")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setToolTip(NOTE_TIP)
        self.button = QToolButton(self)
        self.button.setText("Show all")
        self.button.setToolTip("Tick every kind and set Min score to 0: highlight every match")
        self.button.setAccessibleName("Show all matches")
        self.button.clicked.connect(self.show_all_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        """Say ``text`` ("" hides the note)."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))


class PaneFiltering(QObject):
    """Hands the Matches panel's kinds and Min score to both panes (the link map asks
    the panel itself) and keeps the window's FilterNote up to date.

    The note follows each change at once; the panes follow once the filter has rested
    PAUSE_MS (a drag of Min score over a long pair lays their highlights again once, not
    at each step), or at once for a pair being put on screen, which is built with it.
    The selected match goes unselected when the panes' new filter hides it."""

    def __init__(self, window: MainWindow, note: FilterNote) -> None:
        super().__init__(window)
        self._window = window
        self.note = note
        self._said: tuple[PaneFilter, Alignment | None] | None = None  # what the note counts
        self._pause = QTimer(self)
        self._pause.setObjectName("pane_filter_pause")
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        window.dock.filter_changed.connect(self._changed)
        window.alignment_finished.connect(lambda _alignment: self.flush())
        self.counts = MatchCounts(window)  # the status bar's counts, of the matches listed
        note.show_all_requested.connect(window.dock.show_every_match)

    def _changed(self) -> None:
        """The panel's filter changed (its kinds or Min score, or else Show or words)."""
        w = self._window
        self._say()
        shown = w.dock.proxy.pane_filter()
        panes = (w.pane_a, w.pane_b)
        if all(pane.pane_filter() == shown for pane in panes):
            self._pause.stop()
        elif w.is_showing() or any(pane.alignment() is not w.alignment() for pane in panes):
            self.flush()  # a text still to come: built with the filter, no pass laid twice
        else:
            self._pause.start()

    def flush(self) -> None:
        """Hand the panes the filter now (the end of a pause, another alignment)."""
        self._pause.stop()
        w = self._window
        shown = w.dock.proxy.pane_filter()
        was = w.pane_a.pane_filter()
        for pane in (w.pane_a, w.pane_b):
            pane.set_filter(shown)
        current = w.current_match()
        if current is not None and was.shows(current) and not shown.shows(current):
            w.navigator.unselect(current)  # its tint would stay on a match no longer drawn
        self._say()

    def stop(self) -> None:
        """Stop the pause's timer, and the counts' (the window shuts down)."""
        self._pause.stop()
        self.counts.stop()

    def _say(self) -> None:
        w = self._window
        shown, al = w.dock.proxy.pane_filter(), w.alignment()
        said = self._said  # not counted again for each word typed in the filter box
        if said is None or said[0] != shown or said[1] is not al:
            self._said = (shown, al)
            self.note.set_text(shown.summary(al.matches) if al is not None else "")
