"""The window moved between a laptop's screen (device pixel ratio 2) and a monitor (1).

The offscreen platform has two screens only when told to, by a JSON file naming them
(``QT_QPA_PLATFORM=offscreen:configfile=...``; a screen's ``logicalDpi`` over its
``logicalBaseDpi`` is its ratio), before the QApplication exists: test_high_density.py
runs this file in a child pytest with such a file (test_the_window_moved_between_screens).
Run in the same process as the other tests, with one screen, every test here is skipped.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtGui import QHelpEvent, QScreen, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.ui.about import ABOUT_ICON_SIZE, show_about
from reader.ui.article_pane import ArticlePane
from reader.ui.highlights import LABELS, Layer
from reader.ui.legend import Legend
from reader.ui.main_window import MainWindow
from tests.ui.highlight_fixtures import click_far_from_partner
from tests.ui.picture_fixtures import pictures

LAPTOP, MONITOR = 2.0, 1.0  # the screens, by their ratio


def screen_at(ratio: float) -> QScreen:
    """The screen of device pixel ratio ``ratio``, looked up afresh: a QScreen kept from
    one test to the next, through a window's moves, was found deleted on the Python side
    (its screen still listed)."""
    return next(s for s in QApplication.screens() if s.devicePixelRatio() == ratio)


@pytest.fixture(autouse=True)
def screens(qapp: QApplication) -> None:
    """The test is skipped without a screen at 2 (the laptop's) and one at 1 (a
    monitor)."""
    if {screen.devicePixelRatio() for screen in qapp.screens()} != {LAPTOP, MONITOR}:
        pytest.skip("run with a screen at 2 and one at 1 by test_high_density.py")


def move_to(widget: QWidget, ratio: float) -> None:
    """Move the top level ``widget`` onto the screen of ``ratio`` as a reader drags it
    there."""
    widget.move(screen_at(ratio).geometry().topLeft() + QPoint(20, 20))
    QApplication.processEvents()
    assert widget.screen().devicePixelRatio() == ratio


def moved(window: MainWindow, ratio: float) -> None:
    """Move ``window`` onto the screen of ``ratio``; both panes lay their highlights
    again."""
    move_to(window, ratio)
    for pane in (window.pane_a, window.pane_b):
        pane.loading.flush()


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def hatch_ratio(pane: ArticlePane, alignment: Alignment) -> float:
    """The device pixel ratio of the hatching under A's sentence only A reports."""
    at = alignment.a.text.index("Only A mentions the weather")
    brush = format_at(pane.browser.document(), at).background()
    return brush.textureImage().devicePixelRatio()


@pytest.fixture
def on_laptop(shown: MainWindow) -> MainWindow:
    """The window showing the hand-built pair, on the laptop's screen."""
    moved(shown, LAPTOP)
    return shown


def test_the_hatching_is_laid_again_on_a_screen_of_another_ratio(
    on_laptop: MainWindow, alignment: Alignment
) -> None:
    assert hatch_ratio(on_laptop.pane_a, alignment) == 2.0
    moved(on_laptop, MONITOR)
    assert hatch_ratio(on_laptop.pane_a, alignment) == 1.0
    moved(on_laptop, LAPTOP)
    assert hatch_ratio(on_laptop.pane_a, alignment) == 2.0


def test_the_reading_place_and_the_selection_stay_on_another_screen(
    on_laptop: MainWindow, alignment: Alignment
) -> None:
    click_far_from_partner(on_laptop, alignment, "m3")
    bars = [pane.browser.verticalScrollBar() for pane in (on_laptop.pane_a, on_laptop.pane_b)]
    place, selection = [bar.value() for bar in bars], on_laptop.selection()
    assert place[0] > 0 and None not in selection
    moved(on_laptop, MONITOR)
    assert [bar.value() for bar in bars] == place
    assert on_laptop.selection() == selection


def test_the_legends_hatched_sample_is_drawn_again_on_another_screen(
    on_laptop: MainWindow,
) -> None:
    def sample_ratio() -> float:
        doc = on_laptop.legend._doc
        brush = format_at(doc, doc.toPlainText().index(LABELS[Layer.ONLY])).background()
        return brush.textureImage().devicePixelRatio()

    assert sample_ratio() == 2.0
    moved(on_laptop, MONITOR)
    assert sample_ratio() == 1.0


