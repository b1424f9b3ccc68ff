"""The words that differ inside the chosen match, marked in place as a diff tool marks
them: when the match's two passages are worded alike (a claim or quote whose passages
keep most of each other's words: :func:`reader.session.match_wording.differing_stretches`),
the words only in A, or changed, are marked in pane A, those only in B, or changed, in
pane B, and where only the other passage has words a small caret marks the place between
the words kept (reader.ui.lack_carets: B's '"We will rebuild,|"' against A's "... and
we will do it together,"; its tooltip: "“and we will do it together” only in A"). They
go when another match is chosen, or none. The tooltips, the status line and the exports
say the same words ("Words differ: “Mayor Ana” only in A").

The mark is not colour alone: the words are boxed, a thin line round each of their
lines in the colour of their text (no other highlight is a box: the chosen match's
frame is thicker and round the whole passage), on a ground of their own, a reddish
purple told from the chosen match's yellow (and the view's blue over it) in lightness
too (DIFFER_APART), the text on it 4.5:1. Both are laid over the text view's own
selection, as the chosen match's disputed figures are, and change no font or size: the
text does not move. View > Mark the words that differ turns them off (the settings keep
it for the next run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat

from reader.model import Alignment, Match, MatchKind, Span
from reader.session.match_wording import Lack, Stretches, differing_stretches
from reader.session.worded_text import worded_text
from reader.ui.highlights import (
    TEXT_CONTRAST,
    Theme,
    blend,
    contrast,
    over_selection_format,
)

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# Okabe-Ito reddish purple: no other highlight is a tint of it (a quote's amber was too
# near; a number's purple is a dotted line), a diff tool's red told from the yellow
# chosen match by colour-blind eyes too
DIFFER_COLOUR = "#CC79A7"
DIFFER_APART = 1.3  # the ground's contrast with the chosen match's, at least
WORDED = (MatchKind.CLAIM, MatchKind.QUOTE)


def differ_ground(theme: Theme, selected: QColor) -> QColor:
    """The ground of the words that differ: the strongest tint of DIFFER_COLOUR over the
    page that keeps their text 4.5:1 and lies DIFFER_APART from ``selected`` (the chosen
    match's ground as the reader sees it); a pale tint where none does."""
    for step in range(100, 19, -5):
        ground = theme.tint(DIFFER_COLOUR, step / 100, step / 100)
        if (
            contrast(theme.text_on(ground), ground) >= TEXT_CONTRAST
            and contrast(ground, selected) >= DIFFER_APART
        ):
            return ground
    return theme.tint(DIFFER_COLOUR, 0.2, 0.2)


def differ_format(theme: Theme, selected: QColor) -> QTextCharFormat:
    """The mark of the words that differ (see the module's doc)."""
    ground = differ_ground(theme, selected)
    text = theme.text_on(ground)
    fmt = QTextCharFormat()
    fmt.setBackground(ground)
    fmt.setForeground(text)  # their box too (reader.ui.selected_frame.paint_boxes)
    return fmt


def seen_selected(theme: Theme, highlight: QColor) -> QColor:
    """The chosen match's ground as it is seen: its tint under the view's see-through
    selection, ``highlight`` (reader.ui.pane_browser), in a light palette; its pale
    yellow drawn over that in a dark one."""
    over = over_selection_format(theme, False)
    if over is not None:
        return over.background().color()
    return blend(QColor(highlight.rgb()), theme.selected(), highlight.alphaF())


def _stretches(m: Match, alignment: Alignment) -> Stretches | None:
    if m.kind not in WORDED:
        return None
    return differing_stretches(worded_text(alignment.a, m.a), worded_text(alignment.b, m.b))


def differing_spans(m: Match, alignment: Alignment) -> tuple[list[Span], list[Span]]:
    """Where the words of ``m``'s passages that differ lie in A's text and in B's
    (none for a name or a figure, passages word for word the same, or told in other
    words)."""
    found = _stretches(m, alignment)
    if found is None:
        return [], []
    return (
        [Span(m.a.start + s.start, m.a.start + s.end) for s in found.a],
        [Span(m.b.start + s.start, m.b.start + s.end) for s in found.b],
    )


def lacking_places(m: Match, alignment: Alignment) -> tuple[list[Lack], list[Lack]]:
    """The places in A's text and in B's where only the other passage of ``m`` has
    words (offsets into each text), each with what the other says there."""
    found = _stretches(m, alignment)
    if found is None:
        return [], []
    return (
        [Lack(m.a.start + p.at, p.said) for p in found.lacks_a],
        [Lack(m.b.start + p.at, p.said) for p in found.lacks_b],
    )


class WordingMarks(QObject):
    """Marks the chosen match's differing words in both panes, when View > Mark the
    words that differ is on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        action = window.actions_.word_marks
        action.setChecked(window.settings.word_marks())
        self.on = action.isChecked()
        action.toggled.connect(self.set_on)
        action.toggled.connect(window.settings.set_word_marks)
        window.match_selected.connect(self.mark)

    def set_on(self, on: bool) -> None:
        """Mark the words that differ (the chosen match's, at once), or no more."""
        self.on = on
        self.mark(self._window.linker.current)

    def mark(self, match_id: str | None) -> None:
        """Mark the words that differ of match ``match_id`` (none: unmark them); a pane
        shows them while it shows the match's passage selected."""
        w = self._window
        al = w.alignment()
        m = al.match_by_id(match_id) if al is not None and match_id else None
        a: list[Span] = []
        b: list[Span] = []
        lacks_a: list[Lack] = []
        lacks_b: list[Lack] = []
        if self.on and m is not None and al is not None:
            (a, b), (lacks_a, lacks_b) = differing_spans(m, al), lacking_places(m, al)
        w.pane_a.selections.set_differing(a, lacks_a)
        w.pane_b.selections.set_differing(b, lacks_b)
