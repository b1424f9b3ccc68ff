"""The Matches dock's Min score slider (reader.ui.score_slider): its groove and handle are
seen in light, dark and high-contrast palettes. The checks read the pixels it paints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from reader.ui.matches_dock import MatchesDock
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette

pytestmark = pytest.mark.gui


def handle_rect(slider: QSlider) -> QRect:
    """Where the style puts the handle: where a click grabs it."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return slider.style().subControlRect(
        QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider
    )


def visible(image: QImage, area: QRect, ground: QColor) -> int:
    """How many pixels of ``area`` stand out from ``ground`` by 3:1 or more."""
    area = area.intersected(image.rect())
    return sum(
        contrast(image.pixelColor(x, y), ground) >= LINE_CONTRAST
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


@pytest.fixture
def dock(qtbot: QtBot) -> MatchesDock:
    widget = MatchesDock()
    qtbot.addWidget(widget)
    widget.resize(900, 200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", list(PALETTES))
def test_groove_and_handle_stand_out_from_the_window(dock: MatchesDock, name: str) -> None:
    colours = PALETTES[name]
    if colours is not None:
        dock.setPalette(palette(colours))
    slider = dock.slider
    slider.setValue(30)
    window = slider.palette().color(QPalette.ColorRole.Window)
    image = slider.grab().toImage()
    handle = handle_rect(slider)
    # the groove right of the handle (the part not filled in the selection colour)
    rest = QRect(handle.right() + 8, 0, slider.width() - handle.right() - 16, slider.height())
    # an edge all round the handle; the groove's edges, or its fill, all along it
    seen = {"handle": visible(image, handle, window), "groove": visible(image, rest, window)}
    assert seen["handle"] >= handle.height() and seen["groove"] >= rest.width(), seen


def test_the_slider_still_moves_from_the_keyboard_and_the_mouse(
    dock: MatchesDock, qtbot: QtBot
) -> None:
    slider = dock.slider
    slider.setFocus()
    QTest.keyClick(slider, Qt.Key.Key_PageUp)
    assert slider.value() == slider.pageStep()
    assert dock.score_label.text() == f"{slider.pageStep() / 100:.2f}"
    start = handle_rect(slider).center()
    QTest.mousePress(slider, Qt.MouseButton.LeftButton, pos=start)
    end = start + QPoint(slider.width() // 2, 0)
    QTest.mouseMove(slider, end)
    QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=end)
    assert slider.value() > 40
