"""View > Zoom in, Zoom out, Reset zoom (and Ctrl+wheel, reader.ui.wheel_zoom): the text
of both articles a point larger or smaller a step, and the panels' and the legend's text
in proportion.

Zoom went up to 12 points over the starting size whatever that was, so with a 14 point
system font the articles could not reach twice their size (WCAG 1.4.4 asks 200%), and
only the articles grew: the tables, the notes and the legend, text a reader who needs
large text needs as much, stayed small. Now the top step is at least twice the starting
size, and the panels (their tables, boxes and notes: the docks' fonts) and the legend
above the articles grow by the same factor as the articles; back at the starting size
they follow the system's font again.

The rest of the window stayed small: the tabs naming the panels (bars Qt makes and
remakes as panels are docked together), the tool bar's buttons, the status bar, the
notice and the find bar. They grow by the same factor now, and a tab bar Qt makes later
takes the zoom's font as it is made. The panels below the articles keep their height,
so at twice the size a table showed a row and the notes' empty list half its hint: they
grow with the text now, to at most ZOOMED_PANEL_SHARE of the height the articles and
they share, and Reset zoom gives them back the height they had. The menu bar stays at
the system's size, as its menus and the window's dialogs do (but the note dialog, which
follows its panel).

A zoom saved in the settings was applied before the window had laid out its panels: a
restart at twice the size left them as the saved layout had them, and Reset zoom, with
no starting height to go back to, left them so too. The panels' starting height is now
their share of the room at the starting size (``starting_share``), saved with the
layout; a restart at a saved zoom gives them, once the window is laid out, the share
zooming to it in a running window gives, and Reset zoom gives back the starting one.
Settings saved before there was one: the share the restored layout has, at most the
first start's (``restart_share``). The tool bar's icons grow with the text too, and the
tick boxes' squares and the panels' float and close buttons with their panel's text
(reader.ui.zoom_style).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar, QToolBar, QWidget

from reader.ui import zoom_style
from reader.ui.first_layout import first_panel_height
from reader.ui.zoom_style import point_size, refit_title_buttons

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

# steps below the starting size (5 points at 9); above it, up to twice that size and at
# least 12 steps (21 points at 9)
ZOOM_OUT_STEPS = 4
ZOOM_IN_STEPS = 12
# the most of the height they share with the articles that zoom gives the panels below
# them (a reader's larger share stays): at twice the size in a 1280x800 window, three
# rows of a table, the articles nine lines
ZOOMED_PANEL_SHARE = 0.4


def zoomed_share(share: float, factor: float) -> float:
    """The panels' share of the height at ``factor`` times the size, from ``share`` at
    the starting size: in proportion, up to ZOOMED_PANEL_SHARE."""
    return max(share, min(share * factor, ZOOMED_PANEL_SHARE))


def restart_share(saved: float | None, laid_out: float, first: float) -> float:
    """The panels' share at the starting size after a restart at a saved zoom: the one
    ``saved`` with the layout, else (settings saved before there was one) the share they
    were ``laid_out`` with, at most the ``first`` start's."""
    return saved if saved is not None else min(laid_out, first)


def zoom_range(start: float) -> tuple[int, int]:
    """The zoom steps allowed, one point each, for text that starts at ``start`` points:
    from ZOOM_OUT_STEPS below to twice ``start`` (ZOOM_IN_STEPS at least)."""
    return -ZOOM_OUT_STEPS, max(ZOOM_IN_STEPS, math.ceil(start))


