"""Note markers in the article panes: every annotated passage gets a dotted underline in
its own colour (and a light background when it is not a highlighted match), and its
tooltip starts with "✎" and the note.

The marks are QTextEdit.ExtraSelections laid under the pane's own selection. A pane with
the hook ``set_note_marks(marks)`` merges them with its selection and flash itself; on a
pane without it they are added to its current extra selections (lost at its next
selection change, which is why the hook exists).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit

from reader.model import Span
from reader.model.session import Session
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import Theme, blend
from reader.ui.notes_model import elide
from reader.ui.text_geometry import span_selection

if TYPE_CHECKING:
    from reader.ui.article_pane import ArticlePane

NOTE_COLOUR = "#0072B2"  # Okabe-Ito blue: text colour and underline of annotated passages
NOTE_BACKGROUND = "#CC79A7"  # reddish purple, as a pale tint: free passages with a note
NOTE_SIGN = "✎"
MARK_PROPERTY = QTextFormat.Property.UserProperty + 71  # tells note marks from other selections


@dataclass(frozen=True, slots=True)
class NoteMark:
    """One annotated passage of one side: its span, the note texts, whether on a match."""

    span: Span
    text: str
    on_match: bool


def note_marks(session: Session | None, side: str) -> list[NoteMark]:
    """The marks of ``side`` ("a" or "b"): one per annotated passage, notes on the same
    passage joined, in reading order."""
    if session is None or not session.notes:
        return []
    # the notes' matches that are shown (not rejected): one pass, no sort of every match
    # in reading order as visible_matches() does (this runs on every selection)
    wanted = {n.match_id for n in session.notes if n.match_id} - session.rejected
    shown = {m.id for m in (*session.alignment.matches, *session.manual) if m.id in wanted}
    by_span: dict[Span, list[str]] = {}
    on_match: dict[Span, bool] = {}
    for n in session.notes:
        span = n.a if side == "a" else n.b
        if span is None or len(span) == 0:
            continue
        label = n.text or ", ".join(n.tags) or "(note)"
        if n.tags and n.text:
            label += f" [{', '.join(n.tags)}]"
        by_span.setdefault(span, []).append(elide(label, 160))
        on_match[span] = on_match.get(span, False) or n.match_id in shown
    return [
        NoteMark(s, "\n".join(by_span[s]), on_match[s]) for s in sorted(by_span, key=lambda s: s)
    ]


def mark_format(palette: QPalette, on_match: bool) -> QTextCharFormat:
    """Dotted underline and text in the note colour; on a passage that is not a shown
    match (so has no highlight of its own), a pale background too."""
    theme = Theme.from_palette(palette)
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    colour = (
        theme.tint(NOTE_COLOUR, 1.0, 0.0) if not theme.dark else blend(NOTE_COLOUR, theme.text, 0.4)
    )
    fmt.setUnderlineColor(colour)
    fmt.setForeground(colour)
    fmt.setProperty(MARK_PROPERTY, True)
    if not on_match:
        fmt.setBackground(theme.tint(NOTE_BACKGROUND, 0.22, 0.35))
    return fmt


def mark_selections(
    document: QTextDocument, text: str, marks: Iterable[NoteMark], palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """ExtraSelections for ``marks`` over ``document`` (which shows ``text``)."""
    offsets = Utf16Map(text)
    out: list[QTextEdit.ExtraSelection] = []
    for mark in marks:
        start, stop = offsets.to_qt(mark.span.start), offsets.to_qt(mark.span.end)
        sel = span_selection(document, start, stop, mark_format(palette, mark.on_match))
        if sel is not None:
            out.append(sel)
    return out


def marks_at(marks: Sequence[NoteMark], offset: int) -> list[NoteMark]:
    return [m for m in marks if m.span.contains_offset(offset)]


def mark_tooltip(marks: Sequence[NoteMark]) -> str:
    """Rich-text lines (no <qt> wrapper) for a tooltip over annotated text ("" for none)."""
    lines = [escape(line) for m in marks for line in m.text.splitlines()]
    return "<br>".join(f"{NOTE_SIGN} <i>{line}</i>" for line in lines)


def is_mark(selection: QTextEdit.ExtraSelection) -> bool:
    return bool(selection.format.property(MARK_PROPERTY))


def apply_note_marks(panes: Iterable[ArticlePane], session: Session | None) -> None:
    """Show ``session``'s note marks on each pane (only on a pane showing its text)."""
    for pane in panes:
        doc = pane.document()
        if session is not None:
            expected = session.alignment.a if pane.side == "a" else session.alignment.b
            if doc is None or doc.text != expected.text:
                continue
        marks = note_marks(session, pane.side)
        hook = getattr(pane, "set_note_marks", None)
        if callable(hook):
            hook(marks)
            continue
        if doc is None:
            continue
        own = [s for s in pane.browser.extraSelections() if not is_mark(s)]
        qdoc = pane.browser.document()
        palette = pane.browser.palette()
        pane.browser.setExtraSelections(mark_selections(qdoc, doc.text, marks, palette) + own)
