"""The find bar as a fact-checker uses it: a phrase copied from elsewhere (other quotes,
no accents, a line break), the hit kept well in view, the same words looked up in the
other article, and no stale count once another pair is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.find_bar import find_in, hit_count, hits
from reader.ui.highlights import TEXT_CONTRAST, blend, contrast
from reader.ui.main_window import MainWindow
from tests.ui.palette_fixtures import PALETTES, palette


def search(window: MainWindow, text: str) -> None:
    window.actions_.find.trigger()
    window.find_bar.field.clear()
    QTest.keyClicks(window.find_bar.field, text)
    QTest.keyClick(window.find_bar.field, Qt.Key.Key_Return)


def test_straight_quotes_find_curly_ones(shown: MainWindow) -> None:
    search(shown, '"This is a breakthrough," the president')
    selected = shown.pane_a.browser.textCursor().selectedText()
    assert selected == "\u201cThis is a breakthrough,\u201d the president"
    assert shown.find_bar.status.text() == "1 of 1 in A"


def test_find_in_a_window_with_no_pair_says_so(window: MainWindow) -> None:
    search(window, "treaty")
    assert window.find_bar.status.text() == "No article open"


def test_a_phrase_runs_across_a_line_break(shown: MainWindow) -> None:
    search(shown, "in the capital  by staff")  # A: "...in the capital\n\nBy Staff..."
    assert shown.find_bar.status.text() == "1 of 1 in A"
    assert shown.pane_a.browser.textCursor().selectedText().startswith("in the capital")


def test_accents_apostrophes_and_case_fold_away(qtbot: QtBot) -> None:
    view = QTextEdit()
    qtbot.addWidget(view)
    view.setPlainText("Lunch at the Caf\u00e9 de l\u2019Europe.\nLater, the CAFE DE L'EUROPE shut.")
    assert find_in(view, "cafe de l'europe")
    assert view.textCursor().selectedText() == "Caf\u00e9 de l\u2019Europe"
    assert hit_count(view, "cafe de l'europe") == (1, 2)
    assert find_in(view, "caf\u00e9 de l\u2019europe")
    assert view.textCursor().selectedText() == "CAFE DE L'EUROPE"
    assert hit_count(view, "Caf\u00e9") == (2, 2)


def test_a_hit_is_brought_well_into_view(shown: MainWindow) -> None:
    search(shown, "this is a breakthrough")  # half way down article A, out of view
    view = shown.pane_a.browser
    rect, height = view.cursorRect(), view.viewport().height()
    assert rect.top() >= rect.height() * 2
    assert rect.bottom() <= height - rect.height() * 2  # not on the bottom edge


def test_the_same_words_in_the_other_article(shown: MainWindow) -> None:
    search(shown, "breakthrough")
    assert shown.find_bar.status.text() == "1 of 1 in A"
    assert shown.find_bar.other_btn.text() == "In B"
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert shown.find_bar.status.text() == "1 of 1 in B"
    assert shown.pane_b.browser.textCursor().selectedText() == "breakthrough"
    assert shown.find_bar.other_btn.text() == "In A"
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Escape)
    assert shown.pane_b.browser.hasFocus()  # back in the article searched last


def test_words_not_in_the_other_article_keep_the_search_in_this_one(shown: MainWindow) -> None:
    """ "In B" switched to B without a hit there: the next Enter searched B again."""
    search(shown, "weather")  # only A mentions the weather
    hit = shown.pane_a.browser.textCursor().selectedText()
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    bar = shown.find_bar
    assert bar.status.text() == "Not found in B"
    assert bar.other_btn.text() == "In B"  # A is still the article searched
    assert shown.pane_a.browser.textCursor().selectedText() == hit == "weather"
    assert find_marks(shown, "a") == hits(shown.pane_a.browser, "weather")
    assert find_marks(shown, "b") == []
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.status.text() == "1 of 1 in A"


def test_in_a_from_b_with_no_hit_keeps_the_search_in_b(shown: MainWindow) -> None:
    search(shown, "breakthrough")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    search(shown, "parade")  # only B mentions the parade
    assert shown.find_bar.status.text() == "1 of 1 in B"
    shown.find_bar.other_btn.click()
    assert shown.find_bar.status.text() == "Not found in A"
    assert shown.find_bar.other_btn.text() == "In A"
    assert find_marks(shown, "b") == hits(shown.pane_b.browser, "parade")


def test_another_pair_clears_the_count(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    search(shown, "breakthrough")
    assert shown.find_bar.status.text() == "1 of 1 in A"
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(alignment)
    assert shown.find_bar.status.text() == ""


def selection_colours(window: MainWindow, side: str) -> tuple[QColor, QColor]:
    palette = window.pane(side).browser.palette()
    group = QPalette.ColorGroup.Active
    return (
        palette.color(group, QPalette.ColorRole.Highlight),
        palette.color(group, QPalette.ColorRole.HighlightedText),
    )


def test_a_find_hit_stands_out_from_the_tint_around_it(shown: MainWindow) -> None:
    search(shown, "breakthrough")  # inside a claim: a see-through selection hid it
    background, text = selection_colours(shown, "a")
    assert background.alpha() == 255
    assert contrast(text, background) >= 4.5
    assert selection_colours(shown, "b")[0].alpha() < 255  # B was not searched


def test_the_selection_is_see_through_again_once_the_bar_closes(shown: MainWindow) -> None:
    search(shown, "breakthrough")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Escape)
    assert selection_colours(shown, "a")[0].alpha() < 255


def mark_selections(window: MainWindow, side: str) -> list[QTextEdit.ExtraSelection]:
    """The pane's extra selections that mark hits of the find bar's search: the palette's
    Highlight, see-through."""
    pane = window.pane(side)
    highlight = pane.palette().color(QPalette.ColorRole.Highlight)
    return [
        s
        for s in pane.browser.extraSelections()
        if s.format.background().color().rgb() == highlight.rgb()
        and s.format.background().color().alpha() < 255
    ]


def find_marks(window: MainWindow, side: str) -> list[tuple[int, int]]:
    """Where the pane marks hits of the find bar's search."""
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in mark_selections(window, side)
    ]


