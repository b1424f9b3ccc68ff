"""A pair one of whose pages is cut short (tests/data/pages/paywall_*: The Calder Times'
page, B, stops at a paywall after Martin Ellery's quotation): what the Westmarch Gazette,
A, says after that point is no omission of B's, and the panes say so (reader.ui.highlights'
AFTER_CUT, reader.ui.legend, reader.ui.cut_end_mark): shaded apart from a passage only in
A, named in the legend only while a side is cut, told in the tooltip and by the text
cursor; and B's pane marks where its text ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.analysis.cut_ends import text_end
from reader.model import Alignment, Document, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.cut_end_mark import cut_end_y
from reader.ui.highlights import Layer
from reader.ui.main_window import MainWindow
from tests.paywall_pages import PAYWALLED, cut_alignment
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui

AFTER = "Bottled water is being handed out"  # A, after B's text ends
ENDS_WORDS = "B's text ends here — the page continues behind a subscription offer"


@pytest.fixture(scope="module")
def paywalled(data_dir: Path) -> Alignment:
    return cut_alignment(data_dir, PAYWALLED, "lexical")


def on_screen(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished, timeout=20000):
        window.show_alignment(alignment)
    return window


def format_in(pane: ArticlePane, offset: int) -> QTextCharFormat:
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(pane.pointer.offsets.to_qt(offset) + 1)
    return cursor.charFormat()


def at(doc: Document, words: str) -> int:
    return doc.text.index(words) + 3


def test_a_passage_after_the_other_s_end_is_shaded_apart_from_an_omission(
    window: MainWindow, paywalled: Alignment, qtbot: QtBot
) -> None:
    on_screen(window, paywalled, qtbot)
    pane = window.pane_a
    assert paywalled.is_only("a", at(paywalled.a, AFTER))
    formats = pane.theme().formats()
    shaded = format_in(pane, at(paywalled.a, AFTER)).background()
    assert shaded != formats[Layer.ONLY].background()  # no omission's grey hatching
    assert shaded == formats[Layer.AFTER_CUT].background()
    # paler than an omission's, so told apart in greyscale too
    after, only = shaded.textureImage(), formats[Layer.ONLY].background().textureImage()
    assert not after.isNull()  # hatched still: only in A, all the same
    assert after.pixelColor(0, 1).lightness() > only.pixelColor(0, 1).lightness()


def test_the_legend_names_the_passages_after_the_end_only_while_a_side_is_cut(
    window: MainWindow, paywalled: Alignment, alignment: Alignment, qtbot: QtBot
) -> None:
    on_screen(window, paywalled, qtbot)
    legend = window.legend
    assert Layer.AFTER_CUT in legend.entries()
    assert "After B's text ends" in legend._doc.toPlainText().replace("\u00a0", " ")
    assert "After B's text ends" in legend.accessibleDescription()
    on_screen(window, alignment, qtbot)  # a pair of whole articles
    assert Layer.AFTER_CUT not in legend.entries()
    assert "text ends" not in legend._doc.toPlainText()


def test_hovering_a_passage_after_the_end_says_it_is_no_omission(
    window: MainWindow, paywalled: Alignment, qtbot: QtBot
) -> None:
    on_screen(window, paywalled, qtbot)
    pane = window.pane_a
    offset = at(paywalled.a, AFTER)
    tip = hover(pane, pane.pointer.offsets.to_qt(offset))
    assert "<b>Only in A</b>, after B's text ends" in tip
    assert "no omission" in tip
    assert "no claim or quote of B matches this" not in tip
    cursor = pane.browser.textCursor()
    cursor.setPosition(pane.pointer.offsets.to_qt(offset))
    pane.browser.setTextCursor(cursor)
    assert "Only in A, after B's text ends" in pane.caret.description()


def test_the_cut_page_s_pane_marks_where_its_text_ends(
    window: MainWindow, paywalled: Alignment, qtbot: QtBot
) -> None:
    on_screen(window, paywalled, qtbot)
    b = paywalled.b
    end = text_end(b)
    assert b.text[:end].rstrip().endswith("he said.")  # Martin Ellery's quotation
    assert b.text[end:].lstrip().startswith("Subscribe to continue reading")
    pane = window.pane_b
    mark = pane.browser.cut_end
    assert mark is not None and mark.words == ENDS_WORDS
    pane.ensure_visible(Span(end, end + 1))
    y = cut_end_y(pane.browser, mark)
    assert y is not None
    pos = QPoint(40, round(y))
    browser = pane.browser
    QApplication.sendEvent(
        browser.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos)),
    )
    assert QToolTip.text() == ENDS_WORDS
    QToolTip.hideText()
    assert window.pane_a.browser.cut_end is None  # A is whole
