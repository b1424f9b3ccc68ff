"""Links in article text are not followed (issue 7).

The panes show ``Document.text`` as plain text in a QTextBrowser that never opens links
itself: markup in an article is text, a URL is text, and a click on either neither
navigates the pane nor hands the URL to the system (``QDesktopServices.openUrl``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Document, Match, MatchKind, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow

URL = "http://127.0.0.1:9/tracker"
TEXT = (
    "Treaty signed in Pyongyang\n\n"
    f"Read more at {URL} today. "
    f"<a href='{URL}'>Click here</a> for the full story. "
    f"<img src='{URL}/pixel.png'> Russia and North Korea signed a treaty."
)


def _alignment() -> Alignment:
    doc = Document(
        path="/tmp/links.html",
        title="Treaty signed",
        text=TEXT,
        paragraphs=(Span(0, 26), Span(28, len(TEXT))),
        sentences=(Span(28, len(TEXT)),),
    )
    at = TEXT.index("Click here")
    link = Span(at, at + len("Click here"))
    return Alignment(doc, doc, (Match("m1", MatchKind.CLAIM, link, link, 0.9),))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """URLs handed to the system browser (recorded, not opened)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[ArticlePane]:
    widget = ArticlePane("a")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_alignment(_alignment())
    yield widget
    widget.stop_timers()


def _point_at(pane: ArticlePane, needle: str) -> QPoint:
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(TEXT.index(needle) + 2)
    return pane.browser.cursorRect(cursor).center()


def test_pane_does_not_open_links_itself(pane: ArticlePane) -> None:
    assert not pane.browser.openLinks()


def test_pane_does_not_open_external_links(pane: ArticlePane) -> None:
    assert not pane.browser.openExternalLinks()


def test_article_markup_is_shown_as_text(pane: ArticlePane) -> None:
    assert pane.browser.toPlainText() == TEXT


@pytest.mark.parametrize("needle", ["Click here", URL])
def test_article_markup_makes_no_anchor(pane: ArticlePane, needle: str) -> None:
    assert pane.browser.anchorAt(_point_at(pane, needle)) == ""


def test_article_markup_makes_no_image(pane: ArticlePane) -> None:
    assert "<img" not in pane.browser.document().toHtml()


@pytest.mark.parametrize("needle", ["Click here", URL])
def test_click_on_a_link_does_not_navigate(pane: ArticlePane, needle: str) -> None:
    QTest.mouseClick(
        pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=_point_at(pane, needle)
    )
    assert pane.browser.source().isEmpty() and pane.browser.toPlainText() == TEXT


@pytest.mark.parametrize("needle", ["Click here", URL])
def test_click_on_a_link_opens_nothing_outside(
    pane: ArticlePane, opened: list[QUrl], needle: str
) -> None:
    QTest.mouseClick(
        pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=_point_at(pane, needle)
    )
    assert opened == []


def test_window_panes_do_not_open_links(window: MainWindow) -> None:
    assert not any(
        window.pane(side).browser.openLinks() or window.pane(side).browser.openExternalLinks()
        for side in ("a", "b")
    )