class TextZoom(QObject):
    """The window's zoom level (steps of a point from the articles' starting size)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.level = 0
        self.start = point_size(window.pane_a.browser.font())
        self.range = zoom_range(self.start)
        self._share: float | None = None  # the panels', at the starting size
        zoom_style.install()  # tick boxes and panel buttons in proportion with their text
        window.installEventFilter(self)
        window.panel_room.settled.connect(self._laid_out)

    def factor(self) -> float:
        """How many times its starting size the articles' text is."""
        return (self.start + self.level) / self.start

    def zoom(self, steps: int) -> None:
        """Zoom by ``steps`` within ``range``: past its ends the text would stop changing
        while the count went on, and Reset zoom would then miss the starting size."""
        w = self._window
        low, high = self.range
        level = max(low, min(high, self.level + steps))
        steps, self.level = level - self.level, level
        w.settings.set_zoom(level)
        w.actions_.zoom_in.setEnabled(level < high)
        w.actions_.zoom_out.setEnabled(level > low)
        if steps:
            if level == steps:  # from the starting size: the panels' height then
                self._share = w.panel_room.share  # None before the window is laid out
            w.pane_a.zoom(steps)
            w.pane_b.zoom(steps)
            self.scale_panels()
            # once the window is laid out in the new size: the room the panels share
            QTimer.singleShot(0, self, self._panels_height)

    def starting_share(self) -> float | None:
        """The panels' share of the room at the starting size (None: not known yet),
        saved with the window's layout."""
        return self._share if self.level != 0 else self._window.panel_room.share

    def _laid_out(self) -> None:
        """The window has laid out its panels: a zoom set before (a restart at a saved
        zoom) takes their starting share now and grows them as zooming to it in a
        running window does."""
        w = self._window
        laid_out, room = w.panel_room.share, w.panel_room.room()
        if self.level == 0 or self._share is not None or laid_out is None or room <= 0:
            return
        first = first_panel_height(w.height()) / room
        self._share = restart_share(w.settings.panel_share(), laid_out, first)
        self._panels_height()

    def _panels_height(self) -> None:
        """The panels' share of the height for the zoom: grown with the text, else as
        it was at the starting size."""
        room, share = self._window.panel_room, self._share
        if share is None:
            return
        if self.level <= 0:
            room.give_share(share)
            return
        grown = zoomed_share(share, self.factor())
        if room.share is None or grown > room.share:
            room.give_share(grown)

    def followers(self) -> list[QWidget]:
        """What grows with the articles: every panel, docked or floating, and their tab
        bars; the legend and the note beside it, the notice above the articles and the
        find bar below them; the tool bars and the status bar."""
        w = self._window
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        return [
            *w.findChildren(QDockWidget),
            *w.findChildren(QTabBar, options=direct),  # the panels' tabs
            *w.findChildren(QToolBar),
            w.statusBar(),
            w.legend,
            w.filter_note,
            w.notice_bar,
            w.find_bar,
        ]

    def scale_panels(self) -> None:
        """The panels' and the bars' text at the articles' factor (the system's font
        again at the starting size)."""
        for widget in self.followers():
            self.scale(widget)

    def scale(self, widget: QWidget) -> None:
        """``widget``'s text at the articles' factor (and a tool bar's icons)."""
        if isinstance(widget, QToolBar):  # before its font: it fits its buttons to both
            widget.setIconSize(self.icon_size())
        if self.level == 0:
            widget.setFont(QFont())  # inherit again: a new system font reaches it
        else:
            font = QFont(QApplication.font(widget))
            font.setPointSizeF(point_size(font) * self.factor())
            widget.setFont(font)
        if isinstance(widget, QDockWidget):
            refit_title_buttons(widget)

    def icon_size(self) -> QSize:
        """The tool bar's icons: the style's size times the factor (never smaller; an
        empty size, the style's, at the starting size)."""
        if self.level <= 0:
            return QSize()
        side = round(self._window.iconSize().width() * self.factor())
        return QSize(side, side)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tab bar Qt makes for panels docked together (again) takes the zoom."""
        if (
            event.type() == QEvent.Type.ChildPolished
            and isinstance(event, QChildEvent)
            and isinstance(bar := event.child(), QTabBar)
            and self.level != 0
        ):
            self.scale(bar)
        return super().eventFilter(watched, event)