def test_the_notice_sign_is_drawn_again_on_another_screen(
    on_laptop: MainWindow,
) -> None:
    sign = on_laptop.notice_bar.icon
    side = sign.pixmap().deviceIndependentSize()
    assert sign.pixmap().devicePixelRatio() == 2.0
    moved(on_laptop, MONITOR)
    assert sign.pixmap().devicePixelRatio() == 1.0
    assert sign.pixmap().deviceIndependentSize() == side


def test_the_about_picture_is_the_one_of_the_windows_screen(
    on_laptop: MainWindow,
) -> None:
    """The 64-pixel PNG on the monitor (not the 128 one scaled down), 128 on the laptop."""
    moved(on_laptop, MONITOR)
    box = show_about(on_laptop)
    picture = box.iconPixmap()
    box.close()
    assert picture.devicePixelRatio() == 1.0
    assert picture.size() == QSize(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE)


def test_the_about_picture_is_drawn_again_when_the_box_is_dragged_to_another_screen(
    on_laptop: MainWindow,
) -> None:
    """Open on the laptop (the 128-pixel PNG), dragged to the monitor while open: the
    64-pixel one, not the laptop's shown at half its size; and back."""
    box = show_about(on_laptop)
    QApplication.processEvents()

    def picture() -> tuple[float, QSize]:
        shown = box.iconPixmap()
        return shown.devicePixelRatio(), shown.size()

    assert picture() == (LAPTOP, QSize(128, 128))
    move_to(box, MONITOR)
    assert picture() == (MONITOR, QSize(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE))
    move_to(box, LAPTOP)
    assert picture() == (LAPTOP, QSize(128, 128))
    box.close()


@pytest.fixture
def folded(qtbot: QtBot) -> Legend:
    """A legend too narrow for its entries, on the laptop: its tooltip names them all."""
    legend = Legend()
    qtbot.addWidget(legend)
    legend.resize(120, legend.sizeHint().height())
    legend.show()
    move_to(legend, LAPTOP)
    assert legend.fold().hidden
    return legend


def tip_ratio(legend: Legend, at: QPoint) -> float:
    """The ratio of the hatched sample in the tooltip ``legend`` shows with the pointer at
    the global point ``at``."""
    inside = QPoint(2, 2)
    QApplication.sendEvent(legend, QHelpEvent(QEvent.Type.ToolTip, inside, at))
    [picture] = pictures(QToolTip.text())
    QToolTip.hideText()
    return picture.ratio


def test_the_legends_tooltip_is_drawn_for_the_screen_it_shows_on(folded: Legend) -> None:
    """Built when shown, at its screen's ratio: the hatched sample drawn at 2 on the
    laptop, at 1 once the window is on the monitor."""
    assert tip_ratio(folded, folded.mapToGlobal(QPoint(2, 2))) == LAPTOP
    move_to(folded, MONITOR)
    assert tip_ratio(folded, folded.mapToGlobal(QPoint(2, 2))) == MONITOR


def test_the_legends_tooltip_takes_the_ratio_of_the_screen_under_the_pointer(
    folded: Legend,
) -> None:
    """A window across both screens: the tooltip shows on the screen the pointer is on."""
    on_the_monitor = screen_at(MONITOR).geometry().topLeft() + QPoint(5, 5)
    assert tip_ratio(folded, on_the_monitor) == MONITOR


def test_a_floating_panel_on_the_other_screen_is_drawn_at_its_ratio(
    on_laptop: MainWindow,
    alignment: Alignment,
) -> None:
    """The Matches panel floated onto the monitor: drawn at 1, its float button's line
    drawing too; the articles, on the laptop, keep their hatching and are not laid
    again."""
    panel = on_laptop.dock
    panel.setFloating(True)
    QApplication.processEvents()
    move_to(panel, MONITOR)
    assert panel.grab().devicePixelRatio() == 1.0
    button = panel.findChild(QAbstractButton, "qt_dockwidget_floatbutton")
    assert button is not None
    drawing = button.icon().pixmap(QSize(16, 16), button.devicePixelRatioF())
    assert (drawing.devicePixelRatio(), drawing.size()) == (1.0, QSize(16, 16))
    assert not any(p.loading.is_reformatting() for p in (on_laptop.pane_a, on_laptop.pane_b))
    assert hatch_ratio(on_laptop.pane_a, alignment) == 2.0
    panel.setFloating(False)
