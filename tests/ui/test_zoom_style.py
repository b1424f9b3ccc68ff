"""Tests of reader/ui/zoom_style.py: tick boxes and a panel's buttons in proportion with
their text, the platform's style otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui import zoom_style
from reader.ui.zoom_style import ZoomStyle, text_factor

pytestmark = pytest.mark.gui

Metric = QStyle.PixelMetric


@pytest.fixture
def panel(qtbot: QtBot) -> QWidget:
    zoom_style.install()
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QCheckBox("Claims"))
    layout.addWidget(QRadioButton("Quotes"))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scaled(widget: QWidget, factor: float) -> None:
    font = QFont(QApplication.font(widget))
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def base(metric: QStyle.PixelMetric) -> int:
    """The platform style's size (the metric of no widget)."""
    return QApplication.style().pixelMetric(metric)


def test_the_application_keeps_its_platforms_style(qapp: QApplication) -> None:
    zoom_style.install()
    style = qapp.style()
    zoom_style.install()  # once only
    assert qapp.style() is style
    assert isinstance(style, ZoomStyle)
    base_style = style.baseStyle()
    assert not isinstance(base_style, ZoomStyle)
    styles = QStyleFactory.keys()  # the platform's and Qt's own
    assert base_style.name().lower() in [key.lower() for key in styles]


def test_a_tick_box_at_the_systems_size_keeps_the_styles_square(panel: QWidget) -> None:
    """As in the menus and the dialogs, which keep the system's font."""
    box = panel.findChild(QCheckBox)
    assert box is not None
    assert box.style().pixelMetric(Metric.PM_IndicatorWidth, None, box) == base(
        Metric.PM_IndicatorWidth
    )


def test_a_tick_box_in_twice_the_text_has_twice_the_square(panel: QWidget) -> None:
    box = panel.findChild(QCheckBox)
    assert box is not None
    before = box.sizeHint().height()
    scaled(panel, 2)
    for metric in (Metric.PM_IndicatorWidth, Metric.PM_IndicatorHeight):
        assert box.style().pixelMetric(metric, None, box) == 2 * base(metric)
    assert box.sizeHint().height() >= 2 * base(Metric.PM_IndicatorHeight) > before


def test_a_radio_buttons_circle_grows_too(panel: QWidget) -> None:
    button = panel.findChild(QRadioButton)
    assert button is not None
    scaled(panel, 1.5)
    metric = Metric.PM_ExclusiveIndicatorWidth
    assert button.style().pixelMetric(metric, None, button) == round(1.5 * base(metric))


def test_smaller_text_keeps_the_styles_square(panel: QWidget) -> None:
    """A zoom out leaves a tick box as large as the platform draws it."""
    box = panel.findChild(QCheckBox)
    assert box is not None
    scaled(panel, 0.6)
    assert text_factor(box) == 1.0
    assert box.style().pixelMetric(Metric.PM_IndicatorWidth, None, box) == base(
        Metric.PM_IndicatorWidth
    )


def test_other_sizes_are_the_styles(panel: QWidget) -> None:
    scaled(panel, 2)
    box = panel.findChild(QCheckBox)
    assert box is not None
    for metric in (Metric.PM_SmallIconSize, Metric.PM_ToolBarIconSize, Metric.PM_ButtonMargin):
        assert box.style().pixelMetric(metric, None, box) == base(metric)
