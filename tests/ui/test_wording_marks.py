"""The chosen match's words that differ, marked in place in both panes (real window, the
fact-checker's wire copies: tests/wire_copies.py): m6, the mayor's quotation trimmed
and her title and given name dropped in B; m7, "Mayor" added in B; m5, word for word the
same; m1, the headlines, told in other words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import TEXT_CONTRAST, Theme, contrast
from reader.ui.main_window import MainWindow
from tests.ui.palette_fixtures import DARK, HIGH_CONTRAST, palette
from tests.wire_copies import wire_copies

TRIMMED = "m6"  # "We will rebuild, and we will do it together," Mayor Ana Ruiz said / Ruiz said
TITLED = "m7"  # Ruiz said at least 40 people... / Mayor Ruiz said at least 40 people...
SAME = "m5"  # word for word the same
REWORDED = "m1"  # the headlines: told in other words


@pytest.fixture
def wire(window: MainWindow, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(wire_copies())
    return window


def mark_ranges(pane: ArticlePane) -> list[tuple[int, int]]:
    """Where words are marked as differing in ``pane``'s document (Qt positions): the
    extra selections in the words-differ format, each boxed too."""
    from reader.ui.wording_marks import differ_format, seen_selected

    browser = pane.browser
    theme = Theme.from_palette(pane.palette())
    highlight = browser.palette().color(QPalette.ColorRole.Highlight)
    ground = differ_format(theme, seen_selected(theme, highlight)).background().color()
    laid = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in browser.extraSelections()
        if s.format.background().color() == ground
    ]
    boxed = browser.boxed[0] if browser.boxed is not None else []
    assert sorted(boxed) == sorted(laid)
    return laid


def marked(pane: ArticlePane) -> list[str]:
    """The words marked as differing in ``pane``."""
    text = pane.browser.document().toPlainText()
    return [text[start:end] for start, end in mark_ranges(pane)]


def chosen(window: MainWindow, match_id: str) -> MainWindow:
    window.select_match(match_id)
    return window


def test_the_words_only_in_a_are_marked_in_a_and_nothing_in_b(wire: MainWindow) -> None:
    chosen(wire, TRIMMED)
    assert marked(wire.pane_a) == ["and we will do it together", "Mayor Ana"]
    assert marked(wire.pane_b) == []


def test_the_marks_lie_on_the_words_character_for_character(wire: MainWindow) -> None:
    text = wire_copies().a.text
    chosen(wire, TRIMMED)
    pane = wire.pane_a
    mayor = text.index("Mayor Ana Ruiz said")
    together = text.index("and we will do it together")
    to_qt = pane.pointer.offsets.to_qt
    assert mark_ranges(pane) == [
        (to_qt(together), to_qt(together + len("and we will do it together"))),
        (to_qt(mayor), to_qt(mayor + len("Mayor Ana"))),
    ]


def test_a_word_only_in_b_is_marked_in_b(wire: MainWindow) -> None:
    chosen(wire, TITLED)
    assert marked(wire.pane_b) == ["Mayor"]
    assert marked(wire.pane_a) == []


def test_the_marks_go_when_another_match_is_chosen(wire: MainWindow) -> None:
    chosen(wire, TRIMMED)
    chosen(wire, SAME)
    assert marked(wire.pane_a) == marked(wire.pane_b) == []
    assert wire.pane_a.browser.boxed is None


def test_the_marks_go_with_the_match_when_none_is_chosen(wire: MainWindow) -> None:
    chosen(wire, TRIMMED)
    al = wire_copies()
    wire.navigator.reveal("b", al.only_b[0])  # a passage only B reports, no match
    assert marked(wire.pane_a) == marked(wire.pane_b) == []


def test_a_match_word_for_word_the_same_has_no_marks(wire: MainWindow) -> None:
    chosen(wire, SAME)
    assert marked(wire.pane_a) == marked(wire.pane_b) == []


def test_a_match_told_in_other_words_has_no_marks(wire: MainWindow) -> None:
    chosen(wire, REWORDED)
    assert wire.pane_a.selected_span() is not None
    assert marked(wire.pane_a) == marked(wire.pane_b) == []


def test_switched_off_in_the_view_menu_no_words_are_marked(wire: MainWindow) -> None:
    wire.actions_.word_marks.setChecked(False)
    chosen(wire, TRIMMED)
    assert marked(wire.pane_a) == []


def test_switched_off_while_a_match_is_chosen_its_marks_go_and_come_back(
    wire: MainWindow,
) -> None:
    chosen(wire, TRIMMED)
    wire.actions_.word_marks.trigger()
    assert marked(wire.pane_a) == []
    wire.actions_.word_marks.trigger()
    assert marked(wire.pane_a) == ["and we will do it together", "Mayor Ana"]


def test_switched_off_it_stays_off_at_the_next_start(
    window: MainWindow, qtbot: QtBot, settings: QSettings
) -> None:
    window.actions_.word_marks.trigger()
    window.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert not again.actions_.word_marks.isChecked()
    again.shutdown()


@pytest.mark.parametrize("side", ["a", "b"], ids=["words boxed", "carets"])
def test_marking_the_words_moves_no_text(wire: MainWindow, qtbot: QtBot, side: str) -> None:
    pane = wire.pane_a if side == "a" else wire.pane_b
    wire.actions_.word_marks.setChecked(False)
    chosen(wire, TRIMMED)
    qtbot.wait(50)
    bar, size = pane.browser.verticalScrollBar().value(), pane.browser.document().size()
    wire.actions_.word_marks.setChecked(True)
    qtbot.wait(50)
    assert marked(pane) if side == "a" else caret_places(pane)
    assert pane.browser.verticalScrollBar().value() == bar
    assert pane.browser.document().size() == size


@pytest.mark.parametrize("colours", [None, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
def test_the_marked_words_read_on_their_ground_told_from_the_match_s_in_lightness(
    colours: dict[QPalette.ColorRole, str] | None,
) -> None:
    from reader.ui.wording_marks import DIFFER_APART, differ_format, seen_selected

    pal = palette(colours) if colours is not None else QPalette()
    theme = Theme.from_palette(pal)
    highlight = pal.color(QPalette.ColorRole.Highlight)
    highlight.setAlpha(110)  # the pane's see-through selection
    selected = seen_selected(theme, highlight)
    fmt = differ_format(theme, selected)
    ground = fmt.background().color()
    assert contrast(fmt.foreground().color(), ground) >= TEXT_CONTRAST
    assert contrast(ground, selected) >= DIFFER_APART


# --- where only the other passage has words: a caret at the place ---------------------


def caret_places(pane: ArticlePane) -> list[tuple[int, str]]:
    """The carets drawn in ``pane`` where only its partner has words: (Qt position,
    what the partner says there)."""
    carets = pane.browser.carets
    return [] if carets is None else list(carets.places)


def test_where_only_a_has_words_b_has_a_caret_between_the_words_kept(wire: MainWindow) -> None:
    text = wire_copies().b.text
    chosen(wire, TRIMMED)
    to_qt = wire.pane_b.pointer.offsets.to_qt
    after_rebuild = text.index('"We will rebuild,"') + len('"We will rebuild,')
    before_ruiz = text.index("Ruiz said at a news")
    assert caret_places(wire.pane_b) == [
        (to_qt(after_rebuild), "“and we will do it together” only in A"),
        (to_qt(before_ruiz), "“Mayor Ana” only in A"),
    ]
    assert caret_places(wire.pane_a) == []


def test_where_only_b_has_a_word_a_has_a_caret_before_the_name(wire: MainWindow) -> None:
    text = wire_copies().a.text
    chosen(wire, TITLED)
    to_qt = wire.pane_a.pointer.offsets.to_qt
    ruiz = text.index("Ruiz said at least 40")
    assert caret_places(wire.pane_a) == [(to_qt(ruiz), "“Mayor” only in B")]
    assert caret_places(wire.pane_b) == []


def test_the_caret_is_drawn_in_the_marks_ground_with_their_line(
    wire: MainWindow, qtbot: QtBot
) -> None:
    from reader.ui.lack_carets import caret_path
    from reader.ui.removed_wedges import caret_line

    wire.resize(1200, 900)
    chosen(wire, TRIMMED)
    browser = wire.pane_b.browser
    qtbot.wait(50)
    carets = browser.carets
    assert carets is not None
    line = caret_line(browser, carets.places[0][0])
    assert line is not None
    head = caret_path(line).boundingRect()
    image = browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    inside = image.pixelColor(
        int(head.center().x() * ratio), int((head.top() + head.height() * 0.4) * ratio)
    )
    assert inside.rgb() == carets.ground.rgb()


def test_the_caret_s_tooltip_says_what_the_other_article_has_there(
    wire: MainWindow, qtbot: QtBot
) -> None:
    from reader.ui.lack_carets import carets_near
    from reader.ui.removed_wedges import caret_line

    chosen(wire, TRIMMED)
    browser = wire.pane_b.browser
    qtbot.wait(50)
    line = caret_line(browser, caret_places(wire.pane_b)[0][0])
    assert line is not None
    x, y = line.x(), line.center().y()
    assert carets_near(browser, browser.carets, x, y) == [  # two a letter apart: one caret
        "“and we will do it together” only in A",
        "“Mayor Ana” only in A",
    ]
    assert carets_near(browser, browser.carets, x + 40, y) == []


def test_the_carets_go_when_another_match_is_chosen(wire: MainWindow) -> None:
    chosen(wire, TRIMMED)
    chosen(wire, SAME)
    assert caret_places(wire.pane_a) == caret_places(wire.pane_b) == []


def test_the_carets_go_with_the_match_when_none_is_chosen(wire: MainWindow) -> None:
    chosen(wire, TRIMMED)
    wire.navigator.reveal("b", wire_copies().only_b[0])
    assert caret_places(wire.pane_b) == []


def test_switched_off_no_caret_is_drawn_and_it_comes_back(wire: MainWindow) -> None:
    wire.actions_.word_marks.setChecked(False)
    chosen(wire, TRIMMED)
    assert caret_places(wire.pane_b) == []
    wire.actions_.word_marks.setChecked(True)
    assert len(caret_places(wire.pane_b)) == 2
