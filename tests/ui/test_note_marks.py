"""Tests of reader/ui/note_marks.py: which passages carry a note marker, and the markers
in the panes (dotted underline, kept with the pane's own selection)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import (
    NOTE_SIGN,
    NoteMark,
    apply_note_marks,
    is_mark,
    mark_tooltip,
    marks_at,
    note_marks,
)


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


def test_panes_show_marks_with_a_dotted_underline(shown: MainWindow, alignment: Alignment) -> None:
    session = annotated(alignment)
    apply_note_marks((shown.pane_a, shown.pane_b), session)
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    assert marks_of(shown.pane_a) == [(m1.a.start, m1.a.end)]
    assert marks_of(shown.pane_b) == [(0, 10), (m1.b.start, m1.b.end)]
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
    monkeypatch.setattr(shown.session_controller.files, "ask_unsaved", lambda *_: "discard")
    shown.session_controller.change(annotated(alignment))  # the window's own session
    shown.select_match("m4")
    qtbot.waitUntil(lambda: not shown.pane_b.is_flashing(), timeout=3000)
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    assert marks_of(shown.pane_a) == [(m1.a.start, m1.a.end)]
    assert len(shown.pane_a.browser.extraSelections()) == 2
