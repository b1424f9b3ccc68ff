"""The reader window driven through real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match, MatchKind, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.geometry import first_window_place, first_window_size
from reader.ui.highlights import Layer, Theme
from reader.ui.main_window import MainWindow
from tests.ui.conftest import DocBuilder
from tests.ui.session_fixtures import ALIGN_TIMEOUT


def click_span(qtbot: QtBot, pane: ArticlePane, span: Span) -> None:
    """Scroll ``span`` into view and click in its middle."""
    pane.ensure_visible(span)
    browser: QTextBrowser = pane.browser
    cursor = browser.textCursor()
    cursor.setPosition((span.start + span.end) // 2)
    rect = browser.cursorRect(cursor)
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def in_viewport(pane: ArticlePane, span: Span) -> bool:
    top, bottom = pane.span_y(span)
    return top >= 0 and bottom <= pane.browser.viewport().height()


def test_shows_both_articles_with_titles(shown: MainWindow, alignment: Alignment) -> None:
    assert shown.pane_a.browser.toPlainText() == alignment.a.text
    assert shown.pane_b.browser.toPlainText() == alignment.b.text
    assert shown.pane_a.title.text() == "Leaders sign a treaty"
    assert "Test Wire" in shown.pane_b.source.text()
    assert "3 claims" in shown.counts.text()
    assert shown.alignment() is alignment
    assert shown.alignment().documents == (alignment.a, alignment.b)  # type: ignore[union-attr]


def test_highlight_formats_differ_by_kind(shown: MainWindow, alignment: Alignment) -> None:
    browser = shown.pane_a.browser
    m1, m3 = alignment.match_by_id("m1"), alignment.match_by_id("m3")
    assert m1 is not None and m3 is not None

    def fmt_at(offset: int) -> tuple[str, int]:
        cursor = browser.textCursor()
        cursor.setPosition(offset + 1)
        f = cursor.charFormat()
        return f.background().color().name(), int(f.underlineStyle().value)

    claim, quote = fmt_at(m1.a.start), fmt_at(m3.a.start)
    plain = fmt_at(alignment.a.paragraphs[5].start)
    assert claim != quote != plain
    byline = alignment.a.boilerplate[0]
    cursor = browser.textCursor()
    cursor.setPosition(byline.start + 1)
    assert cursor.charFormat().foreground().color() != browser.palette().text().color()


def test_click_claim_brings_partner_into_view(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    m4 = alignment.match_by_id("m4")
    assert m4 is not None
    shown.set_sync_scrolling(False)
    shown.pane_b.browser.verticalScrollBar().setValue(0)
    assert not in_viewport(shown.pane_b, m4.b)
    with qtbot.waitSignal(shown.match_selected) as sig:
        click_span(qtbot, shown.pane_a, Span(m4.a.start, m4.a.start + 10))
    assert sig.args == ["m4"]
    assert in_viewport(shown.pane_b, m4.b)
    cur = shown.pane_b.browser.textCursor()
    assert (cur.selectionStart(), cur.selectionEnd()) == (m4.b.start, m4.b.end)
    assert shown.selection() == (m4.a, m4.b)
    with qtbot.waitSignal(shown.pane_b.selections.flash_timer.timeout, timeout=3000):
        assert shown.pane_b.selections.is_flashing()
    assert not shown.pane_b.selections.is_flashing()


def test_many_partners_cycle_and_menu(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    m1, m2 = alignment.match_by_id("m1"), alignment.match_by_id("m2")
    assert m1 is not None and m2 is not None
    target = Span(m1.a.start, m1.a.start + 5)  # "The t": the claim, not the date
    seen = []
    for _ in range(3):
        with qtbot.waitSignal(shown.match_selected) as sig:
            click_span(qtbot, shown.pane_a, target)
        seen.append(sig.args[0])
        assert in_viewport(shown.pane_b, (m1 if seen[-1] == "m1" else m2).b)
    assert seen == ["m1", "m2", "m1"]
    menu = shown.pane_a.pointer.partner_menu(shown.pane_a.matches_at(m1.a.start))
    labels = [a.text() for a in menu.actions()]
    assert len(labels) == 2 and "mutual defence treaty" in labels[0]
    with qtbot.waitSignal(shown.match_selected) as sig:
        menu.actions()[1].trigger()
    assert sig.args == ["m2"]
    menu.close()


def test_tooltip_names_kind_score_evidence_partner(shown: MainWindow, alignment: Alignment) -> None:
    from reader.ui.tooltips import match_tooltip

    found = shown.pane_a.matches_at(alignment.match_by_id("m3").a.start)  # type: ignore[union-attr]
    text = match_tooltip(found, alignment.b, "a")
    assert "Quote" in text and "0.95" in text and "breakthrough" in text and "In B" in text


def test_next_and_previous_match(shown: MainWindow, qtbot: QtBot) -> None:
    order = [m.id for m in shown.navigator.matches()]
    assert order[:2] == ["m1", "m2"]
    shown.setFocus()
    QTest.keyClick(shown, Qt.Key.Key_F8)
    assert shown.current_match() is not None
    first = shown.current_match().id  # type: ignore[union-attr]
    QTest.keyClick(shown, Qt.Key.Key_F8)
    second = shown.current_match().id  # type: ignore[union-attr]
    assert order.index(second) == order.index(first) + 1
    QTest.keyClick(shown, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown.current_match().id == order[order.index(second) + 1]  # type: ignore[union-attr]
    QTest.keyClick(shown, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert shown.current_match().id == second  # type: ignore[union-attr]
    QTest.keyClick(shown, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert shown.current_match().id == first  # type: ignore[union-attr]
    m = shown.current_match()
    assert m is not None and in_viewport(shown.pane_a, m.a) and in_viewport(shown.pane_b, m.b)


def test_dock_filters_and_row_jump(shown: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    dock = shown.dock
    assert len(dock.visible_ids()) == 6
    dock.kind_boxes["entity"].setChecked(False)
    dock.kind_boxes["number"].setChecked(False)
    assert sorted(dock.visible_ids()) == ["m1", "m2", "m3", "m4"]
    dock.slider.setValue(80)
    assert sorted(dock.visible_ids()) == ["m1", "m3"]
    assert dock.score_label.text() == "0.80"
    assert {m.id for m in shown.navigator.matches()} == {"m1", "m3"}
    dock.slider.setValue(0)
    row = dock.visible_ids().index("m4")
    shown.set_sync_scrolling(False)
    for pane in (shown.pane_a, shown.pane_b):
        pane.browser.verticalScrollBar().setValue(0)
    with qtbot.waitSignal(shown.match_selected) as sig:
        dock.table.selectRow(row)
    assert sig.args == ["m4"]
    m4 = alignment.match_by_id("m4")
    assert m4 is not None
    assert in_viewport(shown.pane_a, m4.a) and in_viewport(shown.pane_b, m4.b)


def test_synced_scrolling_and_toggle(shown: MainWindow, alignment: Alignment) -> None:
    a_bar = shown.pane_a.browser.verticalScrollBar()
    b_bar = shown.pane_b.browser.verticalScrollBar()
    assert shown.actions_.sync.isChecked()
    m3 = alignment.match_by_id("m3")
    assert m3 is not None
    # put A's quote at A's sync line: B's quote comes level with it
    target = a_bar.maximum() // 2
    a_bar.setValue(target)
    fraction = shown.pane_a.scroll_fraction()
    offset_a = shown.pane_a.offset_at_fraction(fraction)
    shown.pane_a.put_offset_at_fraction(m3.a.start, fraction)
    offset_a = shown.pane_a.offset_at_fraction(fraction)
    offset_b = shown.pane_b.offset_at_fraction(fraction)
    assert abs(offset_a - m3.a.start) < 80
    assert abs(offset_b - m3.b.start) < 120
    assert b_bar.value() > 0
    a_bar.setValue(0)
    assert b_bar.value() == 0
    a_bar.setValue(a_bar.maximum())
    assert b_bar.value() >= b_bar.maximum() - 30
    shown.actions_.sync.trigger()  # unlink
    assert not shown.actions_.sync.isChecked()
    before = b_bar.value()
    a_bar.setValue(a_bar.maximum() // 3)
    assert b_bar.value() == before
    shown.actions_.sync.trigger()  # relink: B catches up
    assert b_bar.value() != before


def test_link_map_band_click_selects_match(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    bands = shown.link_map.bands()
    assert bands, "bands for the visible matches"
    m1 = next(b for b in bands if b.match_id == "m1")
    x = shown.link_map.width() // 2
    y = round((m1.a_top + m1.a_bottom + m1.b_top + m1.b_bottom) / 4)
    with qtbot.waitSignal(shown.match_selected) as sig:
        QTest.mouseClick(shown.link_map, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert sig.args == ["m1"]
    m = alignment.match_by_id("m1")
    assert m is not None and shown.selection() == (m.a, m.b)


def test_link_map_only_visible_matches(shown: MainWindow) -> None:
    shown.set_sync_scrolling(False)
    ids = {b.match_id for b in shown.link_map.bands()}
    assert "m4" not in ids  # far down both articles
    shown.actions_.minor_links.setChecked(True)
    assert all(
        b.a_top >= 0 and b.b_bottom <= shown.link_map.height() for b in shown.link_map.bands()
    )


def test_overview_click_scrolls(shown: MainWindow, qtbot: QtBot) -> None:
    strip = shown.pane_a.overview
    qtbot.waitUntil(lambda: bool(strip.markers()))
    bar = shown.pane_a.browser.verticalScrollBar()
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(5, strip.height() - 2))
    assert bar.value() > bar.maximum() // 2


def test_swap_sides(shown: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    shown.opener.paths = ("/tmp/a.txt", "/tmp/b.txt")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.actions_.swap.trigger()
    assert shown.pane_a.browser.toPlainText() == alignment.b.text
    assert shown.paths() == ("/tmp/b.txt", "/tmp/a.txt")


def test_zoom_and_find(shown: MainWindow, qtbot: QtBot) -> None:
    size = shown.pane_a.browser.font().pointSizeF()
    shown.actions_.zoom_in.trigger()
    assert shown.pane_a.browser.font().pointSizeF() > size
    shown.actions_.zoom_out.trigger()
    assert shown.pane_a.browser.font().pointSizeF() == size
    shown.actions_.find.trigger()
    assert shown.find_bar.isVisible()
    QTest.keyClicks(shown.find_bar.field, "breakthrough")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)
    assert shown.pane_a.browser.textCursor().selectedText() == "breakthrough"
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Escape)
    assert not shown.find_bar.isVisible()


def test_find_counts_hits_and_goes_back_with_shift_enter(shown: MainWindow) -> None:
    text = shown.pane_a.browser.toPlainText()
    word = "the"
    hits = text.casefold().count(word)
    assert hits >= 3
    shown.actions_.find.trigger()
    QTest.keyClicks(shown.find_bar.field, word)
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)
    second = shown.pane_a.browser.textCursor().selectionStart()
    assert shown.find_bar.status.text() == f"2 of {hits} in A"
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert shown.pane_a.browser.textCursor().selectionStart() < second
    assert shown.find_bar.status.text() == f"1 of {hits} in A"


def test_find_says_where_it_found_nothing(shown: MainWindow) -> None:
    shown.actions_.find.trigger()
    QTest.keyClicks(shown.find_bar.field, "zebra crossing")
    QTest.keyClick(shown.find_bar.field, Qt.Key.Key_Return)
    assert shown.find_bar.status.text() == "Not found in A"


def test_every_action_in_a_menu_with_shortcut(shown: MainWindow) -> None:
    act = shown.actions_
    menus = [m.menu() for m in shown.menuBar().actions()]
    menu_actions = {a for m in menus if isinstance(m, QMenu) for a in m.actions()}
    for action in (
        act.open_pair,
        act.swap,
        act.next_match,
        act.prev_match,
        act.sync,
        act.zoom_in,
        act.zoom_out,
        act.find,
        act.quit,
    ):
        assert action in menu_actions
        assert not action.shortcut().isEmpty()
    assert [s.toString() for s in act.next_match.shortcuts()] == ["F8", "Alt+Down"]


def test_accessible_names(shown: MainWindow) -> None:
    for w in (
        shown.pane_a.browser,
        shown.pane_b.browser,
        shown.link_map,
        shown.dock.table,
        shown.pane_a.overview,
        shown.legend,
        shown.find_bar,
        shown.dock.slider,
        shown.session_controller.dock.table,
    ):
        assert w.accessibleName()


def test_geometry_and_splitter_restored(window: MainWindow, settings: object, qtbot: QtBot) -> None:
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.splitter.setSizes([250, 80, 300])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(settings=window.settings.store)
    qtbot.addWidget(again)
    again.show()
    assert again.size().width() == 700
    assert again.splitter.sizes() == sizes
    again.close()


def test_first_start_fits_a_small_screen(settings: QSettings, qtbot: QtBot) -> None:
    """Nothing saved: the window takes its usual 1400x900 only where the screen has room
    (the offscreen screen is 800x800), not a window hanging off a laptop's screen."""
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    assert free.width() < 1400 and free.height() < 900
    assert win.width() <= free.width() and win.height() <= free.height()
    assert win.width() >= free.width() * 0.9
    win.close()


