"""The legend above the panes (reader.ui.legend): one line at any font, every entry it shows
whole and inside the window, those it leaves out named in its tooltip, and its words in
the colours of its palette."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QRectF
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QApplication, QToolTip

from reader.ui.change_marks import change_colour
from reader.ui.highlights import LABELS, Layer, Theme
from reader.ui.legend import CHANGE, CHANGE_LABEL, CHANGE_SAMPLE, FOLDS, ORDER, TIPS, Legend
from reader.ui.main_window import MainWindow
from tests.ui import font_fixtures as fx
from tests.ui.font_fixtures import sized
from tests.ui.palette_fixtures import (
    LINE_CONTRAST,
    PALETTES,
    TEXT_CONTRAST,
    contrast,
    luminance,
    palette,
)
from tests.ui.picture_fixtures import pictures

pytestmark = pytest.mark.gui

app_font, window_at = fx.app_font, fx.window_at
Start = Callable[[int, int], MainWindow]


def x_at(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # PySide6: (x, the position)
    assert isinstance(found, tuple)
    return float(found[0])


def entries(legend: Legend) -> dict[str, tuple[QRectF, int, int]]:
    """Each shown entry's name: where it is drawn in the legend, and the lines it starts
    and ends on."""
    doc = legend._doc
    text = doc.toPlainText().replace("\u00a0", " ")
    block = doc.firstBlock()
    lines = block.layout()
    top_left = doc.documentLayout().blockBoundingRect(block).topLeft()
    out = {}
    for label in (*LABELS.values(), CHANGE_SAMPLE + CHANGE_LABEL):
        if label not in text:
            continue
        start = text.index(label)
        end = start + len(label)
        first, last = lines.lineForTextPosition(start), lines.lineForTextPosition(end)
        x0, x1 = x_at(first, start), x_at(last, end)
        box = QRectF(x0, first.y(), x1 - x0, first.height()).translated(top_left)
        out[label] = (box, first.lineNumber(), last.lineNumber())
    return out


def assert_every_entry_inside(window: MainWindow) -> None:
    """Every entry shown lies whole on the legend's one line, inside the window; the
    tooltip names every entry when some are left out."""
    legend = window.legend
    assert legend.isVisible()
    drawn = entries(legend)
    assert len(drawn) == legend.fold().shown
    left_out = [LABELS[layer] for layer in ORDER[legend.fold().shown :]]
    assert all(label in legend.toolTip() for label in left_out), legend.toolTip()
    assert bool(left_out) == bool(legend.toolTip())
    for label, (box, first, last) in drawn.items():
        assert first == last == 0, f"{label!r} is not on the legend's one line"
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


@pytest.mark.parametrize("points", [16, 18])
def test_a_narrow_legend_stays_one_line_and_counts_what_it_leaves_out(
    window_at: Start, points: int
) -> None:
    """At 16 and 18 points in a 1024-pixel window the legend wrapped onto a second line,
    taking its height from the articles."""
    window = window_at(points, 1024)
    legend = window.legend
    line = legend._doc.firstBlock().layout()
    assert line.lineCount() == 1
    assert legend.height() <= line.lineAt(0).height() + 2 * legend._doc.documentMargin() + 2
    fold = legend.fold()
    assert not fold.prefix  # "Legend:" goes first
    if fold.hidden:
        assert legend._doc.toPlainText().endswith(f"+{fold.hidden} more")
    assert_every_entry_inside(window)
    # the panes start below it
    assert window.splitter.geometry().top() >= legend.geometry().bottom()


def test_a_wide_legend_shows_every_entry_and_no_tooltip(window_at: Start) -> None:
    window = window_at(10, 1400)
    assert window.legend.fold() == FOLDS[0]
    assert len(entries(window.legend)) == len(ORDER)  # no article cut short: no "After ..."
    assert window.legend.toolTip() == ""


def test_the_legend_is_one_line_high_at_any_width(qapp: QApplication) -> None:
    legend = Legend()
    assert legend.minimumSizeHint().height() == legend.sizeHint().height()
    assert legend.minimumSizeHint().width() < legend.sizeHint().width()
    assert not legend.hasHeightForWidth()


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


def test_a_loose_claim_sample_follows_the_claim_and_says_what_it_means(
    window_at: Start,
) -> None:
    """Drawn in the panes' loose-claim tint; resting the pointer on it tells the reader to
    check such a claim."""
    legend = window_at(10, 1400).legend
    assert ORDER.index(Layer.LOOSE_CLAIM) == ORDER.index(Layer.CLAIM) + 1
    doc = legend._doc
    at = doc.toPlainText().index(LABELS[Layer.LOOSE_CLAIM])
    cursor = QTextCursor(doc)
    cursor.setPosition(at + 1)
    loose = Theme.from_palette(legend.palette()).formats()[Layer.LOOSE_CLAIM]
    assert cursor.charFormat().background() == loose.background()
    box, _, _ = entries(legend)[LABELS[Layer.LOOSE_CLAIM]]
    centre = box.center().toPoint()
    assert legend.entry_at(centre.x(), centre.y()) is Layer.LOOSE_CLAIM
    event = QHelpEvent(QEvent.Type.ToolTip, centre, legend.mapToGlobal(centre))
    QApplication.sendEvent(legend, event)
    tip = QToolTip.text()
    QToolTip.hideText()
    assert "under 0.7: check it" in tip


def most_seen(image: QImage, box: QRect) -> QColor:
    """The colour of most pixels in ``box`` of ``image``: a sample's tint, not its words."""
    seen = Counter(
        image.pixel(x, y)
        for x in range(box.left(), box.right())
        for y in range(box.top(), box.bottom())
    )
    return QColor.fromRgb(seen.most_common(1)[0][0])


