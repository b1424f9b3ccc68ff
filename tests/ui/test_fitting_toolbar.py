"""The toolbar at large fonts and in narrow windows (reader.ui.fitting_toolbar): every
button stays on the bar, none behind the extension button (»), names shown when they fit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton

from reader.ui.main_window import MainWindow
from tests.ui import font_fixtures as fx
from tests.ui.font_fixtures import sized

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]

TEXT = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICON = Qt.ToolButtonStyle.ToolButtonIconOnly


def buttons(window: MainWindow) -> dict[str, QToolButton]:
    bar = window.toolbar
    found = {a.iconText(): bar.widgetForAction(a) for a in bar.actions() if not a.isSeparator()}
    return {name: b for name, b in found.items() if isinstance(b, QToolButton)}


def assert_all_on_the_bar(window: MainWindow) -> None:
    bar = window.toolbar
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    shown = buttons(window)
    assert len(shown) == 6
    for name, button in shown.items():
        assert button.isVisible(), name
        assert bar.rect().contains(button.geometry()), (name, button.geometry(), bar.rect())
        on_window = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert window.rect().contains(on_window), (name, on_window)


@pytest.mark.parametrize("points", [10, 12, 16, 18])
def test_every_button_is_on_the_bar(window_at: Start, points: int) -> None:
    """At 16 points in a 1024-pixel window, Find hid behind the » button."""
    assert_all_on_the_bar(window_at(points, 1024))


@pytest.mark.parametrize("points", [16, 18])
def test_every_button_stays_on_the_bar_when_the_font_grows(
    window: MainWindow, app_font: Callable[[int], None], points: int
) -> None:
    sized(window, 1024)
    app_font(points)
    sized(window, 1024)
    assert_all_on_the_bar(window)


def test_in_the_narrowest_window_every_button_is_on_the_bar(window_at: Start) -> None:
    window = window_at(10, 1024)
    sized(window, window.minimumSizeHint().width())
    assert_all_on_the_bar(window)


@pytest.mark.parametrize("width", [1024, 1400])
def test_names_are_shown_when_they_fit(window_at: Start, width: int) -> None:
    window = window_at(10, width)
    assert {b.toolButtonStyle() for b in buttons(window).values()} == {TEXT}


def test_a_button_without_its_name_keeps_it_in_the_tooltip_and_for_screen_readers(
    window_at: Start,
) -> None:
    shown = buttons(window_at(18, 1024))
    iconic = {name: b for name, b in shown.items() if b.toolButtonStyle() == ICON}
    assert iconic, "at 18 points some buttons show their icons alone"
    assert "Synced scrolling" not in iconic  # its chain link says least: named longest
    for name, button in iconic.items():
        said = QAccessible.queryAccessibleInterface(button)
        assert said is not None
        assert said.text(QAccessible.Text.Name) == name
        assert button.toolTip()
        assert not button.icon().isNull()


def test_names_come_back_when_the_font_shrinks(
    window_at: Start, app_font: Callable[[int], None]
) -> None:
    window = window_at(18, 1024)
    app_font(10)
    sized(window, 1024)
    assert {b.toolButtonStyle() for b in buttons(window).values()} == {TEXT}
