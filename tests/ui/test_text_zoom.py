"""Zoom (reader/ui/text_zoom.py): the articles reach twice their starting size whatever
the system's font (they stopped 12 points over it: 26 of 14 points), and the panels and
the legend grow with them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from reader.ui.text_zoom import ZOOMED_PANEL_SHARE, restart_share, zoom_range, zoomed_share
from reader.ui.zoom_style import point_size
from tests.ui import font_fixtures
from tests.ui.session_fixtures import check_closed

pytestmark = pytest.mark.gui

app_font = font_fixtures.app_font


@pytest.fixture
def large_font(
    qtbot: QtBot, settings: QSettings, app_font: Callable[[int], None], alignment: Alignment
) -> Iterator[MainWindow]:
    """A window started with a 14 point system font, 1280x800, showing the alignment."""
    app_font(14)
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.alignment_finished):
        w.show_alignment(alignment)
    yield w
    check_closed(w)


def zoom_in_all_the_way(w: MainWindow) -> None:
    for _ in range(60):
        if not w.actions_.zoom_in.isEnabled():
            return
        w.actions_.zoom_in.trigger()
    raise AssertionError("Zoom in never stopped")


def size(widget: QWidget) -> float:
    return point_size(widget.font())


def test_the_range_reaches_twice_the_starting_size() -> None:
    assert zoom_range(9) == (-4, 12)
    assert zoom_range(14) == (-4, 14)
    assert zoom_range(20.5) == (-4, 21)


def test_a_14_point_article_zooms_to_twice_its_size(large_font: MainWindow) -> None:
    start = size(large_font.pane_a.browser)
    zoom_in_all_the_way(large_font)
    assert size(large_font.pane_a.browser) >= 2 * start
    assert size(large_font.pane_b.browser) >= 2 * start


def test_the_panels_and_the_legend_grow_with_the_articles(large_font: MainWindow) -> None:
    w = large_font
    followers = (w.dock.table, w.only_dock.table, w.quotes_dock, w.legend)
    before = [size(x) for x in followers]
    zoom_in_all_the_way(w)
    after = [size(x) for x in followers]
    assert all(a >= 2 * b for a, b in zip(after, before, strict=True))


def test_the_notes_panel_grows_too(large_font: MainWindow) -> None:
    notes = large_font.session_controller.dock
    before = size(notes)
    large_font.zoom(7)
    assert size(notes) == pytest.approx(before * 1.5)


def test_reset_zoom_gives_the_panels_the_systems_font_again(
    large_font: MainWindow, app_font: Callable[[int], None]
) -> None:
    large_font.zoom(5)
    large_font.actions_.zoom_reset.trigger()
    app_font(16)  # the desktop's font changed afterwards: the panels follow it
    QApplication.processEvents()
    assert size(large_font.dock.table) == 16


def test_zooming_out_makes_the_panels_smaller_too(large_font: MainWindow) -> None:
    before = size(large_font.dock.table)
    large_font.zoom(-2)
    assert size(large_font.dock.table) == pytest.approx(before * 12 / 14)


def test_the_titles_grow_with_the_articles_and_stay_level(large_font: MainWindow) -> None:
    w = large_font
    before = size(w.pane_a.title)
    w.zoom(7)
    assert size(w.pane_a.title) == pytest.approx(before * 1.5)
    assert size(w.pane_a.source) == size(w.pane_a.browser)
    assert w.pane_a.title.height() == w.pane_b.title.height()
    w.actions_.zoom_reset.trigger()
    assert size(w.pane_a.title) == pytest.approx(before)


# -- the rest of the window: kind boxes, panel tabs, tool bar, status bar, bars, rows


def panel_tabs(w: MainWindow) -> QTabBar:
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return next(b for b in w.findChildren(QTabBar, options=direct) if b.isVisible())


def the_rest(w: MainWindow) -> dict[str, QWidget]:
    """What stayed at the starting size while the articles and the panels grew."""
    return {
        "kind box": w.dock.kind_boxes["claim"],
        "panel tabs": panel_tabs(w),
        "tool button": w.toolbar.findChildren(QToolButton)[-1],
        "status bar": w.statusBar(),
        "match counts": w.counts,
        "notice": w.notice_bar,
        "find bar": w.find_bar,
    }


def test_the_rest_of_the_window_grows_with_the_articles(large_font: MainWindow) -> None:
    before = {name: size(x) for name, x in the_rest(large_font).items()}
    large_font.zoom(7)
    after = {name: size(x) for name, x in the_rest(large_font).items()}
    assert after == {name: pytest.approx(points * 1.5) for name, points in before.items()}


def test_reset_zoom_gives_the_rest_its_starting_size(large_font: MainWindow) -> None:
    before = {name: size(x) for name, x in the_rest(large_font).items()}
    large_font.zoom(7)
    large_font.actions_.zoom_reset.trigger()
    assert {name: size(x) for name, x in the_rest(large_font).items()} == before


def test_a_tab_bar_made_while_zoomed_is_zoomed(large_font: MainWindow) -> None:
    """Qt makes a tab bar, a child of the window, when panels are docked together again
    (after one floated): it takes the zoom as it is made."""
    w = large_font
    w.zoom(7)
    bar = QTabBar(w)
    bar.addTab("Notes")
    bar.show()
    assert size(bar) == pytest.approx(size(w.dock))


def test_the_rows_of_a_panels_table_grow_with_their_text(large_font: MainWindow) -> None:
    """The Matches table's rows stayed 22 pixels high: text of twice the size was cut."""
    table = large_font.dock.table
    zoom_in_all_the_way(large_font)
    assert table.rowHeight(0) > table.fontMetrics().height()