def test_first_window_place() -> None:
    assert first_window_place(0, 0, 1366, 768) == (55, 38, 1256, 691)
    assert first_window_place(1920, 32, 1920, 1040) == (1920 + 260, 32 + 70, 1400, 900)
    assert first_window_place(0, 0, 0, 0) == (0, 0, 1400, 900)  # no screen known


def test_the_first_window_is_centred_on_the_screen(qtbot: QtBot, settings: QSettings) -> None:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    middle = win.frameGeometry().center()
    assert abs(middle.x() - free.center().x()) <= 20
    assert abs(middle.y() - free.center().y()) <= 30  # a title bar over the middle
    win.close()


def test_first_window_size() -> None:
    assert first_window_size(1920, 1040) == (1400, 900)
    assert first_window_size(1366, 768) == (1256, 691)
    assert first_window_size(0, 0) == (1400, 900)  # no screen known


def test_extension_points(shown: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDockWidget

    dock = QDockWidget("Notes", shown)
    shown.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    assert shown.dock_action(dock) in shown.actions_.view_menu.actions()
    assert shown.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_hover_tooltips(shown: MainWindow, alignment: Alignment, qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    band = next(b for b in shown.link_map.bands() if b.match_id == "m1")
    x = shown.link_map.width() // 2
    y = round((band.a_top + band.a_bottom + band.b_top + band.b_bottom) / 4)
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(x, y), shown.link_map.mapToGlobal(QPoint(x, y)))
    QApplication.sendEvent(shown.link_map, event)
    assert "Discrepancy: June 18 vs June 19" in QToolTip.text()
    QToolTip.hideText()

    m3 = alignment.match_by_id("m3")
    assert m3 is not None
    shown.pane_a.ensure_visible(m3.a)
    browser = shown.pane_a.browser
    cursor = browser.textCursor()
    cursor.setPosition(m3.a.start + 2)
    pos = browser.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos))
    QApplication.sendEvent(browser.viewport(), event)
    text = QToolTip.text()
    assert "Quote" in text and "0.95" in text and "In B" in text and "breakthrough" in text
    QToolTip.hideText()


