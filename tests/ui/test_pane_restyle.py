"""Highlights laid again over the text on screen (reader.ui.pane_restyle): a new filter lays
only the stretches of text where a match appears or goes, and whatever the passes
interrupted on the way (a filter changed again, a new palette), every character ends
with the format the one-shot ``apply_layers`` gives the matches shown."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from reader.model import Alignment
from reader.ui.article_pane import ArticlePane
from reader.ui.pane_filter import EVERY_MATCH, PaneFilter
from reader.ui.pane_restyle import changed_stretches
from tests.ui import test_highlight_pass as hp
from tests.ui.highlight_fixtures import formats_of, generated_pair, reference_formats
from tests.ui.test_highlight_pass import dark

pytestmark = pytest.mark.gui

one_step_slices, pane = hp.one_step_slices, hp.pane  # slices of one step; pane A on screen
NO_CLAIMS = PaneFilter(frozenset({"quote", "entity", "number"}))


@pytest.fixture
def pair(pane: ArticlePane) -> Alignment:
    """A pair of some 200,000 characters a side (a new palette lays them again in seven
    steps), on screen in ``pane``; its 60 matches (15 of each kind) far apart: a filter
    changes a few stretches of its text."""
    pair = generated_pair(800, 60)
    pane.set_alignment(pair)
    pane.loading.flush()
    return pair


def part_laid(pane: ArticlePane, turns: int = 3) -> None:
    """Let the pass under way run a few slices, not all of them."""
    for _ in range(turns):
        QCoreApplication.processEvents()
    assert pane.loading.is_reformatting(), "the pass is not half way"


def laid(pane: ArticlePane, pair: Alignment, shown: PaneFilter, palette: QPalette) -> bool:
    return formats_of(pane.browser.document()) == reference_formats(pair, "a", palette, shown)


def test_stretches_hold_every_match_that_appears_or_goes(pair: Alignment) -> None:
    stretches = changed_stretches(pair, "a", [EVERY_MATCH], NO_CLAIMS)
    claims = [m.a for m in pair.matches if m.kind == "claim"]
    assert all(any(s.overlaps(c) for s in stretches) for c in claims)
    assert all(a.end <= b.start for a, b in itertools.pairwise(stretches))  # in order, apart


def test_stretches_leave_out_the_text_where_nothing_changes(alignment: Alignment) -> None:
    """In conftest's pair, unticking numbers changes only A's "300"."""
    no_numbers = PaneFilter(frozenset({"claim", "quote", "entity"}))
    stretches = changed_stretches(alignment, "a", [EVERY_MATCH], no_numbers)
    number = alignment.match_by_id("m5")
    assert number is not None
    assert len(stretches) == 1 and stretches[0].contains(number.a)
    assert len(stretches[0]) < len(alignment.a.text) / 2


def test_no_change_no_stretch(pair: Alignment) -> None:
    assert changed_stretches(pair, "a", [NO_CLAIMS], NO_CLAIMS) == []


def test_min_score_lays_the_shown_matches_highlights(
    one_step_slices: None, pane: ArticlePane, pair: Alignment
) -> None:
    pane.set_filter(PaneFilter(min_score=0.5))
    pane.loading.flush()
    assert laid(pane, pair, PaneFilter(min_score=0.5), pane.palette())


def test_filters_changed_again_mid_pass_end_with_the_last_ones_highlights(
    one_step_slices: None, pane: ArticlePane, pair: Alignment
) -> None:
    pane.set_filter(PaneFilter(min_score=0.5))
    part_laid(pane)
    pane.set_filter(NO_CLAIMS)  # the first pass's stretches half laid
    part_laid(pane)
    last = PaneFilter(NO_CLAIMS.kinds, 0.3)
    pane.set_filter(last)
    pane.loading.flush()
    assert laid(pane, pair, last, pane.palette())


def test_a_new_palette_mid_pass_then_a_filter_end_in_the_new_palette(
    one_step_slices: None, pane: ArticlePane, pair: Alignment
) -> None:
    pane.setPalette(dark(pane.palette()))  # every highlight laid again, a slice a turn
    part_laid(pane)
    pane.set_filter(NO_CLAIMS)  # half the text still in the light palette
    pane.loading.flush()
    assert laid(pane, pair, NO_CLAIMS, pane.palette())