def test_every_hit_is_marked_while_the_bar_is_open(shown: MainWindow) -> None:
    search(shown, "the")
    everywhere = hits(shown.pane_a.browser, "the")
    assert len(everywhere) > 20
    assert shown.find_bar.status.text() == f"1 of {len(everywhere)} in A"
    assert find_marks(shown, "a") == everywhere
    assert find_marks(shown, "b") == []
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)  # the next hit: the same marks
    assert shown.find_bar.status.text() == f"2 of {len(everywhere)} in A"
    assert find_marks(shown, "a") == everywhere
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    assert find_marks(shown, "a") == []  # the marks move with the search to B
    assert find_marks(shown, "b") == hits(shown.pane_b.browser, "the")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Escape)
    assert find_marks(shown, "a") == find_marks(shown, "b") == []


def test_a_search_with_no_hit_leaves_nothing_lit(shown: MainWindow) -> None:
    """A search that found nothing left the last hit selected and tinted."""
    search(shown, "the")
    search(shown, "words nowhere in it")
    assert shown.find_bar.status.text() == "Not found in A"
    assert not shown.pane_a.browser.textCursor().hasSelection()
    assert selection_colours(shown, "a")[0].alpha() < 255
    assert find_marks(shown, "a") == find_marks(shown, "b") == []


def test_a_search_with_no_hit_keeps_the_readers_own_selection(shown: MainWindow) -> None:
    search(shown, "breakthrough")
    browser = shown.pane_a.browser
    cursor = browser.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)  # the reader selects other words
    search(shown, "words nowhere in it")
    assert browser.textCursor().selectedText() == browser.toPlainText()[:5]


def test_another_pair_takes_the_marks_away(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    search(shown, "the")
    assert find_marks(shown, "a")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(alignment)
    assert find_marks(shown, "a") == []


def ground_at(window: MainWindow, side: str, position: int) -> QColor:
    """The opaque colour under the character at ``position``: its highlight's tint (a
    hatch's fill), or the page."""
    pane = window.pane(side)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(position + 1)
    brush = cursor.charFormat().background()
    if brush.style() == Qt.BrushStyle.SolidPattern:
        return brush.color()
    if brush.style() == Qt.BrushStyle.TexturePattern:
        return brush.textureImage().pixelColor(0, 0)
    return pane.palette().color(QPalette.ColorRole.Base)


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_marks_are_calm_yet_legible(shown: MainWindow, name: str) -> None:
    """On the page and on every tint under a hit, the text keeps 4.5:1 over the mark,
    which is see-through (the tint shows), yet there."""
    colours = PALETTES[name]
    if colours is not None:
        shown.setPalette(palette(colours))
    for pane in (shown.pane_a, shown.pane_b):
        pane.loading.flush()
    search(shown, "the")
    marks = mark_selections(shown, "a")
    assert len(marks) == len(hits(shown.pane_a.browser, "the"))
    faint = []
    grounds = set()
    for s in marks:
        fmt = QTextCharFormat(s.format)
        mark, ink = fmt.background().color(), fmt.foreground().color()
        assert 0.2 <= mark.alphaF() <= 0.5
        ground = ground_at(shown, "a", s.cursor.selectionStart())
        grounds.add(ground.name())
        laid = blend(mark, ground, mark.alphaF())
        if contrast(ink, laid) < TEXT_CONTRAST:
            faint.append(f"{ground.name()}: {contrast(ink, laid):.2f}")
        assert laid != ground
    assert len(grounds) >= 3  # the page, a claim and more
    assert not faint


def test_marks_are_kept_to_the_hits_around_the_current_one(
    shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.find_bar.MARKED_HITS", 5)  # a huge article's many hits
    search(shown, "e")
    total = int(shown.find_bar.status.text().split(" of ")[1].split()[0])
    assert total > 5
    found = shown.pane_a.selections.find_hits()
    assert len(found) == 5
    here = shown.pane_a.browser.textCursor().selectionStart()
    assert any(start == here for start, _ in found)


def test_around_keeps_the_hits_nearest_the_current_one() -> None:
    from reader.ui.find_bar import around

    found = [(k * 10, k * 10 + 1) for k in range(100)]
    assert around(found, 500, limit=10) == found[45:55]
    assert around(found, 0, limit=10) == found[:10]
    assert around(found, 990, limit=10) == found[90:]
    assert around(found, 0, limit=200) == found