def test_palette_change_rethemes(shown: MainWindow, alignment: Alignment) -> None:
    from PySide6.QtGui import QColor, QPalette

    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    cursor = shown.pane_a.browser.textCursor()
    cursor.setPosition(m1.a.start + 1)
    light = cursor.charFormat().background().color().lightness()
    dark = QPalette(shown.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    shown.setPalette(dark)
    shown.pane_a.loading.flush()  # a new theme is applied a slice at a time
    cursor = shown.pane_a.browser.textCursor()
    cursor.setPosition(m1.a.start + 1)
    assert cursor.charFormat().background().color().lightness() < light


def test_pointer_shows_highlights_are_clickable(shown: MainWindow, alignment: Alignment) -> None:
    browser = shown.pane_a.browser
    m1 = alignment.match_by_id("m1")
    assert m1 is not None
    cursor = browser.textCursor()
    cursor.setPosition(m1.a.start + 3)
    QTest.mouseMove(browser.viewport(), browser.cursorRect(cursor).center())
    assert browser.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    plain = alignment.a.paragraphs[5]
    cursor.setPosition(plain.start + 3)
    QTest.mouseMove(browser.viewport(), browser.cursorRect(cursor).center())
    assert browser.viewport().cursor().shape() == Qt.CursorShape.IBeamCursor


def test_zoom_stops_at_its_limits_and_reset_gives_the_default_size(shown: MainWindow) -> None:
    size = shown.pane_a.browser.font().pointSizeF()
    for _ in range(20):
        shown.zoom(-1)
    smallest = shown.pane_a.browser.font().pointSizeF()
    assert 0 < smallest < size and not shown.actions_.zoom_out.isEnabled()
    shown.actions_.zoom_reset.trigger()
    assert shown.pane_a.browser.font().pointSizeF() == size
    assert shown.actions_.zoom_out.isEnabled()


def test_zoom_restored_on_next_start(window: MainWindow, qtbot: QtBot) -> None:
    size = window.pane_a.browser.font().pointSizeF()
    window.actions_.zoom_in.trigger()
    window.actions_.zoom_in.trigger()
    window.close()
    again = MainWindow(settings=window.settings.store)
    qtbot.addWidget(again)
    assert again.pane_a.browser.font().pointSizeF() > size
    again.actions_.zoom_reset.trigger()
    assert again.pane_a.browser.font().pointSizeF() == size
    again.close()


def test_first_layout_gives_the_articles_most_of_the_height(
    qtbot: QtBot, settings: QSettings
) -> None:
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.dock.height() <= 0.35 * win.height())
    assert win.dock.height() >= 150
    assert win.splitter.height() > win.dock.height()
    win.shutdown()