def test_the_panels_grow_with_the_zoom_and_get_their_height_back(
    large_font: MainWindow, qtbot: QtBot
) -> None:
    """At twice the size the panels kept their height: a table showed a row of matches."""
    w = large_font
    qtbot.waitUntil(lambda: w.panel_room.share is not None)
    start = w.dock.height()
    zoom_in_all_the_way(w)
    qtbot.waitUntil(lambda: w.dock.height() > start * 1.2)
    w.actions_.zoom_reset.trigger()
    qtbot.wait(500)
    assert w.dock.height() == start


def test_zoom_gives_the_panels_a_share_in_proportion_up_to_a_most() -> None:
    assert zoomed_share(0.2, 1.5) == pytest.approx(0.3)
    assert zoomed_share(0.3, 2.0) == ZOOMED_PANEL_SHARE
    assert zoomed_share(0.5, 2.0) == 0.5  # the reader's larger share stays


# -- the tick boxes' squares, the tool bar's icons, the panels' buttons


def square(box: QWidget) -> int:
    """The side of ``box``'s tick box square, as the style draws it."""
    return box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)


def tick_boxes(w: MainWindow) -> list[QCheckBox]:
    return [
        w.dock.kind_boxes["claim"],
        next(iter(w.only_dock.side_boxes.values())),
        next(iter(w.quotes_dock.side_boxes.values())),
    ]


def test_the_tick_boxes_squares_grow_with_the_zoom(large_font: MainWindow) -> None:
    """At twice the size their squares kept the style's pixels, a speck beside the name."""
    before = [square(box) for box in tick_boxes(large_font)]
    large_font.zoom(7)
    after = [square(box) for box in tick_boxes(large_font)]
    assert after == [round(side * 1.5) for side in before]
    large_font.actions_.zoom_reset.trigger()
    assert [square(box) for box in tick_boxes(large_font)] == before


def test_the_tool_bars_icons_grow_with_the_zoom(large_font: MainWindow) -> None:
    bar = large_font.toolbar
    button = bar.findChildren(QToolButton)[-1]
    before = bar.iconSize()
    large_font.zoom(7)
    assert bar.iconSize() == before * 1.5
    assert button.iconSize() == before * 1.5
    large_font.actions_.zoom_reset.trigger()
    assert bar.iconSize() == before


