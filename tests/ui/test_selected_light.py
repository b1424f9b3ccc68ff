"""In a light palette the selected match is framed: its pale green (a yellow tint under
the view's see-through blue selection) differed from a claim's pale blue by hue alone,
about 1.4:1, lost on a reader who tells green from blue poorly. Measured on the pane's
picture."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from reader.model import Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from tests.ui.palette_fixtures import DARK, LINE_CONTRAST, TEXT_CONTRAST, contrast, palette
from tests.ui.test_disputed_on_top import ground, selected, word

TREATY = "A mutual defence treaty"  # B's treaty sentence (m1), a claim


def beside(pane: ArticlePane, span: Span) -> list[QColor]:
    """The colours of the few pixels left of where ``span`` starts, half way down its
    first line: where a frame around it runs."""
    browser = pane.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start)
    caret = browser.cursorRect(cursor)
    image = browser.viewport().grab().toImage()
    y = caret.center().y()
    return [image.pixelColor(x, y) for x in range(max(0, caret.left() - 5), caret.left())]


def test_the_selected_match_is_framed_apart_from_a_claim(shown: MainWindow, qtbot: QtBot) -> None:
    pane = shown.pane_b
    claim = ground(pane, word(pane, "mutual defence"))  # before it is selected
    selected(shown, "m1", qtbot)
    frame = max(beside(pane, word(pane, TREATY)), key=lambda c: contrast(c, claim))
    assert contrast(frame, claim) >= LINE_CONTRAST, (frame.name(), claim.name())
    page = pane.browser.palette().color(QPalette.ColorRole.Base)
    assert contrast(frame, page) >= LINE_CONTRAST, (frame.name(), page.name())


def test_the_selected_matchs_words_read_on_it(shown: MainWindow, qtbot: QtBot) -> None:
    pane = selected(shown, "m1", qtbot)
    mine = ground(pane, word(pane, "mutual defence"))
    text = pane.browser.palette().color(QPalette.ColorRole.Text)
    assert contrast(text, mine) >= TEXT_CONTRAST, (text.name(), mine.name())


def test_the_frame_goes_with_the_selection(shown: MainWindow, qtbot: QtBot) -> None:
    pane = selected(shown, "m1", qtbot)
    pane.select_span(None)
    qtbot.wait(50)
    page = pane.browser.palette().color(QPalette.ColorRole.Base)
    assert {c.rgb() for c in beside(pane, word(pane, TREATY))} == {page.rgb()}


def test_a_dark_palettes_selected_match_has_no_frame(shown: MainWindow, qtbot: QtBot) -> None:
    """Its pale yellow over the selection stands 3:1 apart from a claim already."""
    shown.setPalette(palette(DARK))
    pane = selected(shown, "m1", qtbot)
    assert pane.browser.framed is None
