"""Note markers in the article panes: every annotated passage gets a dotted underline in
its own colour (and a light background when it is not a highlighted match), and its
tooltip starts with "✎" and the note.

The marks are QTextEdit.ExtraSelections laid under the pane's own selection, one per run
of marked text, not one per passage: QTextLayout skips an extra selection that has a text
colour and no background wherever it touches one laid before it with a text colour (so a
second mark on a match starting where another starts, or inside it, or next to it on the
line, is not drawn at all). Marks of one kind are laid as their union, runs that touch
joined; where a passage that is not a match overlaps a noted match, the former's look
(with its background) wins; and the runs on matches come first (``mark_runs``). A pane with
the hook ``set_note_marks(marks)`` merges them with its selection and flash itself; on a
pane without it they are added to its current extra selections (lost at its next
selection change, which is why the hook exists).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit

from reader.model import Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.geometry import Utf16Map
from reader.ui.highlights import TEXT_CONTRAST, Theme, blend, contrast
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


_last: dict[str, tuple[Session, list[NoteMark]]] = {}  # side -> the session last asked, its marks
INCREMENTAL_NOTES = 64  # more notes changed than this: the marks are worked out afresh


def note_marks(session: Session | None, side: str) -> list[NoteMark]:
    """The marks of ``side`` ("a" or "b"): one per annotated passage, notes on the same
    passage joined, in reading order. The marks of the session last asked about are kept
    (this runs on every selection; a Session never changes); a session that differs
    from it by a few notes (one added, edited or deleted) has only the marks of those
    notes' passages worked out again."""
    if session is None or not session.notes:
        return []
    last = _last.get(side)
    if last is not None and last[0] is session:
        return list(last[1])
    marks = _changed_marks(last[0], last[1], session, side) if last is not None else None
    if marks is None:
        marks = _note_marks(session, side)
    _last[side] = (session, marks)
    return list(marks)


def _changed_marks(
    old: Session, old_marks: list[NoteMark], new: Session, side: str
) -> list[NoteMark] | None:
    """``new``'s marks from ``old``'s, when only some notes differ (the same articles,
    matches and corrections); None when they must be worked out afresh."""
    if (
        old.alignment is not new.alignment
        or old.manual != new.manual
        or old.rejected != new.rejected
    ):
        return None
    kept = {id(n) for n in old.notes}
    added = [n for n in new.notes if id(n) not in kept]
    if len(added) > INCREMENTAL_NOTES:
        return None
    now = {id(n) for n in new.notes}
    gone = [n for n in old.notes if id(n) not in now]
    if len(gone) > INCREMENTAL_NOTES:
        return None
    spans = {s for n in (*added, *gone) if (s := _span(n, side)) is not None}
    if [n.id for n in old.notes if id(n) in now] != [n.id for n in new.notes if id(n) in kept]:
        return None  # notes reordered: the text of a shared passage may read otherwise
    if not spans:
        return list(old_marks)  # nothing changed on this side
    starts = {s.start for s in spans}  # an int's hash first: a Span's is a Python call
    on = [n for n in new.notes if (s := _span(n, side)) is not None and s.start in starts]
    on = [n for n in on if _span(n, side) in spans]
    out = list(old_marks)
    for span in spans:  # the old marks of these passages go (the marks are in span order)
        at = bisect_left(out, span, key=_mark_span)
        if at < len(out) and out[at].span == span:
            del out[at]
    for mark in _marks_by_span(on, side, _shown(new, on)):
        insort(out, mark, key=_mark_span)
    return out


def _mark_span(mark: NoteMark) -> Span:
    return mark.span


def _span(note: Note, side: str) -> Span | None:
    span = note.a if side == "a" else note.b
    return None if span is None or len(span) == 0 else span


