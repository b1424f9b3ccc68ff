"""Go > Go to correction note (F7), the status bar's button that says an article has one
("⚑ B has a correction note"), and a click on a note's flag on the overview strip: each
goes to a correction note of the pair (reader.analysis.correction_notes), F7 and the
button to A's notes then B's, round from the last to the first. The note is selected
and flashed (Add note takes it) and shown whole with a few lines around it; the keyboard
goes to its article, the text cursor at its first word, so that a reader without a mouse
(or a screen reader) reads on from there; the status bar says which note it is, its first
words and what the other article still gives that it says was wrong.

The action is greyed out, and the button hidden, while no article of the pair shown has a
note. The button is a Tab stop (Space or Enter presses it) and hides with the match
counts while the status bar shows a message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QToolButton

from reader.analysis.correction_notes import PairCorrection, notes_told, pair_corrections
from reader.model import Alignment
from reader.ui.icons import PaletteIcons, WidgetIconEngine
from reader.ui.messages import STATUS_MS
from reader.ui.session_actions import insert_after, make_action
from reader.ui.tooltips import shorten

if TYPE_CHECKING:  # main_window creates this helper
    from reader.ui.main_window import MainWindow

KEY = "F7"
NOTE_TIP = (
    "Go to an article's correction note, where its outlet says what an earlier version "
    "got wrong (again: the next one)"
)
NO_NOTES = "Neither article has a correction note."
NOTE_WORDS = 80  # of the note, in the status bar


class CorrectionSteps(QObject):
    """The action, the button and the flags' clicks (see the module)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._notes: tuple[PairCorrection, ...] = ()  # of the pair shown
        self._last: PairCorrection | None = None  # the note gone to last
        self.action = make_action(window, "Go to &correction note", [KEY], NOTE_TIP)
        self.action.setEnabled(False)
        self.action.triggered.connect(lambda: self.step())
        self.icons = PaletteIcons(window, {self.action: "flag"})
        self.button = QToolButton(window)
        self.button.setObjectName("correction_button")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setIcon(QIcon(WidgetIconEngine("flag", self.button)))
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.setToolTip(f"Go to the correction note ({KEY})")
        self.button.setAccessibleDescription(f"Goes to the correction note ({KEY})")
        self.button.clicked.connect(lambda: self.step())
        self.button.hide()
        bar = window.statusBar()
        bar.addPermanentWidget(self.button)  # after the counts
        bar.messageChanged.connect(lambda _said: self._show_button())
        window.alignment_finished.connect(self._follow)
        for pane in (window.pane_a, window.pane_b):
            pane.overview.flag_requested.connect(lambda i, side=pane.side: self.go_to(side, i))
        self._install()

    def _install(self) -> None:
        """In the Go menu after Previous change (the strip's marks: matches,
        discrepancies, changes, then the note), and its key without a menu too."""
        after = self._window.session_controller.change_steps.prev_change
        menu = next((m for m in after.associatedObjects() if isinstance(m, QMenu)), None)
        insert_after(menu, after, self.action)
        if menu is None:
            self._window.addAction(self.action)

    def _follow(self, alignment: object) -> None:
        """A pair (or the same again) is on screen: its notes, the action and button."""
        al = alignment if isinstance(alignment, Alignment) else None
        self._notes = pair_corrections(al) if al is not None else ()
        if self._last not in self._notes:
            self._last = None
        self.action.setEnabled(bool(self._notes))
        if al is not None and self._notes:
            self.button.setText(notes_told(al))
        self._show_button()

    def _show_button(self) -> None:
        """Shown while an article has a note, and hidden with the counts while the status
        bar shows a message (it takes the whole bar)."""
        bar = self._window.statusBar()
        self.button.setVisible(bool(self._notes) and not bar.currentMessage())

    def step(self) -> PairCorrection | None:
        """Go to the note after the one gone to last (the first: A's first, else B's)."""
        notes = self._notes
        if not notes:
            self._window.statusBar().showMessage(NO_NOTES, STATUS_MS)
            return None
        at = notes.index(self._last) + 1 if self._last in notes else 0
        return self._go(notes[at % len(notes)])

    def go_to(self, side: str, index: int) -> PairCorrection | None:
        """Go to note ``index`` of article ``side`` (its flag was clicked)."""
        own = [c for c in self._notes if c.side == side]
        return self._go(own[index]) if 0 <= index < len(own) else None

    def _go(self, note: PairCorrection) -> PairCorrection | None:
        w = self._window
        if w.is_showing():
            return None  # the panes are being given another pair
        self._last = note
        pane = w.pane(note.side)
        w.navigator.reveal(note.side, note.note.span)
        pane.selections.read_from_start()
        pane.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        at = self._notes.index(note) + 1
        said = [
            f"Correction note {at} of {len(self._notes)}, in article {note.side.upper()}: "
            f"“{shorten(note.text, NOTE_WORDS)}”",
            *note.stale,
        ]
        w.statusBar().showMessage(" · ".join(said), STATUS_MS)
        return note
