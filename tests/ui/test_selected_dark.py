"""In a dark palette the selected match stands apart from the claims around it: under
the text view's see-through blue selection its dim yellow read #556d74, 1.35:1 from a
claim's #345a6f. Measured on the pane's picture."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import Theme, over_selection_format
from reader.ui.main_window import MainWindow
from tests.ui.palette_fixtures import (
    DARK,
    HIGH_CONTRAST,
    LINE_CONTRAST,
    TEXT_CONTRAST,
    contrast,
    palette,
)
from tests.ui.test_disputed_on_top import ground, selected, word

DARK_PALETTES = {"dark": DARK, "high contrast": HIGH_CONTRAST}


def in_dark(window: MainWindow, name: str) -> MainWindow:
    window.setPalette(palette(DARK_PALETTES[name]))
    for pane in (window.pane_a, window.pane_b):
        pane.loading.flush()  # a new theme is applied a slice at a time
    return window


def selected_and_claim(window: MainWindow, qtbot: QtBot) -> tuple[ArticlePane, QColor, QColor]:
    """B's pane, and the ground of its treaty sentence (m1, a claim) selected and, before,
    as a claim."""
    pane = window.pane_b
    claim = ground(pane, word(pane, "mutual defence"))
    selected(window, "m1", qtbot)
    return pane, ground(pane, word(pane, "mutual defence")), claim


@pytest.mark.parametrize("name", list(DARK_PALETTES))
def test_the_selected_match_stands_apart_from_a_claim(
    shown: MainWindow, qtbot: QtBot, name: str
) -> None:
    _, mine, claim = selected_and_claim(in_dark(shown, name), qtbot)
    assert contrast(mine, claim) >= LINE_CONTRAST, (mine.name(), claim.name())


@pytest.mark.parametrize("name", list(DARK_PALETTES))
def test_the_selected_matchs_words_read_on_it(shown: MainWindow, qtbot: QtBot, name: str) -> None:
    pane, mine, _ = selected_and_claim(in_dark(shown, name), qtbot)
    over = over_selection_format(Theme.of(pane.browser), flash=False)
    assert over is not None
    assert contrast(over.foreground().color(), mine) >= TEXT_CONTRAST


def test_a_claim_no_longer_selected_takes_its_tint_again(shown: MainWindow, qtbot: QtBot) -> None:
    pane, _, claim = selected_and_claim(in_dark(shown, "dark"), qtbot)
    pane.select_span(None)  # nothing selected: the treaty sentence is a claim again
    again = ground(pane, word(pane, "mutual defence"))
    assert again == claim and again.blue() > again.red(), again.name()


def test_the_disputed_date_in_the_selected_match_reads_orange_on_it(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    pane, mine, _ = selected_and_claim(in_dark(shown, "dark"), qtbot)
    colour = ground(pane, alignment.discrepancies[0].b)  # "June 19"
    assert colour.red() > colour.blue() + 40 and contrast(colour, mine) >= LINE_CONTRAST


def test_the_light_palettes_selection_is_as_before(shown: MainWindow, qtbot: QtBot) -> None:
    """Only a dark palette draws the match over the selection: the light one's green
    stands apart from a claim's blue."""
    pane = selected(shown, "m1", qtbot)
    assert over_selection_format(Theme.of(pane.browser), flash=False) is None
    assert pane.browser.on_top  # the disputed date alone
    assert len(pane.browser.on_top) == 1
