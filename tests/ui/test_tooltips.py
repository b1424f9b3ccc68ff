"""What hovering over a highlight and right-clicking it tell the reader (real panes)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document, Match, MatchKind, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.tooltips import DISCREPANCY_STYLE, discrepancy_line
from tests.election_pages import election_alignment
from tests.ui.conftest import DocBuilder
from tests.wire_copies import wire_copies as wire_alignment


def hover(pane: ArticlePane, offset: int) -> str:
    """The tooltip shown for the pointer resting on character ``offset`` of ``pane``."""
    pane.ensure_visible(Span(offset, offset + 1))
    browser = pane.browser
    cursor = browser.textCursor()
    cursor.setPosition(offset)
    pos: QPoint = browser.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos))
    QApplication.sendEvent(browser.viewport(), event)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def word_span(doc: Document, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return Span(start, start + len(word))


@pytest.fixture
def one_name_thrice() -> Alignment:
    """A names Putin once; B three times, in three different sentences."""
    a = DocBuilder()
    a.add("Putin arrived in Pyongyang late on Tuesday night.")
    b = DocBuilder()
    b.add("Putin thanked his host for the warm welcome.")
    b.add("The talks lasted three hours, officials said, and Putin left smiling.")
    b.add("Analysts said the visit gave Putin a rare ally in Asia.")
    da, db = a.build("/tmp/a.txt", "Arrival"), b.build("/tmp/b.txt", "Visit")
    a_putin = word_span(da, "Putin")
    matches = tuple(
        Match(f"e{i}", MatchKind.ENTITY, a_putin, word_span(db, "Putin", i), 0.9, ("Putin",))
        for i in range(3)
    )
    return Alignment(da, db, matches, (), method="test")


def test_hovering_a_disputed_date_says_what_the_articles_disagree_on(
    shown: MainWindow, alignment: Alignment
) -> None:
    june = word_span(alignment.a, "June 18")
    text = hover(shown.pane_a, june.start + 2)
    assert "June 18 vs June 19" in text


def test_partner_menu_tells_apart_the_places_a_name_recurs(
    window: MainWindow, one_name_thrice: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(one_name_thrice)
    pane = window.pane_a
    menu = pane.pointer.partner_menu(pane.matches_at(word_span(one_name_thrice.a, "Putin").start))
    labels = [action.text() for action in menu.actions()]
    menu.close()
    assert len(set(labels)) == 3
    assert "thanked" in labels[0] and "smiling" in labels[1] and "ally" in labels[2]


def test_partner_menu_names_a_loose_claim(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """The hover text said a claim scored under 0.7 was loose; its menu line did not."""
    m1, m2 = alignment.match_by_id("m1"), alignment.match_by_id("m2")
    assert m1 is not None and m2 is not None and m1.a == m2.a  # one passage, two partners
    matches = tuple(replace(m, score=0.62) if m is m2 else m for m in alignment.matches)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, matches=matches))
    pane = window.pane_a
    menu = pane.pointer.partner_menu(pane.matches_at(m1.a.start))
    labels = [action.text() for action in menu.actions()]
    menu.close()
    assert labels[0].startswith("Claim 0.90: ")
    assert labels[1].startswith("Loose claim 0.62: ")


def test_hovering_a_name_shows_where_the_other_article_names_it(
    window: MainWindow, one_name_thrice: Alignment, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(one_name_thrice)
    text = hover(window.pane_a, word_span(one_name_thrice.a, "Putin").start + 1)
    assert "thanked his host" in text


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_a_discrepancy_line_is_legible_small_text() -> None:
    style = dict(p.split(":") for p in DISCREPANCY_STYLE.replace(" ", "").split(";"))
    light, dark = sorted(
        (_luminance(style["color"]), _luminance(style["background-color"])), reverse=True
    )
    assert (light + 0.05) / (dark + 0.05) >= 4.5  # WCAG AA for small text
    assert DISCREPANCY_STYLE in discrepancy_line("June 18 vs June 19")


@pytest.fixture
def wire_copies() -> Alignment:
    return wire_alignment()


def shown_pair(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(alignment)
    return window


def test_hovering_a_claim_of_two_wordings_names_the_words_that_differ(
    window: MainWindow, wire_copies: Alignment, qtbot: QtBot
) -> None:
    shown_pair(window, wire_copies, qtbot)
    hall = word_span(wire_copies.a, "news conference")
    text = hover(window.pane_a, hall.start + 2)
    assert "Words differ: “and we will do it together” only in A · “Mayor Ana” only in A" in text


def test_hovering_a_claim_the_other_article_gives_word_for_word_says_so(
    window: MainWindow, wire_copies: Alignment, qtbot: QtBot
) -> None:
    shown_pair(window, wire_copies, qtbot)
    text = hover(window.pane_b, word_span(wire_copies.b, "helicopters").start + 2)
    assert "Word for word the same" in text


def test_the_text_cursor_on_a_claim_says_which_words_differ(
    window: MainWindow, wire_copies: Alignment, qtbot: QtBot
) -> None:
    shown_pair(window, wire_copies, qtbot)
    pane = window.pane_b
    missing = word_span(wire_copies.b, "were still missing")
    cursor = pane.browser.textCursor()
    cursor.setPosition(pane.pointer.offsets.to_qt(missing.start))
    pane.browser.setTextCursor(cursor)
    assert "words differ: “Mayor” only in B" in pane.caret.description()


def test_hovering_a_disputed_count_says_what_both_articles_count(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    election = election_alignment(data_dir, "lexical")
    shown_pair(window, election, qtbot)
    seats = word_span(election.a, "87 of the 150 seats")
    assert "Discrepancy: 87 vs 85 seats" in hover(window.pane_a, seats.start + 1)
    turnout = word_span(election.b, "67 percent")
    assert "Discrepancy: 71% vs 67 percent (turnout)" in hover(window.pane_b, turnout.start + 1)
