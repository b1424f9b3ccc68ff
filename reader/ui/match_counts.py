"""The status bar's match counts, kept to what the Matches panel shows.

The counts (reader.ui.messages.status_summary) are said once a pair is shown; while the
panel's kind boxes, Show choice, Min score or filter words hide some matches, they say
how many it shows ("24 of 133 matches shown · 23 claims · 1 shared quote · 0 of 99
entities ..."), so that the bar and the table beside it never disagree; the matches the
reader rejected, which neither lists, are counted after them ("2 rejected"). They follow each
change of the filter, and of the rows it lists (a note added while Show keeps the noted
matches), once the change has settled (one count for a burst of rows removed).

After the counts comes how much of one article is the other's words, when that is
telling (reader.session.copied_share: "B's words: 37% word for word in A, 7% closely
reworded, ..."), worked out once for each alignment shown: the filter does not change
the articles; the tooltip says it of the other article too, and how much of the share
word for word is quotations and stock sentences, which do not tell copying. An article's
correction note is said beside the counts, by a button that goes to it
(reader.ui.correction_steps). An article cut short (a paywall, page 1 of 3:
reader.analysis.cut_ends) is said after the counts ("B seems cut short: its page ends at
a subscription offer").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.analysis.cut_ends import cut_told
from reader.model import Alignment
from reader.session.copied_share import told_shares
from reader.ui.messages import status_summary

if TYPE_CHECKING:  # main_window imports this module
    from reader.ui.main_window import MainWindow

HIDDEN_TIP = (
    "The Matches panel's kind boxes, Show, Min score or filter words hide the others: "
    "Show all above the articles, Show set to All matches and Esc in the filter box "
    "bring them back."
)


class MatchCounts(QObject):
    """Says the counts of the alignment on screen in the window's status bar (see the
    module)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._alignment: Alignment | None = None
        self._shares = ""  # the told article's share of the other's words
        self._other_shares = ""  # the other article's, for the tooltip
        self._again = QTimer(self)
        self._again.setObjectName("match_counts_again")
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.update)
        window.dock.filter_changed.connect(self._again.start)
        proxy = window.dock.proxy
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset):
            signal.connect(self._again.start)

    def show(self, alignment: Alignment) -> None:
        """Count ``alignment``, now on screen."""
        self._alignment = alignment
        told = told_shares(alignment)
        self._shares, self._other_shares = ("", "")
        if told is not None:
            lines = (told[1].said(), told[0].quoted_said())
            self._shares, self._other_shares = told[0].said(), "\n\n".join(t for t in lines if t)
        self.update()

    def update(self) -> None:
        """Say the counts again, as the panel's filter now lists the matches."""
        self._again.stop()
        al = self._alignment
        if al is None or self._window.alignment() is not al:
            return
        proxy = self._window.dock.proxy
        session = self._window.session_controller.session()
        rejected = len(session.rejected_matches()) if session is not None else 0
        text = status_summary(al, proxy.accepts, rejected, self._shares)
        hides = text != status_summary(al, rejected=rejected, shares=self._shares)
        if cut_told(al):  # a page cut short: said once, after the counts
            text = f"{text} · {cut_told(al)}"
        told = (self._other_shares, " ".join(al.notices), HIDDEN_TIP if hides else "")
        self._window.counts.setText(text, "\n\n".join(t for t in told if t))

    def stop(self) -> None:
        """Stop the timer (the window shuts down)."""
        self._again.stop()
