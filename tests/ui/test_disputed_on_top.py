"""The figures a selected match disputes stay orange under the text view's translucent
selection colour, which over their orange once read grey-blue."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from tests.ui.test_find_bar import search


def line_rects(view: QTextEdit, start: int, end: int) -> list[QRect]:
    """The viewport rectangles of the text from Qt position ``start`` to ``end``, one a
    line it is laid on."""
    cursor = QTextCursor(view.document())
    lines: dict[int, QRect] = {}
    for pos in range(start, end + 1):
        cursor.setPosition(pos)
        caret = view.cursorRect(cursor)
        line = lines.get(caret.top())
        lines[caret.top()] = caret if line is None else line.united(caret)
    return [r for r in lines.values() if r.width() > 1]


def ground(pane: ArticlePane, span: Span) -> QColor:
    """The colour behind the text of ``span`` (ASCII text: offsets are Qt positions), as
    the pane shows it: the commonest colour of the row just under its line's top."""
    browser = pane.browser
    rect = line_rects(browser, span.start, span.end)[0]
    image = browser.viewport().grab().toImage()
    row = [image.pixelColor(x, rect.top() + 1).rgb() for x in range(rect.left(), rect.right())]
    return QColor.fromRgb(Counter(row).most_common(1)[0][0])


def selected(window: MainWindow, match_id: str, qtbot: QtBot) -> ArticlePane:
    window.select_match(match_id)
    pane = window.pane_b
    qtbot.waitUntil(lambda: not pane.selections.is_flashing(), timeout=3000)
    return pane


def word(pane: ArticlePane, text: str) -> Span:
    start = pane.browser.toPlainText().index(text)
    return Span(start, start + len(text))


def test_a_disputed_date_inside_the_selected_match_reads_orange(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    pane = selected(shown, "m1", qtbot)
    colour = ground(pane, alignment.discrepancies[0].b)  # "June 19"
    assert colour.red() > colour.blue() + 40, colour.name()  # not #9fb2bb, grey-blue


def test_the_rest_of_the_selected_match_keeps_the_selection_colour(
    shown: MainWindow, qtbot: QtBot
) -> None:
    pane = selected(shown, "m1", qtbot)
    colour = ground(pane, word(pane, "mutual defence"))
    assert colour.blue() > colour.red(), colour.name()


def test_a_match_selected_without_a_dispute_draws_nothing_on_top(
    shown: MainWindow, qtbot: QtBot
) -> None:
    # m4's words that differ ("About" vs "Some"...) are drawn on top: not these marks'
    # (tests/ui/test_wording_marks.py)
    shown.actions_.word_marks.setChecked(False)
    selected(shown, "m1", qtbot)
    pane = selected(shown, "m4", qtbot)  # "300 delegates": the same figure in both
    assert pane.browser.on_top == []


def test_a_find_hit_on_a_disputed_date_is_drawn_over_its_orange(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    selected(shown, "m1", qtbot)
    search(shown, "June 18")  # in A, inside the selected match's disputed date
    colour = ground(shown.pane_a, alignment.discrepancies[0].a)
    assert colour.blue() > colour.red(), colour.name()  # the hit, opaque, not orange