LIGHTNESS_STEP = 1.08  # as in the panes: a loose tint told from its ground and the claim's


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_loose_claim_sample_reads_on_the_page_colour_paler_than_the_claims(
    window: MainWindow, name: str
) -> None:
    """On the window's grey the loose claim's pale blue all but vanished (1.02:1): the
    samples lie on a strip of the page's colour, as in the articles, where the loose tint
    stands out, paler than a claim's, its words at 4.5:1 or more."""
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    legend = window.legend
    image = legend.grab().toImage()
    drawn = entries(legend)
    loose_box = drawn[LABELS[Layer.LOOSE_CLAIM]][0].toAlignedRect()
    claim_box = drawn[LABELS[Layer.CLAIM]][0].toAlignedRect()
    tint, claim = most_seen(image, loose_box), most_seen(image, claim_box)
    between = (claim_box.right() + loose_box.left()) // 2  # the gap after Claim's tint
    ground = image.pixelColor(between, loose_box.center().y())
    page = legend.palette().color(QPalette.ColorRole.Base)
    assert ground == page, (ground.name(), page.name())
    assert contrast(tint, ground) >= LIGHTNESS_STEP
    assert contrast(tint, claim) >= LIGHTNESS_STEP
    low, high = sorted((luminance(ground), luminance(claim)))
    assert low < luminance(tint) < high
    ink = max(
        contrast(image.pixelColor(x, y), tint)
        for x in range(loose_box.left(), loose_box.right())
        for y in range(loose_box.top(), loose_box.bottom())
    )
    assert ink >= TEXT_CONTRAST
    text = legend.palette().color(QPalette.ColorRole.Text)
    assert contrast(text, tint) >= TEXT_CONTRAST


def test_the_claim_sample_has_no_tooltip_of_its_own(window_at: Start) -> None:
    legend = window_at(10, 1400).legend
    box, _, _ = entries(legend)[LABELS[Layer.CLAIM]]
    centre = box.center()
    assert legend.entry_at(centre.x(), centre.y()) is Layer.CLAIM
    QApplication.sendEvent(
        legend,
        QHelpEvent(QEvent.Type.ToolTip, centre.toPoint(), legend.mapToGlobal(centre.toPoint())),
    )
    assert "check it" not in QToolTip.text()
    QToolTip.hideText()


def test_a_folded_legends_tooltip_says_what_a_loose_claim_is(window_at: Start) -> None:
    legend = window_at(18, 800).legend
    assert legend.fold().hidden
    assert "under 0.7: check it" in legend.toolTip()


def shown_tip(legend: Legend, at: QPoint | None = None) -> str:
    """The tooltip the legend shows for the pointer resting at its left end (or at the
    global point ``at``), closed again."""
    inside = QPoint(2, legend.height() // 2)
    where = legend.mapToGlobal(inside) if at is None else at
    QApplication.sendEvent(legend, QHelpEvent(QEvent.Type.ToolTip, inside, where))
    tip = QToolTip.text()
    QToolTip.hideText()
    return tip


def test_a_folded_legends_tooltip_shows_the_hatched_sample(window_at: Start) -> None:
    """Rich text drops a texture brush: "Only in this article" showed bare in the tooltip,
    without its hatching. It is a picture of the sample, hatched, named by its words."""
    legend = window_at(18, 800).legend
    assert legend.fold().hidden
    tip = shown_tip(legend)
    [picture] = pictures(tip)
    tile = Theme.of(legend).formats()[Layer.ONLY].background().textureImage()
    hatching = {tile.pixel(x, y) for x in range(tile.width()) for y in range(tile.height())}
    top_row = {picture.image.pixel(x, 0) for x in range(picture.image.width())}
    assert len(hatching) == 2 and top_row == hatching
    assert f'alt="{LABELS[Layer.ONLY]}"' in tip
    assert picture.ratio == legend.devicePixelRatioF()


def test_a_folded_legends_tooltip_is_the_one_it_carries(window_at: Start) -> None:
    """Built again when shown, it says what ``toolTip()`` says on the legend's screen."""
    legend = window_at(18, 800).legend
    assert shown_tip(legend) == legend.toolTip()


def test_the_change_entry_comes_last_with_its_bar_and_says_what_the_marks_mean(
    window_at: Start,
) -> None:
    """Only a session with update marks shows it; its bar is drawn in the margin's brown."""
    legend = window_at(10, 1600).legend
    width = legend.sizeHint().width()
    legend.show_changes(True)
    assert legend.entries() == (*ORDER, CHANGE)
    assert legend.sizeHint().width() > width
    doc = legend._doc
    at = doc.toPlainText().index(CHANGE_SAMPLE)
    cursor = QTextCursor(doc)
    cursor.setPosition(at + 1)
    assert cursor.charFormat().foreground().color() == change_colour(legend.palette())
    box, _, _ = entries(legend)[CHANGE_SAMPLE + CHANGE_LABEL]
    centre = box.center().toPoint()
    assert legend.entry_at(centre.x(), centre.y()) == CHANGE
    event = QHelpEvent(QEvent.Type.ToolTip, centre, legend.mapToGlobal(centre))
    QApplication.sendEvent(legend, event)
    tip = QToolTip.text()
    QToolTip.hideText()
    assert tip == TIPS[CHANGE]
    legend.show_changes(False)
    assert legend.entries() == ORDER and legend.sizeHint().width() == width


def test_a_folded_legends_tooltip_names_the_change_entry_too(window_at: Start) -> None:
    legend = window_at(16, 1024).legend
    legend.show_changes(True)
    assert legend.fold().hidden
    tip = QTextDocument()
    tip.setHtml(legend.toolTip())
    assert CHANGE_LABEL in tip.toPlainText().replace("\u00a0", " ")
