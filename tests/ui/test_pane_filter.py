"""The Matches panel's kinds and Min score act on the articles too (reader.ui.pane_filter,
reader.ui.filter_note): a hidden match loses its highlight, its discrepancy, its overview
mark and its band, cannot be clicked or hovered, and a note beside the legend says what
is hidden until every match is shown again. Real windows over conftest's hand-built pair:
claims m1 (0.9), m2 (0.7), m4 (0.6), quote m3 (0.95), number m5 (1.0), entity m6 (0.5);
m1's dates disagree."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match, MatchKind, Note, Span
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import Layer, Theme
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import SHOW_DIFFERS
from reader.ui.note_marks import is_mark, mark_format
from reader.ui.pane_filter import PaneFilter
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_alignment
from tests.ui import session_fixtures as fx
from tests.ui.highlight_fixtures import formats_of, reference_formats
from tests.ui.session_fixtures import written
from tests.ui.test_highlights import format_at
from tests.ui.test_pane_menu import match, partner_ids, point_at
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def settled(window: MainWindow) -> MainWindow:
    """The panes' highlights laid again: without the pause that lets a drag of Min score
    go by, at once rather than a slice a turn."""
    window.pane_filtering.flush()
    for pane in (window.pane_a, window.pane_b):
        pane.loading.flush()
    return window


def min_score(window: MainWindow, value: float) -> MainWindow:
    window.dock.slider.setValue(round(value * 100))
    return settled(window)


def untick(window: MainWindow, kind: str) -> MainWindow:
    window.dock.kind_boxes[kind].setChecked(False)
    return settled(window)


def at(pane: ArticlePane, offset: int) -> QTextCharFormat:
    return format_at(pane.browser.document(), offset)


def tinted(pane: ArticlePane, offset: int) -> bool:
    return at(pane, offset).hasProperty(QTextFormat.Property.BackgroundBrush)


def side(m: Match, pane: ArticlePane) -> int:
    return (m.a if pane.side == "a" else m.b).start


def band_ids(window: MainWindow, m: Match) -> set[str]:
    """The matches the link map draws, with both sides of ``m`` in view."""
    window.set_sync_scrolling(False)
    window.pane_a.ensure_visible(m.a)
    window.pane_b.ensure_visible(m.b)
    window.linker.update_bands()
    return {band.match_id for band in window.link_map.bands()}


def test_raising_min_score_takes_a_weak_claim_off_both_panes_and_the_link_map(
    shown: MainWindow, alignment: Alignment
) -> None:
    weak = match(alignment, "m4")  # 0.6: A's and B's delegates sentences, nothing else
    panes = (shown.pane_a, shown.pane_b)
    assert all(tinted(pane, side(weak, pane)) for pane in panes)
    assert "m4" in band_ids(shown, weak)
    min_score(shown, 0.8)
    assert not any(tinted(pane, side(weak, pane)) for pane in panes)
    assert "m4" not in band_ids(shown, weak)
    assert "m1" in band_ids(shown, match(alignment, "m1"))  # 0.9: it stays


def test_a_shown_match_keeps_its_discrepancy(shown: MainWindow, alignment: Alignment) -> None:
    min_score(shown, 0.8)  # m1 scores 0.9
    disputed = alignment.discrepancies[0]
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    assert at(shown.pane_a, disputed.a.start).underlineStyle() == wave
    assert at(shown.pane_b, disputed.b.start).underlineStyle() == wave


def test_a_hidden_match_takes_its_discrepancy_along(
    shown: MainWindow, alignment: Alignment
) -> None:
    untick(shown, "claim")
    disputed = alignment.discrepancies[0]  # on m1, a claim
    plain = QTextCharFormat.UnderlineStyle.NoUnderline
    assert at(shown.pane_a, disputed.a.start).underlineStyle() == plain
    assert at(shown.pane_b, disputed.b.start).underlineStyle() == plain
    assert not tinted(shown.pane_a, disputed.a.start)


@pytest.mark.parametrize(("kind", "match_id"), [("number", "m5"), ("entity", "m6")])
def test_unticking_a_kind_takes_its_underlines_off(
    shown: MainWindow, alignment: Alignment, kind: str, match_id: str
) -> None:
    m = match(alignment, match_id)
    panes = (shown.pane_a, shown.pane_b)
    plain = QTextCharFormat.UnderlineStyle.NoUnderline
    assert all(at(pane, side(m, pane)).underlineStyle() != plain for pane in panes)
    untick(shown, kind)
    assert all(at(pane, side(m, pane)).underlineStyle() == plain for pane in panes)


def test_the_panes_show_what_the_one_shot_highlights_of_the_shown_matches_are(
    shown: MainWindow, alignment: Alignment
) -> None:
    untick(min_score(shown, 0.8), "quote")
    kept = PaneFilter(frozenset({"claim", "entity", "number"}), 0.8)
    for pane in (shown.pane_a, shown.pane_b):
        expected = reference_formats(alignment, pane.side, pane.palette(), kept)
        assert formats_of(pane.browser.document()) == expected


def test_the_overview_strip_leaves_a_hidden_match_out(shown: MainWindow) -> None:
    pane = shown.pane_a
    claim = Theme.from_palette(pane.palette()).swatch(Layer.CLAIM)

    def claims_marked() -> int:
        return sum(m.colour == claim for m in pane.overview.markers())

    assert claims_marked()
    untick(shown, "claim")
    assert claims_marked() == 0
    assert pane.overview.markers(), "the quote, the number, the only-here passage stay"


def test_a_click_where_a_hidden_match_was_does_not_jump(
    shown: MainWindow, alignment: Alignment
) -> None:
    weak = match(alignment, "m4")
    min_score(shown, 0.8)
    pane = shown.pane_a
    pane.ensure_visible(weak.a)
    QTest.mouseClick(
        pane.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_at(shown, "a", weak.a.start + 2),
    )
    assert shown.selection() == (None, None) and shown.current_match() is None


def test_hover_and_the_partners_menu_leave_a_hidden_match_out(
    shown: MainWindow, alignment: Alignment
) -> None:
    sure = match(alignment, "m1")  # A's treaty sentence: m1 (0.9) and m2 (0.7)
    min_score(shown, 0.8)
    pane = shown.pane_a
    pane.ensure_visible(sure.a)
    menu = shown.session_controller.pane_menus.menu_for(
        pane, point_at(shown, "a", sure.a.start + 3)
    )
    assert partner_ids(menu) == ["m1"]
    menu.close()
    tip = hover(pane, sure.a.start + 3)
    assert "pledges mutual defence" not in tip  # m2's partner, in B
    assert "0.90" in tip


def laid_over(pane: ArticlePane, span: Span) -> bool:
    """Whether the pane lays an extra selection (the selected match's tint) on ``span``."""
    on = (span.start, span.end)  # the hand-built articles are ASCII: Qt positions too
    return any(
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) == on
        for s in pane.browser.extraSelections()
    )


