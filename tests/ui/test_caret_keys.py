"""A reader without a mouse: the text cursor in the read-only panes, what it rests on,
Enter and Shift+F10 at it, Tab through the window, find from the keyboard
(reader.ui.caret_keys, reader.ui.pane_caret)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui import caret_keys
from reader.ui.article_pane import ArticlePane
from reader.ui.dock_toggle import bring_forward
from reader.ui.main_window import MainWindow
from reader.ui.note_marks import NoteMark
from reader.ui.pane_caret import BOILERPLATE_SAID, FOCUS_RING
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT

pytestmark = pytest.mark.gui

data_folder, pair, win = fx.data_folder, fx.pair, fx.win


def span_of(alignment: Alignment, match_id: str, side: str = "a") -> Span:
    m = alignment.match_by_id(match_id)
    assert m is not None
    return m.a if side == "a" else m.b


def put_caret(pane: ArticlePane, offset: int) -> None:
    """Focus the pane's text and put its cursor at ``offset`` (all test text is in the BMP)."""
    pane.browser.setFocus(Qt.FocusReason.TabFocusReason)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(offset)
    pane.browser.setTextCursor(cursor)


def arrive_at(pane: ArticlePane, span: Span) -> None:
    """Bring the pane's cursor onto ``span`` the way a reader does: from the character
    before it, with the right arrow key."""
    put_caret(pane, span.start - 1)
    QTest.keyClick(pane.browser, Qt.Key.Key_Right)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


@pytest.fixture
def keyboard(shown: MainWindow, qtbot: QtBot) -> MainWindow:
    """The window showing the alignment, active, article A's text focused at its start."""
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    put_caret(shown.pane_a, 0)
    return shown


def test_the_arrow_keys_move_a_text_cursor_in_a_read_only_article(keyboard: MainWindow) -> None:
    browser = keyboard.pane_a.browser
    QTest.keyClick(browser, Qt.Key.Key_Down)
    QTest.keyClick(browser, Qt.Key.Key_Right)
    assert browser.textCursor().position() > 0
    assert browser.isReadOnly()


