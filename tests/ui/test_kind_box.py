"""Tests of reader/ui/kind_box.py: the Matches panel's kind tick box, its colour painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kind_box import KindBox

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def box(qtbot: QtBot, panel: QWidget) -> KindBox:
    box = KindBox("Claims", "#2f7fd6", panel)
    QVBoxLayout(panel).addWidget(box)
    panel.show()
    qtbot.waitExposed(panel)
    return box


def test_its_stripe_is_its_kinds_colour(box: KindBox) -> None:
    picture = box.grab().toImage()
    assert QColor(picture.pixel(1, box.height() // 2)) == QColor("#2f7fd6")


def test_a_click_on_its_name_ticks_it(box: KindBox) -> None:
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 4, box.height() // 2))
    assert box.isChecked()


def test_it_takes_its_panels_font(box: KindBox, panel: QWidget) -> None:
    """With a style sheet for its stripe, it kept the font it started with."""
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    assert box.font().pointSizeF() == font.pointSizeF()