def test_a_selected_match_min_score_hides_loses_its_tint_in_both_panes(
    shown: MainWindow, alignment: Alignment
) -> None:
    weak = match(alignment, "m4")  # 0.6
    shown.select_match(weak.id)
    assert laid_over(shown.pane_a, weak.a) and laid_over(shown.pane_b, weak.b)
    min_score(shown, 0.8)
    assert not laid_over(shown.pane_a, weak.a) and not laid_over(shown.pane_b, weak.b)
    assert not any(
        pane.browser.textCursor().hasSelection() for pane in (shown.pane_a, shown.pane_b)
    )
    assert shown.selection() == (None, None) and shown.current_match() is None


def test_a_selected_match_shown_again_stays_unselected_and_can_be_chosen(
    shown: MainWindow, alignment: Alignment
) -> None:
    weak = match(alignment, "m4")
    shown.select_match(weak.id)
    untick(shown, "claim")
    QTest.mouseClick(shown.filter_note.button, Qt.MouseButton.LeftButton)  # Show all
    settled(shown)
    assert tinted(shown.pane_a, weak.a.start)  # highlighted again, not selected
    assert not laid_over(shown.pane_a, weak.a) and shown.current_match() is None
    assert shown.dock.selected_ids() == []
    shown.select_match(weak.id)
    assert laid_over(shown.pane_a, weak.a) and shown.dock.selected_ids() == [weak.id]


def test_a_selected_match_min_score_keeps_stays_selected(
    shown: MainWindow, alignment: Alignment
) -> None:
    sure = match(alignment, "m1")  # 0.9
    shown.select_match(sure.id)
    min_score(shown, 0.8)
    assert shown.selection() == (sure.a, sure.b)
    assert laid_over(shown.pane_a, sure.a) and laid_over(shown.pane_b, sure.b)


def test_text_the_reader_selected_since_stays_selected_when_the_match_hides(
    shown: MainWindow, alignment: Alignment
) -> None:
    shown.select_match("m4")
    browser = shown.pane_a.browser
    cursor = browser.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(10, QTextCursor.MoveMode.KeepAnchor)  # the reader's own choice
    browser.setTextCursor(cursor)
    min_score(shown, 0.8)
    assert (browser.textCursor().selectionStart(), browser.textCursor().selectionEnd()) == (0, 10)


