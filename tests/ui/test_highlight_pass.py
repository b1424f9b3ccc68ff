"""Text and highlights go into a pane a slice at a time (reader.ui.highlight_pass).

A long pair is built over several event-loop turns; in the end every character has the
format the one-shot ``apply_layers`` gives it, and a new pass for the same pane (another
pair, swapped sides, a new palette) drops the unfinished one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui import sliced_job
from reader.ui.article_pane import ArticlePane
from reader.ui.highlight_pass import OVERVIEW_RESOLUTION, overview_runs
from reader.ui.highlights import Layer
from reader.ui.main_window import MainWindow
from tests.ui.highlight_fixtures import (
    formats_of,
    generated_pair,
    reference_formats,
    shown_pane,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def one_step_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Slices of a single step: any pass spans many event-loop turns."""
    monkeypatch.setattr(sliced_job, "SLICE_MS", 0.0)


@pytest.fixture
def pane(qtbot: QtBot) -> Iterator[ArticlePane]:
    widget = shown_pane(qtbot)
    yield widget
    widget.stop_timers()


def dark(palette: QPalette) -> QPalette:
    out = QPalette(palette)
    out.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    out.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    return out


def turn_until(done: Callable[[], bool], turns: int = 10_000) -> None:
    """Let the event loop turn until ``done()`` (a slice a turn: nothing more runs)."""
    for _ in range(turns):
        if done():
            return
        QCoreApplication.processEvents()
    raise AssertionError("not done")


def scrolled_to_middle(pane: ArticlePane, pair: Alignment) -> tuple[Span, Span]:
    """Show ``pair`` scrolled to a claim some 60,000 characters down; return that claim
    and the last one, some 90,000 characters further on."""
    claims = sorted((m.a for m in pair.matches if m.kind == "claim"), key=lambda s: s.start)
    seen = next(s for s in claims if s.start > 60_000)
    pane.set_alignment(pair)
    pane.loading.flush()
    pane.put_offset_at_fraction(seen.start, 0.3)
    return seen, claims[-1]


def background_at(pane: ArticlePane, offset: int) -> str:
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(offset + 1)
    return cursor.charFormat().background().color().name()


def test_large_pair_ends_with_every_highlight(window: MainWindow, qtbot: QtBot) -> None:
    pair = generated_pair(paragraphs=1200, matches=6000)
    with qtbot.waitSignal(window.alignment_finished, timeout=60_000):
        window.show_alignment(pair)
    for pane in (window.pane_a, window.pane_b):
        expected = reference_formats(pair, pane.side, pane.palette())
        assert formats_of(pane.browser.document()) == expected


def test_pane_shows_the_old_text_until_the_new_one_is_built(
    one_step_slices: None, pane: ArticlePane, qtbot: QtBot
) -> None:
    first, second = generated_pair(30, 60, seed=1), generated_pair(60, 200, seed=2)
    pane.set_alignment(first)
    pane.loading.flush()
    pane.set_alignment(second)
    assert pane.loading.is_loading()
    assert pane.browser.toPlainText() == first.a.text and pane.document() == first.a
    qtbot.waitUntil(lambda: not pane.loading.is_loading(), timeout=30_000)
    assert pane.browser.toPlainText() == second.a.text and pane.document() == second.a


def test_second_build_replaces_an_unfinished_one(
    one_step_slices: None, pane: ArticlePane, qtbot: QtBot
) -> None:
    first, second = generated_pair(60, 200, seed=1), generated_pair(60, 200, seed=2)
    shown: list[str] = []
    pane.alignment_shown.connect(lambda: shown.append(pane.browser.toPlainText()))
    pane.set_alignment(first)
    assert pane.loading.is_loading()  # one step done, the rest waits for later turns
    pane.set_alignment(second)
    qtbot.waitUntil(lambda: not pane.loading.is_loading(), timeout=30_000)
    assert shown == [second.a.text]
    assert formats_of(pane.browser.document()) == reference_formats(second, "a", pane.palette())


def test_new_pair_while_showing_leaves_only_its_highlights(
    one_step_slices: None, window: MainWindow, qtbot: QtBot
) -> None:
    pair = generated_pair(80, 300, seed=3)
    swapped = pair.swapped()  # what File > Swap sides shows
    finished: list[Alignment] = []
    window.alignment_finished.connect(finished.append)
    window.show_alignment(pair)
    turn_until(window.pane_a.loading.is_loading)
    with qtbot.waitSignal(window.alignment_finished, timeout=30_000):
        window.show_alignment(swapped)
    assert finished == [swapped]
    assert window.pane_a.browser.toPlainText() == pair.b.text
    for pane in (window.pane_a, window.pane_b):
        expected = reference_formats(swapped, pane.side, pane.palette())
        assert formats_of(pane.browser.document()) == expected


def test_flush_finishes_showing_at_once(one_step_slices: None, window: MainWindow) -> None:
    pair = generated_pair(80, 300, seed=4)
    window.show_alignment(pair)
    window.flush()
    assert not window.is_showing() and window.alignment() is pair
    assert formats_of(window.pane_b.browser.document()) == reference_formats(
        pair, "b", window.pane_b.palette()
    )


def test_palette_change_during_build_uses_the_new_palette(
    one_step_slices: None, pane: ArticlePane, qtbot: QtBot
) -> None:
    pair = generated_pair(60, 200)
    pane.set_alignment(pair)
    pane.setPalette(dark(pane.palette()))
    qtbot.waitUntil(lambda: not pane.loading.is_loading(), timeout=30_000)
    assert formats_of(pane.browser.document()) == reference_formats(pair, "a", pane.palette())


def test_second_palette_change_replaces_an_unfinished_retheme(
    one_step_slices: None, pane: ArticlePane
) -> None:
    pair = generated_pair(600, 3000)
    seen, _ = scrolled_to_middle(pane, pair)
    light = QPalette(pane.palette())
    before = background_at(pane, seen.start)
    pane.setPalette(dark(light))
    turn_until(lambda: background_at(pane, seen.start) != before)  # the dark theme half done
    pane.setPalette(light)
    pane.loading.flush()
    assert formats_of(pane.browser.document()) == reference_formats(pair, "a", light)


def test_retheme_reaches_the_visible_text_first(one_step_slices: None, pane: ArticlePane) -> None:
    pair = generated_pair(600, 3000)
    seen, far = scrolled_to_middle(pane, pair)
    seen_before, far_before = background_at(pane, seen.start), background_at(pane, far.start)
    pane.setPalette(dark(pane.palette()))
    turn_until(lambda: background_at(pane, seen.start) != seen_before)
    assert background_at(pane, far.start) == far_before
    pane.loading.flush()
    assert background_at(pane, far.start) != far_before


def test_overview_joins_spans_closer_than_a_pixel() -> None:
    n = OVERVIEW_RESOLUTION * 100
    layers = [
        (Layer.CLAIM, Span(0, 50)),
        (Layer.CLAIM, Span(60, 90)),  # 10 characters on: under 1/OVERVIEW_RESOLUTION
        (Layer.CLAIM, Span(5000, 5100)),
        (Layer.ONLY, Span(70, 80)),
        (Layer.ENTITY, Span(0, 10)),  # not on the strip
    ]
    runs = overview_runs(layers, n)
    assert [(layer, round(top * n), round(bottom * n)) for layer, top, bottom in runs] == [
        (Layer.CLAIM, 0, 90),
        (Layer.CLAIM, 5000, 5100),
        (Layer.ONLY, 70, 80),
    ]
