"""Loose claims, scored under LOOSE_SCORE: a paler tint of the claim's in the panes, told
from a sure claim's, from bare text and from a passage only one article reports in light,
dark and high-contrast palettes; words saying so on hover and in the status bar. Real
panes, over a pair built by hand with ``document_from_text``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ingest import document_from_text
from reader.model import (
    LOOSE_WORDS,
    Alignment,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Match,
    MatchKind,
    Span,
)
from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import Layer, Theme
from reader.ui.main_window import MainWindow
from reader.ui.tooltips import score_words
from tests.ui.palette_fixtures import PALETTES, TEXT_CONTRAST, contrast, luminance
from tests.ui.test_caret_keys import arrive_at
from tests.ui.test_highlights import format_at, in_palette
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui

A_TEXT = (
    "Police fired tear gas at the crowd in the square.\n\n"
    "Three bank workers died when protesters set their bank on fire.\n\n"
    "The strike was called by the unions on Monday."
)
B_TEXT = (
    "Riot police used tear gas against the protesters.\n\n"
    "Three employees of a bank died in a fire set by rioters.\n\n"
    "Unions called the general strike on Tuesday."
)
# a claim scored (as shown) under LOOSE_SCORE is loose
LOOSE, SURE = 0.6, 0.9


def words(doc: Document, text: str) -> Span:
    start = doc.text.index(text)
    return Span(start, start + len(text))


@pytest.fixture
def alignment() -> Alignment:
    """A loose claim (0.6), a sure one (0.9), and a loose one whose dates disagree: the
    pair conftest's ``shown`` window shows."""
    a = document_from_text(A_TEXT, path="/tmp/loose-a.txt")
    b = document_from_text(B_TEXT, path="/tmp/loose-b.txt")
    matches = (
        Match("loose", MatchKind.CLAIM, words(a, "Police fired"), words(b, "Riot police"), LOOSE),
        Match("sure", MatchKind.CLAIM, words(a, "Three bank"), words(b, "Three employees"), SURE),
        Match("disputed", MatchKind.CLAIM, words(a, "The strike"), words(b, "Unions"), 0.62),
    )
    disputed = Discrepancy(
        DiscrepancyKind.DATE,
        words(a, "Monday"),
        words(b, "Tuesday"),
        "disputed",
        "Monday vs Tuesday",
    )
    return Alignment(a, b, matches, (disputed,), (), (), method="test")


def match(alignment: Alignment, match_id: str) -> Match:
    found = alignment.match_by_id(match_id)
    assert found is not None
    return found


def side_of(m: Match, side: str) -> Span:
    return m.a if side == "a" else m.b


def background(pane: ArticlePane, span: Span) -> QColor:
    return format_at(pane.browser.document(), span.start).background().color()


def formats(pane: ArticlePane) -> dict[Layer, QTextCharFormat]:
    return Theme.from_palette(pane.palette()).formats()


def test_a_loose_claim_and_a_sure_one_are_tinted_each_its_own_way(
    shown: MainWindow, alignment: Alignment
) -> None:
    for pane in (shown.pane_a, shown.pane_b):
        tints = formats(pane)
        loose = background(pane, side_of(match(alignment, "loose"), pane.side))
        sure = background(pane, side_of(match(alignment, "sure"), pane.side))
        assert loose == tints[Layer.LOOSE_CLAIM].background().color()
        assert sure == tints[Layer.CLAIM].background().color()
        assert loose != sure


def test_a_loose_claim_whose_passages_disagree_keeps_the_discrepancys_marking(
    shown: MainWindow, alignment: Alignment
) -> None:
    pane = shown.pane_a
    document = pane.browser.document()
    disputed = alignment.discrepancies[0].a
    fmt = format_at(document, disputed.start)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.background().color() == formats(pane)[Layer.DISCREPANCY].background().color()
    # the rest of its sentence keeps the loose tint
    assert background(pane, match(alignment, "disputed").a) == background(
        pane, match(alignment, "loose").a
    )


LIGHTNESS_STEP = 1.08  # the least contrast between a loose tint and its neighbours


@pytest.mark.parametrize("name", list(PALETTES))
def test_a_loose_tint_is_a_paler_claim_tint_and_keeps_the_text_readable(
    shown: MainWindow, alignment: Alignment, name: str
) -> None:
    """Between bare text and a sure claim's tint, in the claim's hue, told from both by
    lightness too (which a greyscale print keeps); flat, not hatched as a passage only one
    article reports; and the text on it at 4.5:1 or more."""
    pane = in_palette(shown, name).pane_a
    palette = pane.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    loose = background(pane, match(alignment, "loose").a)
    sure = background(pane, match(alignment, "sure").a)
    low, high = sorted((luminance(base), luminance(sure)))
    assert low < luminance(loose) < high
    assert abs(loose.hue() - sure.hue()) <= 6
    assert contrast(loose, base) >= LIGHTNESS_STEP
    assert contrast(loose, sure) >= LIGHTNESS_STEP
    assert contrast(text, loose) >= TEXT_CONTRAST
    only = formats(pane)[Layer.ONLY].background().style()
    assert only == Qt.BrushStyle.TexturePattern
    assert format_at(
        pane.browser.document(), match(alignment, "loose").a.start
    ).background().style() == (Qt.BrushStyle.SolidPattern)


def test_hovering_a_loose_claim_says_to_check_it(shown: MainWindow, alignment: Alignment) -> None:
    loose = hover(shown.pane_a, match(alignment, "loose").a.start + 2)
    sure = hover(shown.pane_a, match(alignment, "sure").a.start + 2)
    assert f"score 0.60, {LOOSE_WORDS}" in loose
    assert "score 0.90" in sure and "loose" not in sure


def test_choosing_a_loose_claim_says_so_in_the_status_bar(shown: MainWindow) -> None:
    shown.select_match("loose")
    assert shown.statusBar().currentMessage() == f"Claim match, score 0.60, {LOOSE_WORDS}"


def test_the_text_cursor_on_a_loose_claim_says_so_in_the_status_bar(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    arrive_at(shown.pane_a, match(alignment, "disputed").a)
    said = shown.statusBar().currentMessage()
    assert said.startswith(f"Claim match, score 0.62, {LOOSE_WORDS} · differs: Monday vs Tuesday")


@pytest.mark.parametrize(
    ("kind", "score", "manual", "said"),
    [
        (MatchKind.CLAIM, 0.69, False, f"score 0.69, {LOOSE_WORDS}"),
        (MatchKind.CLAIM, 0.696, False, "score 0.70"),  # as shown: 0.70, not under 0.7
        (MatchKind.CLAIM, 0.7, False, "score 0.70"),
        (MatchKind.QUOTE, 0.6, False, "score 0.60"),  # only a claim is loose
        (MatchKind.CLAIM, 0.6, True, "linked by hand"),  # the reader's own link
    ],
)
def test_the_score_words_say_loose_only_for_a_claim_scored_under_0_7(
    kind: MatchKind, score: float, manual: bool, said: str
) -> None:
    m = Match("m", kind, Span(0, 5), Span(0, 5), score, manual=manual)
    assert score_words(m) == said