def test_a_saved_layout_keeps_its_dock_height(qtbot: QtBot, settings: QSettings) -> None:
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    first.resize(1024, 640)
    first.show()
    qtbot.waitExposed(first)
    first.resizeDocks([first.dock], [360], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: abs(first.dock.height() - 360) < 40)
    first.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.dock.height() - first.dock.height()) < 40
    again.shutdown()


def test_both_leads_stay_in_view_when_b_opens_with_a_later_passage_of_a(
    window: MainWindow, qtbot: QtBot
) -> None:
    """B's first sentence matches a passage far down A: opening the pair (and any scroll
    event of B at its top) keeps A at its lead, not at that passage."""
    a, b = DocBuilder(), DocBuilder()
    a.add("A profile of the pin-up icon", "a_title")
    a.filler(8)
    a.add("She was the pin-up queen of the 1950s and died on Thursday.", "a_late")
    a.filler(8)
    b.add("The pin-up queen of the 1950s died on Thursday.", "b_first")
    b.filler(8)
    da, db = a.build("/tmp/a.txt", "Profile"), b.build("/tmp/b.txt", "Obituary")
    match = Match("m1", MatchKind.CLAIM, a.spans["a_late"], b.spans["b_first"], 0.9)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(Alignment(a=da, b=db, matches=(match,)))
    a_bar = window.pane_a.browser.verticalScrollBar()
    b_bar = window.pane_b.browser.verticalScrollBar()
    assert a_bar.maximum() > 0
    window.linker.pane_scrolled("b")  # what a layout change of B at its top sends
    assert (a_bar.value(), b_bar.value()) == (0, 0)


