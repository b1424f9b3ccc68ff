"""Tests of reader/ui/note_marks.py: which passages carry a note marker, and the markers
in the panes (dotted underline, kept with the pane's own selection)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import Theme
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import (
    NOTE_SIGN,
    NoteMark,
    apply_note_marks,
    is_mark,
    mark_format,
    mark_runs,
    mark_tooltip,
    marks_at,
    note_marks,
)
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, TEXT_CONTRAST, contrast, palette


def annotated(alignment: Alignment) -> Session:
    """Two notes on m1 (the same passages), one on free text of B only."""
    s = Session(alignment).add_note(Note.new("first", ("agrees",), match_id="m1"))
    s = s.add_note(Note.new("second", match_id="m1"))
    return s.add_note(Note.new("only B", b=Span(0, 10)))


def marks_of(pane: ArticlePane) -> list[tuple[int, int]]:
    return [
        (sel.cursor.selectionStart(), sel.cursor.selectionEnd())
        for sel in pane.browser.extraSelections()
        if is_mark(sel)
    ]


def test_notes_on_one_passage_share_a_mark(alignment: Alignment) -> None:
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    marks = note_marks(annotated(alignment), "a")
    assert marks == [NoteMark(m1.a, "first [agrees]\nsecond", True)]


def test_marks_of_side_b_in_reading_order(alignment: Alignment) -> None:
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    marks = note_marks(annotated(alignment), "b")
    assert [(m.span, m.on_match) for m in marks] == [(Span(0, 10), False), (m1.b, True)]


def test_note_on_a_rejected_match_is_marked_as_free_text(alignment: Alignment) -> None:
    s = annotated(alignment).reject("m1")
    assert [m.on_match for m in note_marks(s, "a")] == [False]


def test_no_session_no_marks() -> None:
    assert note_marks(None, "a") == []


def test_tooltip_escapes_and_signs_each_line() -> None:
    mark = NoteMark(Span(0, 5), "<b>bold</b>\nsecond", False)
    assert marks_at([mark], 3) == [mark] and marks_at([mark], 5) == []
    tip = mark_tooltip([mark])
    assert tip == f"{NOTE_SIGN} <i>&lt;b&gt;bold&lt;/b&gt;</i><br>{NOTE_SIGN} <i>second</i>"


def mark(start: int, end: int, on_match: bool) -> NoteMark:
    return NoteMark(Span(start, end), "", on_match)


def test_marks_of_one_kind_are_laid_as_their_union() -> None:
    marks = [mark(0, 12, True), mark(0, 60, True), mark(60, 70, True), mark(80, 90, True)]
    assert mark_runs(marks) == [(Span(0, 70), True), (Span(80, 90), True)]


def test_a_passage_off_the_matches_keeps_its_look_where_it_overlaps_a_match() -> None:
    marks = [mark(0, 5, False), mark(0, 60, True), mark(20, 30, False)]
    assert mark_runs(marks) == [
        (Span(5, 20), True),
        (Span(30, 60), True),
        (Span(0, 5), False),
        (Span(20, 30), False),
    ]


def test_panes_show_marks_with_a_dotted_underline(shown: MainWindow, alignment: Alignment) -> None:
    session = annotated(alignment)
    apply_note_marks((shown.pane_a, shown.pane_b), session)
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    assert marks_of(shown.pane_a) == [(m1.a.start, m1.a.end)]
    # the marks on matches first: Qt would not draw one touching a mark laid before it
    assert marks_of(shown.pane_b) == [(m1.b.start, m1.b.end), (0, 10)]
    styles = [
        s.format.underlineStyle() for s in shown.pane_a.browser.extraSelections() if is_mark(s)
    ]
    assert styles == [QTextCharFormat.UnderlineStyle.DotLine]
    apply_note_marks((shown.pane_a, shown.pane_b), Session(alignment))
    assert marks_of(shown.pane_a) == [] and marks_of(shown.pane_b) == []


def test_marks_keep_the_panes_selection(shown: MainWindow, alignment: Alignment) -> None:
    shown.select_match("m3")
    apply_note_marks((shown.pane_a, shown.pane_b), annotated(alignment))
    own = [s for s in shown.pane_a.browser.extraSelections() if not is_mark(s)]
    assert len(own) == 1, "the selected match keeps its highlight"


def test_pane_showing_other_text_gets_no_marks(shown: MainWindow, alignment: Alignment) -> None:
    other = Session(alignment.swapped()).add_note(Note.new("x", match_id="m1"))
    apply_note_marks((shown.pane_a,), other)
    assert marks_of(shown.pane_a) == []


def test_marks_survive_selection_and_flash(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shown.session_controller.dialogs, "ask_unsaved", lambda *_: "discard")
    shown.session_controller.change(annotated(alignment))  # the window's own session
    shown.actions_.word_marks.setChecked(False)  # m4's words that differ: marks of their own
    shown.select_match("m4")
    qtbot.waitUntil(lambda: not shown.pane_b.selections.is_flashing(), timeout=3000)
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    assert marks_of(shown.pane_a) == [(m1.a.start, m1.a.end)]
    assert len(shown.pane_a.browser.extraSelections()) == 2


def brush_colours(brush: QBrush) -> set[int]:
    """Every colour a background brush paints: one for a tint, each pixel's of a hatch."""
    if brush.style() == Qt.BrushStyle.TexturePattern:
        tile = brush.textureImage()
        return {tile.pixel(x, y) for x in range(tile.width()) for y in range(tile.height())}
    return {brush.color().rgb()}


