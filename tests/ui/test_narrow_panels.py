"""The panels' rows of controls in a narrow panel (floated, docked at a side, a small
window): the controls wrap onto more lines, each whole inside the panel, and the Matches
panel's filter box keeps room to type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from reader.ui.main_window import MainWindow
from tests.ui import font_fixtures as fx
from tests.ui.font_fixtures import sized

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]
ROOM_TO_TYPE = 120  # pixels: a word or two beside the clear button


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


D = TypeVar("D", bound=QDockWidget)


def floated(dock: D, width: int) -> D:
    dock.setFloating(True)
    dock.show()
    dock.resize(width, 300)
    settle()
    return dock


def on(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def assert_whole_in(controls: list[QWidget], dock: QDockWidget) -> None:
    """Each control shown, as wide as it needs at least, and inside the panel."""
    for control in controls:
        name = control.accessibleName() or type(control).__name__
        assert control.isVisible(), name
        assert control.width() >= control.minimumSizeHint().width(), name
        assert dock.rect().contains(on(control, dock)), (name, on(control, dock), dock.rect())


def filter_box_has_room(window: MainWindow) -> None:
    dock = window.dock
    box, row = dock.words.edit, dock.filter_row
    assert box.isVisible()
    assert row.rect().contains(on(box, row)), (on(box, row), row.rect())
    assert dock.rect().contains(on(box, dock))
    assert box.width() >= ROOM_TO_TYPE, box.width()


def matches_controls(window: MainWindow) -> list[QWidget]:
    dock = window.dock
    boxes: list[QWidget] = list(dock.kind_boxes.values())
    return [*boxes, dock.words.edit, dock.show_box, dock.slider, dock.score_label]


@pytest.mark.parametrize("width", [420, 360])
def test_the_filter_box_has_room_in_a_floated_panel(shown: MainWindow, width: int) -> None:
    """At 420 pixels the box was 72 pixels wide, at 376 (the least) 28: 'Fi…'."""
    dock = floated(shown.dock, width)
    assert dock.width() == width  # the row does not hold the panel wider
    filter_box_has_room(shown)
    assert_whole_in(matches_controls(shown), dock)
    assert len(dock.filter_row.lines()) > 1


def test_the_filter_box_keeps_its_room_with_words_typed(shown: MainWindow) -> None:
    dock = floated(shown.dock, 360)
    dock.words.edit.setText("treaty")
    dock.words.flush()
    settle()
    assert dock.words.shown.isVisible()  # "2 of 6" beside the box
    filter_box_has_room(shown)
    assert dock.rect().contains(on(dock.words.shown, dock))


def test_the_filter_box_has_room_docked_at_a_side(shown: MainWindow) -> None:
    sized(shown, 800)
    shown.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, shown.dock)
    shown.resizeDocks([shown.dock], [420], Qt.Orientation.Horizontal)
    settle()
    assert shown.dock.width() <= 430
    filter_box_has_room(shown)
    assert_whole_in(matches_controls(shown), shown.dock)


def test_the_filter_box_has_room_in_a_640_pixel_window(shown: MainWindow) -> None:
    sized(shown, 640)
    assert shown.width() == 640
    filter_box_has_room(shown)
    assert_whole_in(matches_controls(shown), shown.dock)


def test_a_wide_panel_keeps_its_filters_on_one_line(shown: MainWindow) -> None:
    sized(shown, 1400)
    assert len(shown.dock.filter_row.lines()) == 1


def test_the_quotes_tick_boxes_wrap_in_a_360_pixel_panel(shown: MainWindow) -> None:
    """The four boxes on one line held the floated panel 383 pixels wide."""
    quotes = shown.quotes_dock
    dock = floated(quotes, 360)
    assert dock.width() == 360
    boxes: list[QWidget] = [*quotes.side_boxes.values(), quotes.unshared_box, quotes.terms_box]
    assert_whole_in([*boxes, quotes.count_label], dock)


def test_the_only_in_one_controls_fit_a_360_pixel_panel(shown: MainWindow) -> None:
    only = shown.only_dock
    dock = floated(only, 360)
    assert dock.width() == 360
    assert_whole_in([*only.side_boxes.values(), only.count_label], dock)


def test_a_tab_behind_another_fits_its_controls_to_a_new_font(
    window_at: Start, app_font: Callable[[int], None]
) -> None:
    """The desktop's font made larger while the Quotes tab is behind the Matches tab."""
    window = window_at(10, 800)
    window.dock.raise_()
    settle()
    app_font(20)
    settle()
    quotes = window.quotes_dock
    quotes.raise_()
    settle()
    boxes: list[QWidget] = [*quotes.side_boxes.values(), quotes.unshared_box, quotes.terms_box]
    assert_whole_in([*boxes, quotes.count_label], quotes)
    rects = [on(box, quotes) for box in boxes]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