def test_a_panels_float_and_close_buttons_grow_with_the_zoom(
    large_font: MainWindow, qtbot: QtBot
) -> None:
    buttons = [
        button
        for name in ("qt_dockwidget_floatbutton", "qt_dockwidget_closebutton")
        if (button := large_font.dock.findChild(QAbstractButton, name)) is not None
    ]
    before = [b.height() for b in buttons]
    assert len(before) == 2
    zoom_in_all_the_way(large_font)
    qtbot.waitUntil(
        lambda: all(b.height() >= 1.5 * h for b, h in zip(buttons, before, strict=True))
    )


# -- a restart at a saved zoom


def share(w: MainWindow) -> float:
    """The panels' share of the height they and the articles have."""
    central = w.centralWidget()
    assert central is not None
    return w.dock.height() / (w.dock.height() + central.height())


def started(qtbot: QtBot, settings: QSettings) -> MainWindow:
    """A window on ``settings`` (1280x800 the first time; as it was left after that),
    shown and laid out."""
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    if settings.value("window/geometry") is None:
        w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.panel_room.share is not None)
    return w


def settled(qtbot: QtBot, w: MainWindow) -> float:
    """The panels' share once their height has stayed the same for 300 ms of the event
    loop running (two equal readings in a row could come before a laid-out window's
    deferred resize on a loaded machine)."""
    last = [w.dock.height(), time.monotonic()]

    def still() -> bool:
        height, now = w.dock.height(), time.monotonic()
        if height != last[0]:
            last[:] = [height, now]
        return now - last[1] >= 0.3

    qtbot.waitUntil(still, timeout=5000)
    return share(w)


def test_a_restart_at_a_saved_zoom_grows_the_panels_as_zooming_to_it_does(
    qtbot: QtBot, settings: QSettings
) -> None:
    """A layout saved at the starting size, the zoom at 122% (a run that ended without
    closing its window, say): the zoom came before the window had laid out its panels,
    which kept their height."""
    w = started(qtbot, settings)
    w.zoom(2)
    zoomed = settled(qtbot, w)
    w.actions_.zoom_reset.trigger()
    settled(qtbot, w)
    w.close()
    settings.setValue("view/zoom", 2)
    again = started(qtbot, settings)
    assert settled(qtbot, again) == pytest.approx(zoomed, abs=0.01)
    check_closed(again)


def test_reset_zoom_after_a_restart_gives_the_panels_their_starting_height(
    qtbot: QtBot, settings: QSettings
) -> None:
    """A layout saved at twice the size: Reset zoom had no starting height to go back to,
    and the panels stayed tall (they grew a little, as the bars above them shrank)."""
    w = started(qtbot, settings)
    start = settled(qtbot, w)
    zoom_in_all_the_way(w)
    settled(qtbot, w)
    w.close()
    again = started(qtbot, settings)
    assert again.zoom_level() > 0
    again.actions_.zoom_reset.trigger()
    assert settled(qtbot, again) == pytest.approx(start, abs=0.01)
    check_closed(again)


def test_a_restart_keeps_the_starting_height_through_another_restart(
    qtbot: QtBot, settings: QSettings
) -> None:
    w = started(qtbot, settings)
    start = settled(qtbot, w)
    w.zoom(7)
    settled(qtbot, w)
    w.close()
    for _ in range(2):
        w = started(qtbot, settings)
        settled(qtbot, w)
        w.close()
    w = started(qtbot, settings)
    w.actions_.zoom_reset.trigger()
    assert settled(qtbot, w) == pytest.approx(start, abs=0.01)
    check_closed(w)


def test_settings_of_an_older_crossread_give_at_most_the_first_starts_share() -> None:
    assert restart_share(0.25, 0.4, 0.3) == 0.25  # the one saved with the layout
    assert restart_share(None, 0.4, 0.3) == 0.3  # none saved: a layout saved zoomed
    assert restart_share(None, 0.2, 0.3) == 0.2  # the reader's smaller share stays


@pytest.mark.parametrize("stored", ["", "garbage", "0", "1.5", "nan", "-0.2"])
def test_a_saved_share_that_is_no_share_is_none(settings: QSettings, stored: str) -> None:
    settings.setValue("window/panel_share", stored)
    assert Settings(settings).panel_share() is None
