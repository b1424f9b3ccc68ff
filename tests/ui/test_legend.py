"""The legend above the panes (reader.ui.legend): every entry whole and inside the window at
large fonts, wrapping between entries, and its words in the colours of its palette."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QTextLine
from PySide6.QtWidgets import QApplication

from reader.ui.highlights import LABELS
from reader.ui.legend import Legend
from reader.ui.main_window import MainWindow
from tests.ui import font_fixtures as fx
from tests.ui.font_fixtures import sized
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]


def x_at(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # PySide6: (x, the position)
    assert isinstance(found, tuple)
    return float(found[0])


def entries(legend: Legend) -> dict[str, tuple[QRectF, int, int]]:
    """Each entry's name: where it is drawn in the legend, and the lines it starts and
    ends on."""
    doc = legend._doc
    text = doc.toPlainText()
    block = doc.firstBlock()
    lines = block.layout()
    top_left = doc.documentLayout().blockBoundingRect(block).topLeft()
    out = {}
    for label in LABELS.values():
        start = text.index(label)
        end = start + len(label)
        first, last = lines.lineForTextPosition(start), lines.lineForTextPosition(end)
        x0, x1 = x_at(first, start), x_at(last, end)
        box = QRectF(x0, first.y(), x1 - x0, first.height()).translated(top_left)
        out[label] = (box, first.lineNumber(), last.lineNumber())
    return out


def assert_every_entry_inside(window: MainWindow) -> None:
    legend = window.legend
    assert legend.isVisible()
    for label, (box, first, last) in entries(legend).items():
        assert first == last, f"{label!r} is broken over two lines"
        shown = box.toAlignedRect()
        assert legend.rect().contains(shown), (label, shown, legend.rect())
        on_window = QRect(legend.mapTo(window, shown.topLeft()), shown.size())
        assert window.rect().contains(on_window), (label, on_window, window.rect())


@pytest.mark.parametrize("points", [10, 12, 16, 18])
def test_every_entry_lies_inside_the_window(window_at: Start, points: int) -> None:
    """At 16 points in a 1024-pixel window, 'Boilerplate' was cut off at the right."""
    assert_every_entry_inside(window_at(points, 1024))


@pytest.mark.parametrize("points", [16, 18])
def test_the_legend_follows_the_font_as_it_changes(
    window: MainWindow, app_font: Callable[[int], None], points: int
) -> None:
    """It kept the size of the font it was built with."""
    sized(window, 1024)
    before = max(box.height() for box, _, _ in entries(window.legend).values())
    app_font(points)
    sized(window, 1024)
    after = max(box.height() for box, _, _ in entries(window.legend).values())
    assert after > before
    assert_every_entry_inside(window)


def test_a_narrow_legend_wraps_and_takes_the_height_of_its_lines(window_at: Start) -> None:
    window = window_at(16, 1024)
    legend = window.legend
    found = entries(legend)
    assert max(last for _, _, last in found.values()) >= 1, "one line would not hold them all"
    bottom = max(box.bottom() for box, _, _ in found.values())
    assert legend.height() >= bottom
    # the panes start below it
    assert window.splitter.geometry().top() >= legend.geometry().bottom()


def test_the_legend_is_no_narrower_than_its_widest_entry(qapp: QApplication) -> None:
    legend = Legend()
    widest = max(box.width() for box, _, _ in entries(legend).values())
    assert legend.minimumSizeHint().width() >= widest
    assert legend.heightForWidth(legend.minimumSizeHint().width()) > legend.sizeHint().height()


@pytest.mark.parametrize("name", ["dark", "high contrast"])
def test_the_word_legend_is_drawn_in_the_window_text_colour(window: MainWindow, name: str) -> None:
    """It was drawn in the application's text colour: black on a dark window."""
    colours = PALETTES[name]
    assert colours is not None
    window.setPalette(palette(colours))
    legend = window.legend
    lines = legend._doc.firstBlock().layout()
    first = lines.lineAt(0)
    margin = int(legend._doc.documentMargin())
    word = QRect(QPoint(margin, margin), QPoint(int(x_at(first, len("Legend:"))), margin))
    word.setHeight(int(first.height()))
    image = legend.grab(word).toImage()
    ground = QColor(colours[next(iter(colours))])  # Window comes first
    seen = sum(
        contrast(image.pixelColor(x, y), ground) >= LINE_CONTRAST
        for x in range(image.width())
        for y in range(image.height())
    )
    assert seen >= 30, seen
