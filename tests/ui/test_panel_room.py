"""The panels below the articles share a change of the window's height with the articles
(reader/ui/panel_room.py): Qt's main window gave it all to the articles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.main_window import MainWindow
from reader.ui.panel_room import panel_height
from tests.ui import resize_fixtures as rf
from tests.ui.resize_fixtures import Sized, settle

pytestmark = pytest.mark.gui

window, sized = rf.window, rf.sized


def panels(window: MainWindow) -> int:
    return window.dock.height()


def room(window: MainWindow) -> int:
    """The height the articles (with the legend above them) and the panels share."""
    central = window.centralWidget()
    assert central is not None
    return central.height() + panels(window)


def test_a_shorter_window_takes_height_from_the_panels_in_proportion(
    window: MainWindow, sized: Sized
) -> None:
    """1400x900 made 1400x700: the panels kept their 225 pixels, the articles lost all 200."""
    share = panels(window) / room(window)
    sized(1400, 700)
    assert panels(window) / room(window) == pytest.approx(share, abs=0.01)


def test_the_panels_get_their_height_back_when_the_window_does(
    window: MainWindow, sized: Sized
) -> None:
    before = panels(window)
    sized(1024, 640)
    sized(1400, 900)
    assert abs(panels(window) - before) <= 1


def test_panels_at_their_smallest_get_their_height_back_too(
    window: MainWindow, sized: Sized
) -> None:
    """A window too short for the panels' share: Qt holds them at their least height, and
    the window made tall again still gives them the share they had."""
    before = panels(window)
    sized(1200, 420)
    sized(1400, 900)
    assert abs(panels(window) - before) <= 1


def test_the_height_the_reader_gives_the_panels_is_the_share_kept(
    window: MainWindow, sized: Sized
) -> None:
    """The reader drags the separator (resizeDocks does what the drag does), then the
    window is made shorter: the panels keep the share the reader gave them."""
    window.resizeDocks([window.dock], [400], Qt.Orientation.Vertical)
    settle()
    share = panels(window) / room(window)
    assert share > 0.4
    sized(1400, 760)
    assert panels(window) / room(window) == pytest.approx(share, abs=0.01)


def test_a_change_of_width_leaves_the_panels_alone(window: MainWindow, sized: Sized) -> None:
    before = panels(window)
    sized(1100, 900)
    assert panels(window) == before


def test_closed_panels_stay_closed_through_a_resize(window: MainWindow, sized: Sized) -> None:
    window.panels.set_open(False)
    settle()
    sized(1400, 600)
    assert window.dock.isHidden()
    assert not window.panels.action.isChecked()


def test_the_share_is_rounded_to_whole_pixels() -> None:
    assert panel_height(0.25, 602) == 150
    assert panel_height(0.0, 500) == 0


def test_the_notes_panel_in_front_shares_the_change_too(window: MainWindow, sized: Sized) -> None:
    """The Notes panel is added after the others, by the session controller."""
    notes = window.session_controller.dock
    notes.raise_()
    settle()
    central = window.centralWidget()
    assert central is not None
    share = notes.height() / (notes.height() + central.height())
    sized(1400, 700)
    assert notes.height() / (notes.height() + central.height()) == pytest.approx(share, abs=0.01)
