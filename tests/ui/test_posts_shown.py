"""An embedded social post (a tweet quoted by the page, Document.posts) read as a post in
the window and its exports, not as the article's words or an unmarked quotation: the
strike pair's Carrowick Evening Post (B) embeds the union's "Day five on the picket line
at Gate 3 ..." with "— DHWU Carrowick (@DHWUCarrowick) December 5, 2026" under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.quotes_model import SPEAKER
from tests.strike_pages import strike_alignment
from tests.ui.conftest import put_on_screen
from tests.ui.test_caret_keys import put_caret
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui

POST_START = "Day five on the picket line"


@pytest.fixture
def strike(data_dir: Path) -> Alignment:
    return strike_alignment(data_dir, "lexical")


@pytest.fixture
def strike_shown(window: MainWindow, strike: Alignment, qtbot: QtBot) -> MainWindow:
    return put_on_screen(window, strike, qtbot)


def post_row(table: QTableView) -> int:
    """The row of the Quotes tab's table that lists the union's post."""
    model = table.model()
    rows = range(model.rowCount())
    return next(r for r in rows if str(model.index(r, 2).data()).startswith(POST_START))


def test_the_quotes_tab_names_a_post_as_its_posters_post(
    strike_shown: MainWindow, qtbot: QtBot
) -> None:
    """The post was listed as "DHWU Carrowick" beside words in no quote marks, as if the
    union had said them to the paper; its speaker cell now says it is a post, and its tip
    whose words they are."""
    dock = strike_shown.quotes_dock
    dock.show()
    dock.raise_()
    table = dock.findChild(QTableView)
    assert table is not None
    speaker = table.model().index(post_row(table), SPEAKER)
    assert speaker.data() == "DHWU Carrowick (post)"
    tip = str(speaker.data(Qt.ItemDataRole.ToolTipRole))
    assert tip == (
        "A social post by DHWU Carrowick that article B embeds: the poster's words, "
        "not the article's own."
    )


def test_hovering_a_post_only_one_article_embeds_says_it_is_a_post(
    strike_shown: MainWindow, strike: Alignment
) -> None:
    """Its tooltip said "no claim or quote of A matches this", as of the paper's own
    reporting."""
    tip = hover(strike_shown.pane_b, strike.b.text.index(POST_START) + 3)
    assert "a social post by DHWU Carrowick that article B embeds; A does not quote it" in tip
    assert "no claim or quote" not in tip


def test_the_text_cursor_on_a_post_says_it_is_a_post(
    strike_shown: MainWindow, strike: Alignment
) -> None:
    """What the status bar (and a screen reader) says of the cursor there, as the
    tooltip does."""
    pane = strike_shown.pane_b
    post = strike.b.text.index(POST_START)
    put_caret(pane, pane.pointer.offsets.to_qt(post + 2))
    QTest.keyClick(pane.browser, Qt.Key.Key_Right)
    said = pane.caret.description()
    assert said.startswith("Only in B: a social post by DHWU Carrowick that article B embeds")


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        ("md", f"- **DHWU Carrowick (post):** {POST_START}"),
        ("html", "<td class='speaker' width='18%' dir='ltr'>DHWU Carrowick (post)</td>"),
    ],
    ids=["markdown", "html"],
)
def test_an_export_lists_a_post_as_its_posters_post(
    strike_shown: MainWindow, qtbot: QtBot, tmp_path: Path, fmt: str, line: str
) -> None:
    """File > Export: "Quoted in B" listed "**DHWU Carrowick:** Day five ..." with no
    quote marks and no word that it is a post."""
    out = tmp_path / f"strike.{fmt}"
    exports = strike_shown.session_controller.exports
    with qtbot.waitSignal(exports.exported, timeout=20_000):
        assert exports.export_to(str(out), fmt)
    assert line in out.read_text(encoding="utf-8")


def test_the_only_in_one_tab_tells_a_post_from_the_articles_own_passage(
    strike_shown: MainWindow,
) -> None:
    """The post was a row like any of the paper's own passages, its tip its words alone."""
    dock = strike_shown.only_dock
    dock.show()
    dock.raise_()
    table = dock.findChild(QTableView)
    assert table is not None
    model = table.model()
    row = next(r for r in range(model.rowCount()) if POST_START in str(model.index(r, 1).data()))
    tip = str(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("A social post by DHWU Carrowick that article B embeds")
