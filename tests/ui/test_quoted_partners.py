"""How the hover tells a quotation's partner: in its own quote marks, not wrapped in a
second pair, and what one quotation goes on with where the other stops (the strike pair:
the wire's '"The offer on the table is fair and affordable, and it is the best in the
industry,"' and the evening paper's '"The offer on the table is fair and affordable."';
the Italian bridge pair: the mayor's «Il viadotto resterà chiuso per almeno sei mesi»; the
Spanish robbery pair's dialogue between dashes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from tests.italian_pages import viaduct_alignment
from tests.spanish_pages import robbery_alignment
from tests.strike_pages import strike_alignment
from tests.ui.conftest import put_on_screen
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui

OFFER = '"The offer on the table'


@pytest.fixture
def strike_shown(window: MainWindow, data_dir: Path, qtbot: QtBot) -> Alignment:
    """The strike pair on screen (A: the wire, B: the evening paper)."""
    al = strike_alignment(data_dir, "lexical")
    put_on_screen(window, al, qtbot)
    return al


def test_a_quotations_partner_is_shown_in_its_own_quote_marks(
    window: MainWindow, strike_shown: Alignment
) -> None:
    """The tooltip put the wire's quotation, marks and all, in curly marks of its own:
    “"The offer on the table is fair and affordable, and it is the best in the industry,"”."""
    tip = hover(window.pane_b, strike_shown.b.text.index(OFFER) + 5)
    assert "In A: <i>&quot;The offer on the table is fair and affordable, and it is" in tip
    assert "“&quot;" not in tip and "&quot;”" not in tip


def test_a_passage_opening_with_its_own_words_is_still_put_in_quote_marks(
    window: MainWindow, strike_shown: Alignment
) -> None:
    """A claim whose sentence opens with the paper's words keeps its curly marks."""
    tip = hover(window.pane_a, strike_shown.a.text.index(OFFER) + 5)
    assert "In B: <i>“CPEA spokesman Graham Pellow said: &quot;The offer" in tip


def test_italian_quote_marks_are_not_wrapped_in_english_ones(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    al = viaduct_alignment(data_dir, "lexical")
    put_on_screen(window, al, qtbot)
    mayor = al.a.text.index("«Non possiamo correre")
    tip = hover(window.pane_a, mayor + 3)
    assert "<i>«Il viadotto resterà chiuso per almeno sei mesi»</i>" in tip
    assert "“«" not in tip


def test_where_one_quotation_stops_the_words_the_other_goes_on_with_are_named(
    window: MainWindow, strike_shown: Alignment
) -> None:
    """The quote's wording said “.” vs “and it is the best in the industry”: the evening
    paper's full stop against the wire's words, as if it had a word of its own there."""
    tip = hover(window.pane_b, strike_shown.b.text.index(OFFER) + 5)
    assert "Words differ: “and it is the best in the industry” only in A" in tip
    assert "“.”" not in tip


def test_the_dashes_of_spanish_dialogue_are_not_told_as_words_that_differ(
    window: MainWindow, data_dir: Path, qtbot: QtBot
) -> None:
    """The regional paper's '—Sabían exactamente lo que buscaban —explicó la directora
    del centro, Inés Valcárcel—.' against the national's '«Sabían exactamente lo que
    buscaban.': the wording named “—explicó la directora del centro, Inés Valcárcel—”,
    the dialogue's dashes as if they were words only one article has."""
    al = robbery_alignment(data_dir, "lexical")
    put_on_screen(window, al, qtbot)
    tip = hover(window.pane_b, al.b.text.index("explicó la directora") + 3)
    assert "“explicó la directora del centro, Inés Valcárcel” only in B" in tip
    assert "“—" not in tip and "—”" not in tip
