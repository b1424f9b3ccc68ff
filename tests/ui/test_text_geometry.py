"""Positions and heights in a pane's text while Qt is still laying a long text out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.text_geometry import laid_out_blocks, position_at
from tests.ui.highlight_fixtures import shown_pane

pytestmark = pytest.mark.gui

PARAGRAPH = (
    "Officials met again in the capital to discuss the schedule of the talks, and "
    "delegates spent the afternoon reviewing earlier drafts of the agreement."
)


def long_alignment(paragraphs: int) -> Alignment:
    text = "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(paragraphs))
    doc = Document(path="/tmp/long.txt", title="Long", text=text)
    return Alignment(doc, doc)


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[ArticlePane]:
    widget = shown_pane(qtbot)
    yield widget
    widget.stop_timers()


@pytest.fixture
def fresh_long(pane: ArticlePane) -> ArticlePane:
    """The pane just after a 1.6 MB text went in: Qt has laid out only its top."""
    pane.set_alignment(long_alignment(10_000))
    pane.loading.flush()
    return pane


def test_long_text_is_laid_out_lazily(fresh_long: ArticlePane) -> None:
    document = fresh_long.browser.document()
    assert laid_out_blocks(document) < document.blockCount() // 10


def test_visible_range_is_the_top_while_laying_out(fresh_long: ArticlePane) -> None:
    seen = fresh_long.visible_range()
    assert seen.start == 0 and seen.end < 5_000


def test_span_far_below_is_below_the_viewport(fresh_long: ArticlePane) -> None:
    doc = fresh_long.document()
    assert doc is not None
    top, _ = fresh_long.span_y(Span(len(doc.text) - 50, len(doc.text) - 10))
    assert top > fresh_long.browser.viewport().height()


def test_span_far_below_is_not_laid_out_for_its_height(fresh_long: ArticlePane) -> None:
    doc = fresh_long.document()
    assert doc is not None
    fresh_long.span_y(Span(len(doc.text) - 50, len(doc.text) - 10))
    document = fresh_long.browser.document()
    assert laid_out_blocks(document) < document.blockCount() // 10


def test_offset_at_the_middle_of_the_viewport_is_on_screen(fresh_long: ArticlePane) -> None:
    seen = fresh_long.visible_range()
    assert seen.start < fresh_long.offset_at_fraction(0.5) < seen.end


@pytest.fixture
def short_edit(qtbot: QtBot) -> QTextEdit:
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 600)
    edit.setPlainText(f"{PARAGRAPH}\n\n{PARAGRAPH}")
    edit.show()
    qtbot.waitExposed(edit)
    return edit


def test_point_below_the_text_is_its_end(short_edit: QTextEdit) -> None:
    end = short_edit.document().characterCount() - 1
    assert position_at(short_edit, QPoint(5, 590)) == end


def test_point_above_the_text_is_its_start(short_edit: QTextEdit) -> None:
    short_edit.document().setDocumentMargin(20)
    assert position_at(short_edit, QPoint(200, 2)) == 0


def test_point_on_the_text_is_what_qt_says(short_edit: QTextEdit) -> None:
    point = QPoint(120, 30)
    assert position_at(short_edit, point) == short_edit.cursorForPosition(point).position()