def test_the_view_menu_brings_a_dock_behind_another_tab_to_the_front(
    shown: MainWindow, qtbot: QtBot
) -> None:
    shown.dock.raise_()
    qtbot.waitUntil(lambda: not shown.dock_action(shown.quotes_dock).isChecked())
    shown.dock_action(shown.quotes_dock).trigger()
    qtbot.waitUntil(lambda: shown.dock_action(shown.quotes_dock).isChecked())
    assert not shown.dock_action(shown.dock).isChecked()  # now behind the Quotes tab
    focused = QApplication.focusWidget()
    assert focused is not None and shown.quotes_dock.isAncestorOf(focused)
    shown.dock_action(shown.quotes_dock).trigger()  # in front: the entry closes it
    assert not shown.quotes_dock.isVisible()


def test_tab_leaves_a_table_instead_of_walking_its_cells(shown: MainWindow) -> None:
    assert not shown.dock.table.tabKeyNavigation()


def test_empty_panes_say_how_to_open_a_pair(window: MainWindow) -> None:
    assert "Ctrl+O" in window.pane_a.browser.placeholderText()
    assert window.pane_b.browser.placeholderText()


def test_the_figures_in_dispute_stay_marked_inside_a_selected_match(
    shown: MainWindow, alignment: Alignment
) -> None:
    disputed = alignment.discrepancies[0]
    shown.select_match(disputed.match)
    browser = shown.pane_b.browser
    marked = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color())
        for s in browser.extraSelections()
    ]
    orange = Theme.from_palette(shown.pane_b.palette()).formats()[Layer.DISCREPANCY]
    assert (disputed.b.start, disputed.b.end, orange.background().color()) in marked
    assert marked[-1][:2] == (disputed.b.start, disputed.b.end)  # drawn over the match
    selection = browser.palette().color(QPalette.ColorRole.Highlight)
    assert 0 < selection.alpha() < 255  # the real selection lets it show through