def _shown(session: Session, notes: Iterable[Note]) -> set[str]:
    """The ids of ``notes``' matches that are shown (not rejected): one pass, no sort of
    every match in reading order as visible_matches() does (this runs on every selection)."""
    wanted = {n.match_id for n in notes if n.match_id} - session.rejected
    if not wanted:
        return set()
    return {m.id for m in (*session.alignment.matches, *session.manual) if m.id in wanted}


def _marks_by_span(notes: Iterable[Note], side: str, shown: set[str]) -> list[NoteMark]:
    """The marks of ``notes`` on ``side``, ``shown`` the ids of the matches shown."""
    by_span: dict[Span, list[str]] = {}
    on_match: dict[Span, bool] = {}
    for n in notes:
        span = _span(n, side)
        if span is None:
            continue
        by_span.setdefault(span, []).append(_label(n))
        on_match[span] = on_match.get(span, False) or n.match_id in shown
    return [
        NoteMark(s, "\n".join(by_span[s]), on_match[s]) for s in sorted(by_span, key=lambda s: s)
    ]


def _label(note: Note) -> str:
    """A note's line in its passage's tooltip."""
    label = note.text or ", ".join(note.tags) or "(note)"
    if note.tags and note.text:
        label += f" [{', '.join(note.tags)}]"
    return elide(label, 160)


def _note_marks(session: Session, side: str) -> list[NoteMark]:
    return _marks_by_span(session.notes, side, _shown(session, session.notes))


def _grounds(theme: Theme) -> list[QColor]:
    """Every colour a highlight paints under text (each tint, the hatching's two), and
    the page: what a mark on a match, or on a passage linked by hand, can lie on."""
    out = {theme.base.rgb()}
    for fmt in theme.formats().values():
        if not fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
            continue
        brush = fmt.background()
        if brush.style() == Qt.BrushStyle.TexturePattern:
            tile = brush.textureImage()
            out |= {tile.pixel(x, y) for x in range(tile.width()) for y in range(tile.height())}
        else:
            out.add(brush.color().rgb())
    return [QColor.fromRgb(rgb) for rgb in sorted(out)]


@lru_cache(maxsize=8)
def _mark_colours(base: int, text: int) -> tuple[QColor, QColor, QColor]:
    """For a page of ``base`` and ``text`` (rgb): the note colour on a match, on free
    text, and free text's background; each text colour legible on what lies under it
    (its dotted underline, in the same colour, then stands out at 3:1 or more)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor.fromRgb(base))
    palette.setColor(QPalette.ColorRole.Text, QColor.fromRgb(text))
    theme = Theme.from_palette(palette)
    colour = blend(NOTE_COLOUR, theme.text, 0.4) if theme.dark else QColor(NOTE_COLOUR)
    background = theme.tint(NOTE_BACKGROUND, 0.22, 0.35)
    on_match = _legible(colour, _grounds(theme), theme)
    free = _legible(colour, [background], theme)
    return on_match, free, background


def _legible(colour: QColor, grounds: list[QColor], theme: Theme) -> QColor:
    """``colour`` made darker (lighter, on a dark page), in the hue and saturation of
    the note's blue (a pale blue, not a grey, on a dark page), only as far as it takes
    to read at 4.5:1 on each of ``grounds``; the page's text colour if nothing does."""
    blue = QColor(NOTE_COLOUR)
    hue, saturation, lightness = blue.hslHueF(), blue.hslSaturationF(), colour.lightnessF()
    for step in range(51):
        if theme.dark:
            shade = lightness + (1.0 - lightness) * step / 50
        else:
            shade = lightness * (1.0 - step / 50)
        out = QColor.fromHslF(hue, saturation, shade)
        if all(contrast(out, ground) >= TEXT_CONTRAST for ground in grounds):
            return out
    return QColor(theme.text)


