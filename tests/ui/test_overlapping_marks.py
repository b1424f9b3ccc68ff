"""Notes whose passages overlap or start at the same character each keep a visible mark in
the pane (reader.ui.note_marks.mark_runs): Qt draws no extra selection that has a text
colour and no background where it touches one laid before it, so a note on a claim lost
its mark to a note on a name the claim starts with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import is_mark, mark_format

pytestmark = pytest.mark.gui

LEADERS = "The two leaders"  # the words A's treaty sentence (m1's side A) starts with
NEAR = 40  # a channel off by at most this is taken for the colour (antialiasing)


def claim(alignment: Alignment) -> Span:
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    return m1.a


def word(alignment: Alignment, text: str, within: Span) -> Span:
    at = alignment.a.text.index(text, within.start)
    return Span(at, at + len(text))


def shows(
    window: MainWindow, session: Session, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> ArticlePane:
    """``session`` made the window's own; its pane A, at the top, once its marks are laid."""
    monkeypatch.setattr(window.session_controller.dialogs, "ask_unsaved", lambda *_: "discard")
    window.session_controller.change(session)
    pane = window.pane_a
    qtbot.waitUntil(lambda: bool(pane.selections.note_marks), timeout=3000)
    pane.browser.verticalScrollBar().setValue(0)
    return pane


@pytest.fixture
def claim_and_name(
    shown: MainWindow, alignment: Alignment, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> ArticlePane:
    """A note on the claim m1, and one on its first words, linked by hand (a match too)."""
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    leaders = Span(m1.a.start, m1.a.start + len(LEADERS))
    session, link = Session(alignment).link(leaders, Span(m1.b.start, m1.b.start + 8))
    session = session.add_note(Note.new("on the claim", match_id="m1"))
    session = session.add_note(Note.new("on the leaders", match_id=link.id))
    return shows(shown, session, monkeypatch, qtbot)


def area(pane: ArticlePane, span: Span) -> QRect:
    """Where ``span`` (on one line of pane A's text) is drawn, its underline included."""
    browser = pane.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start)
    left = browser.cursorRect(cursor)
    cursor.setPosition(span.end)
    right = browser.cursorRect(cursor)
    assert left.top() == right.top(), "the passage lies on one line"
    return QRect(left.left(), left.top(), right.left() - left.left(), left.height() + 4)


def area_image(pane: ArticlePane, span: Span) -> QImage:
    return pane.browser.viewport().grab().toImage().copy(area(pane, span))


def pixels(pane: ArticlePane, span: Span, colour: QColor) -> int:
    """How many pixels of ``span`` (on one line of pane A's text) are ``colour``."""
    image = area_image(pane, span)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            p = image.pixelColor(x, y)
            near = (
                abs(p.red() - colour.red()),
                abs(p.green() - colour.green()),
                abs(p.blue() - colour.blue()),
            )
            count += max(near) <= NEAR
    return count


def note_colour(pane: ArticlePane, on_match: bool) -> QColor:
    return mark_format(pane.browser.palette(), on_match).foreground().color()


def test_a_claims_mark_shows_past_a_noted_name_it_starts_with(
    claim_and_name: ArticlePane, alignment: Alignment
) -> None:
    treaty = word(alignment, "treaty", claim(alignment))
    assert pixels(claim_and_name, treaty, note_colour(claim_and_name, True)) > 10


def test_the_noted_name_the_claim_starts_with_keeps_its_mark(
    claim_and_name: ArticlePane, alignment: Alignment
) -> None:
    leaders = word(alignment, "leaders", claim(alignment))
    assert pixels(claim_and_name, leaders, note_colour(claim_and_name, True)) > 10


def test_marks_on_matches_touch_no_mark_laid_before_them(
    claim_and_name: ArticlePane, alignment: Alignment
) -> None:
    """What Qt asks to draw them all: one run over both passages, not two that overlap."""
    marks = [s for s in claim_and_name.browser.extraSelections() if is_mark(s)]
    runs = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in marks]
    span = claim(alignment)
    assert runs == [(span.start, span.end)]


def test_a_claims_mark_shows_past_a_noted_free_passage_at_its_start(
    shown: MainWindow, alignment: Alignment, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    span = claim(alignment)
    session = Session(alignment).add_note(Note.new("free", a=Span(span.start, span.start + 3)))
    session = session.add_note(Note.new("on the claim", match_id="m1"))
    pane = shows(shown, session, monkeypatch, qtbot)
    treaty = word(alignment, "treaty", span)
    the = Span(span.start, span.start + 3)
    assert pixels(pane, treaty, note_colour(pane, True)) > 10
    background = mark_format(pane.browser.palette(), False).background().color()
    assert pixels(pane, the, background) > 10


def test_the_selection_shows_past_a_find_hit_at_its_start(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """The other extra selections have a background: Qt draws each, sharing a start."""
    span = claim(alignment)
    shown.select_match("m1")
    qtbot.waitUntil(lambda: not shown.pane_a.selections.is_flashing(), timeout=3000)
    pane = shown.pane_a
    pane.browser.verticalScrollBar().setValue(0)
    treaty, the = word(alignment, "treaty", span), Span(span.start, span.start + 3)
    before = {part: area_image(pane, part) for part in (treaty, the)}
    pane.selections.set_find_hits([(the.start, the.end)])
    assert len(pane.browser.extraSelections()) == 3  # the selection, June 18, the hit
    assert area_image(pane, treaty) == before[treaty]
    assert area_image(pane, the) != before[the]