def test_a_status_message_takes_the_whole_bar_while_it_shows(shown: MainWindow) -> None:
    shown.statusBar().showMessage("Claim match, score 0.98 · differs: June 18, 2024 vs June 19")
    assert not shown.counts.isVisible()


def test_the_counts_come_back_when_the_message_goes(shown: MainWindow) -> None:
    shown.statusBar().showMessage("Claim match, score 0.98")
    shown.statusBar().clearMessage()
    assert shown.counts.isVisible()


def test_showing_an_alignment_again_keeps_the_status_message(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """A redraw (after a note, a reject, a swap) once cleared whatever the bar said."""
    shown.statusBar().showMessage("Note deleted. Edit > Undo note change brings it back.")
    with qtbot.waitSignal(shown.alignment_finished):
        shown.show_alignment(alignment)
    assert shown.statusBar().currentMessage().startswith("Note deleted.")


def test_a_pair_matched_clears_its_aligning_message(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    b.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    with qtbot.waitSignal(window.alignment_finished, timeout=ALIGN_TIMEOUT):
        window.open_pair(str(a), str(b))
        assert window.statusBar().currentMessage().startswith("Aligning ")
    assert window.statusBar().currentMessage() == ""  # the counts show, not the cursor's place


def test_the_view_menu_puts_the_keyboard_in_the_matches_table(
    shown: MainWindow, qtbot: QtBot
) -> None:
    """View > Matches went to the Show box's hidden pop-up list (the first list in the
    panel), so the keyboard stayed where it was."""
    shown.quotes_dock.raise_()
    qtbot.waitUntil(lambda: not shown.dock_action(shown.dock).isChecked())
    shown.dock_action(shown.dock).trigger()
    qtbot.waitUntil(lambda: shown.dock_action(shown.dock).isChecked())
    assert QApplication.focusWidget() is shown.dock.table


def test_the_first_down_key_in_a_panel_reached_from_the_view_menu_chooses_its_first_row(
    shown: MainWindow, qtbot: QtBot
) -> None:
    """The table took the focus with its first row current but not chosen, so Down chose
    the second: a keyboard reader could only reach the first match by going back up."""
    shown.quotes_dock.raise_()
    qtbot.waitUntil(lambda: not shown.dock_action(shown.dock).isChecked())
    shown.dock_action(shown.dock).trigger()
    table = shown.dock.table
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