def test_shift_and_the_arrow_keys_select_text(keyboard: MainWindow) -> None:
    browser = keyboard.pane_a.browser
    for _ in range(6):
        QTest.keyClick(browser, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert browser.textCursor().selectedText() == "Leader"


def test_the_cursor_on_a_highlight_says_what_it_is_in_the_status_bar(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    treaty = span_of(alignment, "m1")
    arrive_at(keyboard.pane_a, treaty)
    said = keyboard.statusBar().currentMessage()
    assert said.startswith("Claim match, score 0.90 · differs: June 18 vs June 19")
    assert "in B: “A mutual defence treaty was signed" in said
    assert "2 partners: Enter jumps to the next, Shift+F10 lists them" in said


def test_the_cursor_on_a_highlight_sets_the_accessible_description(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    quote = span_of(alignment, "m3")
    arrive_at(keyboard.pane_a, quote)
    assert keyboard.pane_a.browser.accessibleDescription().startswith(
        "Quote match, score 0.95 · speaker: president"
    )


def test_the_cursor_on_a_passage_only_one_article_reports_says_so(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    only = alignment.only_a[0]
    put_caret(keyboard.pane_a, only.start - 2)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Right)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Right)
    assert keyboard.statusBar().currentMessage() == "Only in A: B does not report this"


def test_the_cursor_on_a_noted_passage_reads_the_note_first(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    """A mouse reader sees the note's mark and its text on hover; the cursor says it."""
    treaty = span_of(alignment, "m1")
    keyboard.pane_a.set_note_marks([NoteMark(treaty, "Check the date [dates]", True)])
    arrive_at(keyboard.pane_a, treaty)
    said = keyboard.statusBar().currentMessage()
    assert said.startswith("Note: Check the date [dates] · Claim match, score 0.90")
    assert keyboard.pane_a.browser.accessibleDescription() == said


def test_the_cursor_on_boilerplate_says_it_is_not_compared(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    """The byline is dimmed on screen: a colour a screen reader cannot say."""
    arrive_at(keyboard.pane_a, alignment.a.boilerplate[0])
    assert keyboard.statusBar().currentMessage() == BOILERPLATE_SAID


def test_the_cursor_leaving_the_highlights_clears_the_status_bar(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    treaty = span_of(alignment, "m1")
    arrive_at(keyboard.pane_a, treaty)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Left)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Left)
    assert keyboard.statusBar().currentMessage() == ""


def test_the_cursor_leaving_a_highlight_keeps_what_a_step_said_since(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    arrive_at(keyboard.pane_a, span_of(alignment, "m1"))
    keyboard.actions_.next_match.trigger()  # m1, the cursor's highlight
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert keyboard.statusBar().currentMessage().startswith("Claim match, score 0.90")


# --- what the cursor is on goes when the reader works elsewhere: the counts come back ----


@pytest.fixture
def on_only(keyboard: MainWindow, alignment: Alignment) -> MainWindow:
    """A's cursor in the passage only A reports, which the status bar names."""
    only = alignment.only_a[0]
    arrive_at(keyboard.pane_a, Span(only.start + 1, only.end))
    assert keyboard.statusBar().currentMessage() == "Only in A: B does not report this"
    return keyboard


def test_the_cursors_words_go_when_the_find_bar_opens(on_only: MainWindow) -> None:
    """The find bar then searched B while the bar still spoke of A's cursor."""
    on_only.actions_.find.trigger()
    assert on_only.statusBar().currentMessage() == ""


def test_the_counts_come_back_when_the_keyboard_moves_to_a_panel(on_only: MainWindow) -> None:
    on_only.dock_action(on_only.only_dock).trigger()  # its list in front, focused
    assert on_only.counts.isVisible()


def test_the_cursors_words_go_when_the_keyboard_moves_to_the_other_article(
    on_only: MainWindow,
) -> None:
    """B's cursor, at its start, is on no highlight: nothing to say of it."""
    QTest.keyClick(on_only.pane_a.browser, Qt.Key.Key_Tab)
    assert focused() is on_only.pane_b.browser
    assert on_only.statusBar().currentMessage() == ""


def test_the_cursors_words_come_back_with_the_keyboard(on_only: MainWindow) -> None:
    on_only.actions_.find.trigger()
    QTest.keyClick(on_only.find_bar.field, Qt.Key.Key_Escape)
    assert on_only.statusBar().currentMessage() == "Only in A: B does not report this"


def test_the_cursors_words_go_after_a_while(
    keyboard: MainWindow, alignment: Alignment, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader scrolls on to read elsewhere, the keyboard left in the article."""
    monkeypatch.setattr(caret_keys, "CARET_MS", 100)
    arrive_at(keyboard.pane_a, span_of(alignment, "m1"))
    assert keyboard.statusBar().currentMessage()
    qtbot.waitUntil(lambda: keyboard.counts.isVisible(), timeout=2000)


def test_enter_at_the_cursor_jumps_to_the_partner(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    put_caret(keyboard.pane_a, span_of(alignment, "m3").start)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Return)
    assert keyboard.selection() == (span_of(alignment, "m3"), span_of(alignment, "m3", "b"))


def test_enter_again_jumps_to_the_next_partner(keyboard: MainWindow, alignment: Alignment) -> None:
    put_caret(keyboard.pane_a, span_of(alignment, "m1").start + 3)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Return)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Return)
    assert keyboard.selection()[1] == span_of(alignment, "m2", "b")


def test_enter_off_the_highlights_says_there_is_none(keyboard: MainWindow) -> None:
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Return)
    assert keyboard.selection() == (None, None)
    assert keyboard.statusBar().currentMessage().startswith("No highlight at the text cursor")


def test_enter_in_the_find_bar_still_finds(keyboard: MainWindow) -> None:
    keyboard.actions_.find.trigger()
    QTest.keyClicks(keyboard.find_bar.field, "treaty")
    QTest.keyClick(keyboard.find_bar.field, Qt.Key.Key_Return)
    assert keyboard.find_bar.status.text().endswith(" in A")
    assert keyboard.selection() == (None, None)  # no jump from A's cursor


def keyboard_menu(keyboard: MainWindow) -> QMenu:
    menu = keyboard.session_controller.pane_menus.last_menu
    assert menu is not None and menu.isVisible()
    return menu


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_shift_f10_opens_the_menu_of_the_highlight_at_the_cursor(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    put_caret(keyboard.pane_a, span_of(alignment, "m1").start + 3)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    texts = [a.text() for a in keyboard_menu(keyboard).actions()]
    keyboard_menu(keyboard).close()
    assert texts[0].startswith("Claim 0.90: A mutual defence treaty")
    assert texts[1].startswith("Claim 0.70: The treaty, signed by both leaders")
    assert "Add note on this claim match…" in texts


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_the_menu_key_opens_the_menu_with_the_note_entries(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    """The Menu key reaches the focused text as a keyboard context-menu event, at its
    cursor (what QWidgetWindow sends)."""
    put_caret(keyboard.pane_a, span_of(alignment, "m3").start + 1)
    browser = keyboard.pane_a.browser
    at = browser.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).toRect().center()
    reason = QContextMenuEvent.Reason.Keyboard
    QApplication.sendEvent(browser, QContextMenuEvent(reason, at, browser.mapToGlobal(at)))
    texts = [a.text() for a in keyboard_menu(keyboard).actions()]
    keyboard_menu(keyboard).close()
    assert "Add note on this quote match…" in texts


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_choosing_a_partner_from_the_keyboard_menu_jumps_to_it(
    keyboard: MainWindow, alignment: Alignment
) -> None:
    put_caret(keyboard.pane_a, span_of(alignment, "m1").start + 3)
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = keyboard_menu(keyboard)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    assert keyboard.selection()[1] == span_of(alignment, "m2", "b")


def test_the_go_menu_lists_the_keys_at_the_cursor(keyboard: MainWindow) -> None:
    act = keyboard.actions_
    assert act.jump_partner.shortcut().toString() == "Return"
    assert act.partners_menu.shortcut().toString() == "Shift+F10"
    go = next(a.menu() for a in keyboard.menuBar().actions() if a.text().replace("&", "") == "Go")
    assert isinstance(go, QMenu)
    assert {act.jump_partner, act.partners_menu} <= set(go.actions())


def matches_in_front(window: MainWindow) -> None:
    """The Matches panel in front of its tabs and laid out as the reader sees it. (Its
    View entry would close it: the entry is checked while the panel is in front. These
    tests triggered it, and passed only because no event was processed after: the panel
    behind, come to the front, was still off-screen.)"""
    bring_forward(window.dock)
    QApplication.processEvents()


def behind_matches(window: MainWindow) -> tuple[QWidget, ...]:
    return (window.only_dock, window.quotes_dock, window.session_controller.dock)


def test_tab_skips_the_panels_behind_other_tabs(keyboard: MainWindow) -> None:
    matches_in_front(keyboard)
    keyboard.pane_b.browser.setFocus(Qt.FocusReason.TabFocusReason)
    behind = behind_matches(keyboard)
    for _ in range(30):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        assert not any(d.isAncestorOf(focused()) for d in behind), focused().accessibleName()
        assert not focused().visibleRegion().isEmpty()


def test_shift_tab_skips_the_panels_behind_other_tabs(keyboard: MainWindow) -> None:
    matches_in_front(keyboard)
    behind = behind_matches(keyboard)
    for _ in range(30):
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert not any(d.isAncestorOf(focused()) for d in behind), focused().accessibleName()
        assert not focused().visibleRegion().isEmpty(), focused().accessibleName()


def tabs_from_article_b(window: MainWindow) -> list[QWidget]:
    """What Tab reaches from article B until it comes back to article A."""
    window.pane_b.browser.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    for _ in range(30):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is window.pane_a.browser:
            return reached
        reached.append(focused())
    raise AssertionError("Tab never came back to article A")


def test_tab_from_article_b_reads_the_matches_panel_left_to_right_then_its_tabs(
    keyboard: MainWindow,
) -> None:
    matches_in_front(keyboard)
    dock = keyboard.dock
    kinds = list(dock.kind_boxes.values())
    top_row = [*kinds, dock.words.edit, dock.show_box, dock.slider]
    reached = tabs_from_article_b(keyboard)
    assert reached[:-1] == [*top_row, dock.table]
    assert isinstance(reached[-1], QTabBar)  # the panels' tabs, last
    lefts = [w.mapTo(dock, QPoint(0, 0)).x() for w in top_row]
    assert lefts == sorted(lefts)


def test_tab_reaches_the_panel_in_front_once_matches_is_closed(keyboard: MainWindow) -> None:
    keyboard.dock_action(keyboard.dock).trigger()  # in front: its View entry closes it
    QApplication.processEvents()
    assert not keyboard.dock.isVisible()
    reached = tabs_from_article_b(keyboard)
    assert keyboard.only_dock.isAncestorOf(reached[0]), reached[0].accessibleName()


def test_find_searches_the_article_reached_with_tab(keyboard: MainWindow) -> None:
    QTest.keyClick(keyboard.pane_a.browser, Qt.Key.Key_Tab)
    assert focused() is keyboard.pane_b.browser
    keyboard.actions_.find.trigger()
    QTest.keyClicks(keyboard.find_bar.field, "parade")  # only B has it
    QTest.keyClick(keyboard.find_bar.field, Qt.Key.Key_Return)
    assert keyboard.find_bar.status.text() == "1 of 1 in B"


def test_escape_in_the_find_bar_gives_the_keyboard_back_to_the_article(
    keyboard: MainWindow,
) -> None:
    keyboard.actions_.find.trigger()
    QTest.keyClicks(keyboard.find_bar.field, "weather")
    QTest.keyClick(keyboard.find_bar.field, Qt.Key.Key_Return)
    QTest.keyClick(keyboard.find_bar.field, Qt.Key.Key_Escape)
    assert focused() is keyboard.pane_a.browser
    assert keyboard.pane_a.browser.textCursor().selectedText() == "weather"


def ring_colour(pane: ArticlePane) -> QColor:
    """The colour just outside the top left of the pane's text, where the ring is drawn."""
    top_left = pane.browser.geometry().topLeft() - QPoint(1, 1)
    return pane.grab().toImage().pixelColor(top_left)


def test_the_focused_article_has_a_ring_in_the_selection_colour(keyboard: MainWindow) -> None:
    highlight = keyboard.pane_a.palette().color(QPalette.ColorRole.Highlight)
    assert FOCUS_RING >= 2
    assert ring_colour(keyboard.pane_a) == highlight
    assert ring_colour(keyboard.pane_b) != highlight


def test_the_ring_is_as_wide_at_the_bottom_right_as_at_the_top_left(keyboard: MainWindow) -> None:
    """Its right and bottom edges were one pixel less out: half under the text."""
    pane = keyboard.pane_a
    highlight = pane.palette().color(QPalette.ColorRole.Highlight)
    image, view = pane.grab().toImage(), pane.browser.geometry()
    mid_x, mid_y = view.center().x(), view.center().y()
    left = [
        x for x in range(view.left() - 4, view.left()) if image.pixelColor(x, mid_y) == highlight
    ]
    right = [
        x
        for x in range(view.right() + 1, min(view.right() + 5, image.width()))
        if image.pixelColor(x, mid_y) == highlight
    ]
    top = [y for y in range(view.top() - 4, view.top()) if image.pixelColor(mid_x, y) == highlight]
    bottom = [
        y
        for y in range(view.bottom() + 1, min(view.bottom() + 5, image.height()))
        if image.pixelColor(mid_x, y) == highlight
    ]
    assert len(left) == len(right) == len(top) == len(bottom) == FOCUS_RING


def test_a_pair_being_shown_says_nothing_of_the_cursor_it_moved(
    win: MainWindow, qtbot: QtBot, pair: tuple[str, str]
) -> None:
    """The seed pair's show put A's cursor on its headline's claim match: "Claim match,
    score 0.87 · in B: ..." took the place of "Aligning…" for some 400 ms, then went."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.pane_a.browser.setFocus(Qt.FocusReason.OtherFocusReason)
    said: list[str] = []
    win.statusBar().messageChanged.connect(said.append)
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)
    assert said == [win.opener.aligning, ""]
    assert win.pane_a.browser.hasFocus()