def mark_format(palette: QPalette, on_match: bool) -> QTextCharFormat:
    """Dotted underline and text in the note colour; on a passage that is not a shown
    match (so has no highlight of its own), a pale background too. The colour reads at
    4.5:1 on whatever lies under it (tests/ui/test_note_marks.py measures it in light,
    dark and high-contrast palettes)."""
    base, text = (
        palette.color(role).rgb() for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text)
    )
    on, free, background = _mark_colours(base, text)
    colour = on if on_match else free
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(colour)
    fmt.setForeground(colour)
    fmt.setProperty(MARK_PROPERTY, True)
    if not on_match:
        fmt.setBackground(background)
    return fmt


def mark_runs(marks: Sequence[NoteMark]) -> list[tuple[Span, bool]]:
    """Where to lay ``marks``, as (span, on a match): no two runs overlap, no two of one
    kind touch; the runs on matches (a text colour, no background), then the others
    (with a background), each in reading order. The passages on matches lose what the
    others cover."""
    free = _union(m.span for m in marks if not m.on_match)
    on = _minus(_union(m.span for m in marks if m.on_match), free)
    return [(Span(a, b), True) for a, b in on] + [(Span(a, b), False) for a, b in free]


def _union(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The (start, end) runs ``spans`` cover, in order, touching runs joined."""
    out: list[tuple[int, int]] = []
    for span in sorted(spans, key=_start_end):
        if out and span.start <= out[-1][1]:
            if span.end > out[-1][1]:
                out[-1] = (out[-1][0], span.end)
        else:
            out.append((span.start, span.end))
    return out


def _start_end(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _minus(runs: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What of ``runs`` no run of ``holes`` covers (both in order, disjoint)."""
    out: list[tuple[int, int]] = []
    at = 0
    for start, end in runs:
        while at < len(holes) and holes[at][1] <= start:
            at += 1
        skip = at
        while start < end and skip < len(holes) and holes[skip][0] < end:
            hole_start, hole_end = holes[skip]
            if hole_start > start:
                out.append((start, hole_start))
            start = max(start, hole_end)
            skip += 1
        if start < end:
            out.append((start, end))
    return out


# per document: what its marks were laid for (its text, the palette's colours) and the
# selection of each run laid, by (start, end, on a match)
_laid: dict[int, tuple[QTextDocument, tuple[object, ...], dict[tuple[int, int, bool], Laid]]] = {}
LAID_DOCUMENTS = 4  # the two panes' documents, and a replaced one or two
Laid = QTextEdit.ExtraSelection | None


def mark_selections(
    document: QTextDocument, text: str, marks: Iterable[NoteMark], palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """ExtraSelections for ``marks`` over ``document`` (which shows ``text``), one per
    run of ``mark_runs``. The selections last laid on ``document`` (the same text and
    palette) are used again for the runs still there: a note changed lays only the runs
    its passages are in."""
    base, fore = (
        palette.color(role).rgb() for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text)
    )
    key = (text, base, fore, document.characterCount(), document.revision())
    entry = _laid.get(id(document))
    if entry is None or entry[0] is not document or entry[1][0] is not text or entry[1] != key:
        entry = (document, key, {})
    before = entry[2]
    offsets: Utf16Map | None = None
    formats: dict[bool, QTextCharFormat] = {}
    laid: dict[tuple[int, int, bool], Laid] = {}
    out: list[QTextEdit.ExtraSelection] = []
    for span, on_match in mark_runs(list(marks)):
        at = (span.start, span.end, on_match)
        if at in before:
            sel = before[at]
        else:
            if offsets is None:
                offsets = Utf16Map(text)
                formats = {on: mark_format(palette, on) for on in (False, True)}  # not one a mark
            start, stop = offsets.to_qt(span.start), offsets.to_qt(span.end)
            sel = span_selection(document, start, stop, formats[on_match])
        laid[at] = sel
        if sel is not None:
            out.append(sel)
    _laid.pop(id(document), None)
    while len(_laid) >= LAID_DOCUMENTS:
        del _laid[next(iter(_laid))]
    _laid[id(document)] = (document, key, laid)
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