def in_palette(window: MainWindow, name: str) -> MainWindow:
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    for pane in (window.pane_a, window.pane_b):
        pane.loading.flush()  # a new theme is applied a slice at a time
    return window


@pytest.mark.parametrize("name", list(PALETTES))
def test_marked_text_and_its_underline_stand_out_where_they_lie(
    shown: MainWindow, alignment: Alignment, name: str
) -> None:
    """Notes on a claim holding a discrepancy, a quote, a number, an entity, and on free
    text (a passage only in A, the byline): the note colour reads at 4.5:1 on every
    background under it in the pane, its dotted underline at 3:1."""
    window = in_palette(shown, name)
    session = Session(alignment)
    for match_id in ("m1", "m3", "m5", "m6"):
        session = session.add_note(Note.new(f"on {match_id}", match_id=match_id))
    for span in (alignment.only_a[0], alignment.a.boilerplate[0]):
        session = session.add_note(Note.new("free", a=span))
    apply_note_marks((window.pane_a, window.pane_b), session)
    base = window.pane_a.browser.palette().color(QPalette.ColorRole.Base).rgb()
    worst: dict[str, float] = {}
    for pane in (window.pane_a, window.pane_b):
        cursor = QTextCursor(pane.browser.document())
        for mark in (s for s in pane.browser.extraSelections() if is_mark(s)):
            fmt = mark.format
            for position in range(mark.cursor.selectionStart(), mark.cursor.selectionEnd()):
                if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
                    grounds = brush_colours(fmt.background())
                else:
                    cursor.setPosition(position + 1)  # the format of the character before
                    under = cursor.charFormat()
                    has = under.hasProperty(QTextFormat.Property.BackgroundBrush)
                    grounds = brush_colours(under.background()) if has else {base}
                for ground in map(QColor.fromRgb, grounds):
                    text = contrast(fmt.foreground().color(), ground)
                    line = contrast(fmt.underlineColor(), ground)
                    worst["text"] = min(worst.get("text", 21.0), text)
                    worst["underline"] = min(worst.get("underline", 21.0), line)
    assert worst["text"] >= TEXT_CONTRAST and worst["underline"] >= LINE_CONTRAST, worst


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_mark_on_a_match_reads_on_every_highlight(qtbot: QtBot, name: str) -> None:
    """A note on a match, or on a passage linked by hand, can lie on any highlight,
    hatching included: its colour reads at 4.5:1 on each."""
    colours = PALETTES[name]
    chosen = palette(colours) if colours is not None else QApplication.palette()
    theme = Theme.from_palette(chosen)
    grounds = {theme.base.rgb()}
    for fmt in theme.formats().values():
        if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
            grounds |= brush_colours(fmt.background())
    mark = mark_format(chosen, on_match=True)
    ratios = [contrast(mark.foreground().color(), QColor.fromRgb(g)) for g in grounds]
    assert min(ratios) >= TEXT_CONTRAST, ratios
