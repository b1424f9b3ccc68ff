"""The window read as a fact-checker reads it on the session's new pairs (fifty-third
session): what the Differs cell shows of a long quotation discrepancy, and the Quotes
panel's count of quotations some of which are embedded posts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.model import Alignment, DiscrepancyKind
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import DIFFERS
from tests.italian_pages import viaduct_alignment
from tests.strike_pages import strike_alignment
from tests.ui.conftest import put_on_screen

pytestmark = pytest.mark.gui

WHOLE = (
    "\u201cponte rester\u00e0 chiuso per almeno tre\u201d vs "
    "\u201cviadotto rester\u00e0 chiuso per almeno sei\u201d"
)


def test_the_differs_cell_of_a_long_quotation_shows_the_words_that_differ(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    """The ponte pair's mayor is quoted "per almeno tre mesi" in A, "per almeno sei mesi"
    in B: the cell, as wide as two dates, showed "“ponte resterà chiuso per almeno…", tre
    and sei cut off; now the words both sides share give way to "…" there, the tooltip
    keeping the whole."""
    al = viaduct_alignment(data_dir, "lexical")
    shown = put_on_screen(window, al, qtbot)
    quoted = next(d for d in al.discrepancies if d.kind is DiscrepancyKind.QUOTE)
    assert quoted.detail == WHOLE
    model = shown.dock.model
    cell = model.index(model.row_of(quoted.match), DIFFERS)
    assert cell.data() == "\u201cponte \u2026 tre\u201d vs \u201cviadotto \u2026 sei\u201d"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == WHOLE


@pytest.fixture
def strike(data_dir: Path) -> Alignment:
    return strike_alignment(data_dir, "lexical")


def test_the_quotes_count_says_how_many_quotations_are_posts(
    window: MainWindow, qtbot: QtBot, strike: Alignment
) -> None:
    """B embeds the union's post "Day five on the picket line ...", listed as DHWU
    Carrowick's quotation: the count said "... 4 in B ..." with no word that one is a
    post, no one's words to the reporter."""
    shown = put_on_screen(window, strike, qtbot)
    text = shown.quotes_dock.count_label.text()
    assert text == f"3 quotations in A, {len(strike.quotes_b)} in B (1 a post), 2 quoted in both"


def test_saying_so_makes_the_floating_quotes_panel_no_wider(
    window: MainWindow, qtbot: QtBot, strike: Alignment
) -> None:
    """The count's words are in a row of controls that wraps: the panel, floated, is as
    narrow with "(1 a post)" as without (a count of terms after it once held it 363
    pixels wide)."""
    shown = put_on_screen(window, strike, qtbot)
    dock = shown.quotes_dock
    dock.show()
    dock.setFloating(True)
    qtbot.wait(50)
    told = dock.minimumSizeHint().width()
    dock.count_label.setText(dock.count_label.text().replace(" (1 a post)", ""))
    qtbot.wait(50)
    assert told <= dock.minimumSizeHint().width()