def test_the_articles_follow_a_drag_of_min_score_once_it_rests(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    weak = match(alignment, "m4")
    for value in (20, 40, 60, 80):  # a drag: the text is not laid again at each step
        shown.dock.slider.setValue(value)
    assert shown.pane_a.pane_filter() == PaneFilter()
    assert shown.filter_note.text().startswith("Min score 0.80")  # the note says it at once
    qtbot.waitUntil(lambda: shown.pane_a.pane_filter() == PaneFilter(min_score=0.8))
    qtbot.waitUntil(lambda: not tinted(shown.pane_a, weak.a.start))


def test_show_and_the_words_leave_the_panes_highlighted(
    shown: MainWindow, alignment: Alignment
) -> None:
    """They pick the rows to list and step through (and the bands), not what the
    articles highlight: a match without a discrepancy, or without the words, stays."""
    weak = match(alignment, "m4")
    shown.dock.set_show(SHOW_DIFFERS)
    shown.dock.words.edit.setText("treaty")
    shown.dock.words.flush()
    settled(shown)
    assert tinted(shown.pane_a, weak.a.start) and tinted(shown.pane_b, weak.b.start)
    assert shown.filter_note.isHidden()


def test_the_note_beside_the_legend_says_what_min_score_hides(shown: MainWindow) -> None:
    assert shown.filter_note.isHidden()
    min_score(shown, 0.8)
    assert shown.filter_note.isVisible()
    assert shown.filter_note.text() == "Min score 0.80: 3 of 6 matches hidden"


def test_the_note_names_the_kinds_unticked(shown: MainWindow) -> None:
    untick(untick(min_score(shown, 0.8), "number"), "entity")
    assert (
        shown.filter_note.text() == "Min score 0.80, Entities, Numbers off: 4 of 6 matches hidden"
    )


def test_min_score_back_to_0_shows_every_match_again(
    shown: MainWindow, alignment: Alignment
) -> None:
    weak = match(alignment, "m4")
    min_score(min_score(shown, 0.8), 0.0)
    assert tinted(shown.pane_a, weak.a.start) and tinted(shown.pane_b, weak.b.start)
    assert shown.filter_note.isHidden()


def test_show_all_ticks_every_kind_and_puts_min_score_back(
    shown: MainWindow, alignment: Alignment
) -> None:
    untick(min_score(shown, 0.8), "number")
    QTest.mouseClick(shown.filter_note.button, Qt.MouseButton.LeftButton)
    settled(shown)
    assert shown.dock.slider.value() == 0
    assert all(box.isChecked() for box in shown.dock.kind_boxes.values())
    assert tinted(shown.pane_a, match(alignment, "m4").a.start)
    assert shown.filter_note.isHidden()


def test_a_note_on_a_hidden_match_stays_marked_on_a_tint_of_its_own(
    shown: MainWindow, alignment: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shown.session_controller.dialogs, "ask_unsaved", lambda *_: "discard")
    session = Session(alignment).add_note(Note.new("check the count", match_id="m4"))
    shown.session_controller.change(session)
    min_score(shown, 0.8)
    weak = match(alignment, "m4")
    pane = shown.pane_a
    marks = [s for s in pane.browser.extraSelections() if is_mark(s)]
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in marks] == [
        (weak.a.start, weak.a.end)
    ]
    free = mark_format(pane.browser.palette(), on_match=False)
    assert marks[0].format.background() == free.background()


def test_a_pane_built_while_the_filter_changes_uses_the_new_filter(
    window: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    window.show_alignment(alignment)
    window.dock.kind_boxes["claim"].setChecked(False)  # before the panes are built
    window.flush()
    m1 = match(alignment, "m1")
    assert not tinted(window.pane_a, m1.a.start + 3)


def test_a_session_brings_back_the_articles_filter(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    min_score(win, 0.8)
    path = str(tmp_path / "filtered.crossread")
    assert ctl.saving.save_to(path)
    written(qtbot, ctl)
    with qtbot.waitSignal(win.alignment_finished):
        win.show_alignment(sample_alignment())  # another pair in between: every match
    with qtbot.waitSignal(win.alignment_finished):
        assert ctl.open_session(path)
    for pane in (win.pane_a, win.pane_b):
        pane.loading.flush()  # built with the filter, or laid again with it
    al = win.alignment()
    assert al is not None
    assert any(m.kind == MatchKind.CLAIM and m.score < 0.8 for m in al.matches)
    kept = PaneFilter(min_score=0.8)
    for pane in (win.pane_a, win.pane_b):
        assert formats_of(pane.browser.document()) == reference_formats(
            al, pane.side, pane.palette(), kept
        )
    assert win.filter_note.text().startswith("Min score 0.80: ")


def test_what_the_note_says() -> None:
    where = Span(0, 1)
    ms = [
        Match("c1", MatchKind.CLAIM, where, where, 0.9),
        Match("c2", MatchKind.CLAIM, where, where, 0.4),
        Match("q1", MatchKind.QUOTE, where, where, 1.0),
    ]
    assert PaneFilter().summary(ms) == ""
    assert PaneFilter(min_score=0.5).summary(ms) == "Min score 0.50: 1 of 3 matches hidden"
    quotes_off = PaneFilter(frozenset({"claim", "entity", "number"}))
    assert quotes_off.summary(ms) == "Quotes off: 1 of 3 matches hidden"
    assert PaneFilter(frozenset()).summary(ms[:1]) == "Every kind off: 1 of 1 match hidden"
