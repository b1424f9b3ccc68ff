"""A palette set on the window reaches every widget of it: the Matches panel's kind
boxes (which have a style sheet), the panels floated, the dialogs opened from it; and
placeholder text reaches AA contrast on its field in every palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QWidget

from reader.ui.window_palette import readable_placeholders
from tests.ui.palette_fixtures import DARK, PALETTES, TEXT_CONTRAST, contrast, palette

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

R = QPalette.ColorRole


def painted(window: MainWindow, name: str) -> MainWindow:
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    return window


def ground_of(box: QCheckBox) -> QWidget:
    """The widget that paints the ground under ``box``: its parent."""
    parent = box.parentWidget()
    assert parent is not None
    return parent


def label_contrast(box: QCheckBox) -> float:
    """The label's colour on the ground its parent paints under it."""
    ground = ground_of(box).palette().color(R.Window)
    return contrast(box.palette().color(R.WindowText), ground)


def drawn(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as painted over ``ground``."""
    a = colour.alphaF()
    return QColor(
        round(ground.red() + (colour.red() - ground.red()) * a),
        round(ground.green() + (colour.green() - ground.green()) * a),
        round(ground.blue() + (colour.blue() - ground.blue()) * a),
    )


def placeholder_contrast(colours: QPalette) -> float:
    base = colours.color(R.Base)
    return contrast(drawn(colours.color(R.PlaceholderText), base), base)


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_kind_labels_are_readable_in_every_palette(window: MainWindow, name: str) -> None:
    painted(window, name)
    for box in window.dock.kind_boxes.values():
        assert label_contrast(box) >= TEXT_CONTRAST, box.text()


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_kind_labels_are_drawn_readable(
    window: MainWindow, name: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The grab, not only the palette: the inkiest pixel of "Claims" on the ground the
    panel paints."""
    painted(window, name)
    box = window.dock.kind_boxes["claim"]
    row = ground_of(box)
    image = row.grab().toImage()
    image.save(str(tmp_path_factory.mktemp("grabs") / f"claims_{name}.png"))
    ground = row.palette().color(R.Window)
    place = box.geometry()
    label_from = place.left() + place.width() // 2  # past the mark and the tick
    inks = (
        image.pixelColor(x, y)
        for x in range(label_from, place.right())
        for y in range(place.top(), place.bottom())
    )
    assert max(contrast(ink, ground) for ink in inks) >= TEXT_CONTRAST


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_filter_placeholder_is_readable_in_every_palette(window: MainWindow, name: str) -> None:
    painted(window, name)
    assert placeholder_contrast(window.dock.words.edit.palette()) >= TEXT_CONTRAST


def test_the_kind_labels_follow_the_palette_back_to_light(window: MainWindow) -> None:
    light = QPalette(window.palette())
    window.setPalette(palette(DARK))
    window.setPalette(light)
    box = window.dock.kind_boxes["quote"]
    assert box.palette().color(R.WindowText) == light.color(R.WindowText)


def test_a_floating_panel_takes_a_palette_set_after_it_floated(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.dock.setFloating(True)
    qtbot.waitUntil(window.dock.isFloating)
    window.setPalette(palette(DARK))
    box = window.dock.kind_boxes["entity"]
    assert box.palette().color(R.WindowText) == QColor(DARK[R.WindowText])


def test_a_dialog_opened_from_the_window_takes_its_palette(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.setPalette(palette(DARK))
    dialog = QDialog(window)
    label = QLabel("Export notes", dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert label.palette().color(R.WindowText) == QColor(DARK[R.WindowText])
    dialog.close()


def test_a_readable_placeholder_is_kept() -> None:
    colours = palette(DARK)
    colours.setColor(R.PlaceholderText, QColor("#a0a0a0"))  # 7.4:1 on #1e1e1e
    assert readable_placeholders(colours) is None


def test_an_unreadable_placeholder_is_moved_towards_the_text() -> None:
    colours = palette(DARK)
    colours.setColor(R.PlaceholderText, QColor(0, 0, 0, 128))  # the light palette's
    fixed = readable_placeholders(colours)
    assert fixed is not None
    assert placeholder_contrast(fixed) >= TEXT_CONTRAST
    # a placeholder still: dimmer than the text typed
    assert placeholder_contrast(fixed) < contrast(colours.color(R.Text), colours.color(R.Base))


def test_the_application_palette_reaches_the_placeholder(window: MainWindow) -> None:
    old = QApplication.palette()
    try:
        QApplication.setPalette(palette(DARK))
        QApplication.processEvents()
        assert placeholder_contrast(window.dock.words.edit.palette()) >= TEXT_CONTRAST
    finally:
        QApplication.setPalette(old)
