"""The Matches panel's filter row and the status bar's counts at large fonts in a
1024-pixel window: the row wraps onto two lines rather than holding the window wide, and
the counts drop their tail, whole parts at a time, rather than being cut mid-word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.counts_label import SEPARATOR, shortened
from reader.ui.main_window import MainWindow
from reader.ui.messages import status_summary
from tests.ui import font_fixtures as fx

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]


def filter_controls(window: MainWindow) -> list[QWidget]:
    dock = window.dock
    boxes: list[QWidget] = list(dock.kind_boxes.values())
    return [*boxes, dock.words.edit, dock.show_box, dock.slider, dock.score_label]


def on(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("points", [10, 12, 16, 18])
def test_the_filter_row_fits_a_1024_pixel_window(window_at: Start, points: int) -> None:
    """At 18 points the row needed 1069 pixels: the window could not be under 1077."""
    window = window_at(points, 1024)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024
    dock = window.dock
    for control in filter_controls(window):
        name = control.accessibleName() or type(control).__name__
        assert control.isVisible(), name
        assert control.width() >= control.minimumSizeHint().width(), name
        assert dock.rect().contains(on(control, dock)), (name, on(control, dock), dock.rect())
        assert window.rect().contains(on(control, window)), name
    assert dock.slider.width() >= dock.slider.sizeHint().width()  # room to drag


def test_the_row_wraps_only_when_it_must(window_at: Start) -> None:
    assert len(window_at(10, 1024).dock.filter_row.lines()) == 1
    assert len(window_at(18, 1024).dock.filter_row.lines()) > 1


def test_wrapped_controls_keep_their_tab_order_and_names(window_at: Start) -> None:
    dock = window_at(18, 1024).dock
    controls = [*dock.kind_boxes.values(), dock.words.edit, dock.show_box, dock.slider]
    chain: list[QWidget] = []
    widget: QWidget | None = controls[0]
    while widget is not None and len(chain) < len(controls):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == controls
    assert [c.accessibleName() for c in controls] == [
        "Show claim matches",
        "Show quote matches",
        "Show entity matches",
        "Show number matches",
        "Filter matches",
        "Which matches to show",
        "Minimum score",
    ]


def test_the_counts_drop_their_tail_whole_at_18_points(
    window_at: Start, alignment: Alignment, qtbot: QtBot
) -> None:
    """At 18 points the line was cut at the right: '... (semar'."""
    window = window_at(18, 1024)
    aligned = replace(alignment, method="semantic", timing_ms={"align": 1234.0})
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(aligned)
    fx.sized(window, 1024)
    counts = window.counts
    full = status_summary(aligned)
    shown = counts.text()
    assert "3 claims" in shown
    assert "1 discrepancy" in shown  # only the timing had to go
    room = counts.contentsRect().width()
    assert counts.fontMetrics().horizontalAdvance(shown) <= room, (shown, room)
    assert window.rect().contains(on(counts, window))
    assert shown != full and shown.endswith(" …")
    assert full.startswith(shown.removesuffix(" …") + SEPARATOR)  # whole parts, none cut
    assert counts.toolTip() == full


def test_the_counts_show_whole_when_there_is_room(
    window_at: Start, alignment: Alignment, qtbot: QtBot
) -> None:
    window = window_at(10, 1024)
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(alignment)
    fx.sized(window, 1024)
    assert window.counts.text() == status_summary(alignment)


def test_shortened_keeps_the_first_part_however_narrow() -> None:
    text = SEPARATOR.join(["3 claims", "1 quote", "aligned in 9 ms (test)"])
    assert shortened(text, lambda t: len(t) <= 20) == "3 claims · 1 quote …"
    assert shortened(text, lambda _t: False) == "3 claims …"
    assert shortened(text, lambda _t: True) == text
