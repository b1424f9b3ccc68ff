"""An article's title over its pane: two lines at most, never cut through a line."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow

LONG_TITLE = (
    "Flooding in Riverton forces thousands from their homes as the Marlow River bursts "
    "its banks after three days of record rainfall across the northern valley, and the "
    "army is sent to fill sandbags along the eastern embankment"
)


def show_titled(window: MainWindow, alignment: Alignment, title: str, qtbot: QtBot) -> None:
    window.resize(1024, 640)
    titled = replace(alignment, a=replace(alignment.a, title=title))
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(titled)


def test_a_long_title_shows_two_whole_lines_ending_with_an_ellipsis(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    show_titled(window, alignment, LONG_TITLE, qtbot)
    title = window.pane_a.title
    lines = title.lines()
    assert len(lines) == 2 and lines[-1].endswith("…")
    width = title.contentsRect().width()
    assert all(title.fontMetrics().horizontalAdvance(line) <= width for line in lines)
    assert title.fontMetrics().lineSpacing() * 2 <= title.contentsRect().height()


def test_a_shortened_title_is_whole_in_its_tooltip(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    show_titled(window, alignment, LONG_TITLE, qtbot)
    assert window.pane_a.title.toolTip() == LONG_TITLE
    assert window.pane_a.title.text() == LONG_TITLE


def test_a_title_that_fits_has_no_tooltip(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    show_titled(window, alignment, "Leaders sign a treaty", qtbot)
    assert window.pane_a.title.lines() == ["Leaders sign a treaty"]
    assert window.pane_a.title.toolTip() == ""


LONG_PATH = "/home/reader/" + "newsroom-archive/" * 12 + "the-article-about-the-floods.txt"


def show_from_deep_folder(window: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    """A's file lies deep in folders and names no source or date: its path shows."""
    window.resize(1024, 640)
    deep = replace(alignment.a, path=LONG_PATH, source=None, date=None)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(replace(alignment, a=deep))


def test_a_long_path_under_the_title_leaves_the_window_its_width(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    show_from_deep_folder(window, alignment, qtbot)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024


def test_a_long_path_under_the_title_is_shortened_in_its_middle(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    show_from_deep_folder(window, alignment, qtbot)
    source = window.pane_a.source
    shown = source.shown_text()
    assert "…" in shown and shown.endswith("floods.txt") and shown.startswith("/home")
    assert source.toolTip() == LONG_PATH


def test_the_title_follows_a_larger_font(window: MainWindow) -> None:
    before = window.pane_a.title.font().pointSizeF()
    font = window.pane_a.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.pane_a.setFont(font)
    title = window.pane_a.title
    assert title.font().pointSizeF() > before
    assert title.height() >= 2 * title.fontMetrics().lineSpacing()


def test_a_short_pane_gives_its_title_one_line_ending_with_an_ellipsis(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """In a short window the two lines of a large title took a fifth of the pane."""
    show_titled(window, alignment, LONG_TITLE, qtbot)
    window.resize(1024, 300)
    qtbot.waitUntil(lambda: window.pane_a.title.max_lines() == 1)
    for pane in (window.pane_a, window.pane_b):
        title = pane.title
        assert title.max_lines() == 1
        assert title.height() < 2 * title.fontMetrics().lineSpacing()
    lines = window.pane_a.title.lines()
    assert len(lines) == 1 and lines[0].endswith("…")
    assert window.pane_a.title.toolTip() == LONG_TITLE
    # both articles' text starts level
    assert window.pane_a.browser.y() == window.pane_b.browser.y()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.pane_a.title.max_lines() == 2)
    assert len(window.pane_a.title.lines()) == 2
