"""What each kind of highlight looks like in the panes and the legend (reader.ui.highlights,
reader.ui.legend): told apart without colour, and legible in light, dark and high-contrast
palettes. Every check reads the formats a pane's document (or the legend's) holds."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match, MatchKind, Span
from reader.ui.highlights import LABELS, Layer
from reader.ui.main_window import MainWindow
from tests.ui.highlight_fixtures import formats_of
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, TEXT_CONTRAST, contrast, palette

pytestmark = pytest.mark.gui


def in_palette(window: MainWindow, name: str) -> MainWindow:
    colours = PALETTES[name]
    if colours is not None:
        window.setPalette(palette(colours))
    for pane in (window.pane_a, window.pane_b):
        pane.loading.flush()  # a new theme is applied a slice at a time
    return window


def format_at(document: QTextDocument, position: int) -> QTextCharFormat:
    """The format of the character at ``position`` (all test text is in the BMP)."""
    cursor = QTextCursor(document)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def cues(fmt: QTextCharFormat) -> dict[str, object]:
    """What a format shows besides colour: the underline's style, the weight, italics,
    and whether the background is a flat tint or a pattern."""
    background: object = None
    if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
        style = fmt.background().style()
        background = "flat" if style == Qt.BrushStyle.SolidPattern else style
    return {
        "underline": fmt.underlineStyle(),
        "weight": fmt.fontWeight(),
        "italic": fmt.fontItalic(),
        "background": background,
    }


PLAIN = cues(QTextCharFormat())
# a loose claim is a claim in a paler tint: told from a sure one by lightness, which
# greyscale keeps (tests/ui/test_loose_claims.py), not by another cue
SHADES = {Layer.CLAIM, Layer.LOOSE_CLAIM}
# the kinds every pair can show: a passage after the other's text ends needs a page cut
# short (tests/ui/test_cut_shade.py: paler, hatched the other way)
KINDS = set(LABELS) - {Layer.AFTER_CUT}


def kind_positions(alignment: Alignment) -> dict[Layer, int]:
    """A character of article A inside one passage of each kind (the number lies in a
    claim, the discrepancy in another: each as the reader finds it)."""

    def first(kind: MatchKind) -> Span:
        return next(m.a for m in alignment.matches if m.kind == kind)

    return {
        Layer.CLAIM: first(MatchKind.CLAIM).start,
        Layer.LOOSE_CLAIM: next(m.a for m in alignment.matches if m.loose).start,
        Layer.QUOTE: first(MatchKind.QUOTE).start + 1,
        Layer.ENTITY: first(MatchKind.ENTITY).start + 1,
        Layer.NUMBER: first(MatchKind.NUMBER).start + 1,
        Layer.DISCREPANCY: alignment.discrepancies[0].a.start + 1,
        Layer.ONLY: alignment.only_a[0].start + 1,
        Layer.BOILERPLATE: alignment.a.boilerplate[0].start + 1,
    }


def legend_format(window: MainWindow, layer: Layer) -> QTextCharFormat:
    document = window.legend._doc
    return format_at(document, document.toPlainText().index(LABELS[layer]) + 1)


def test_every_kind_differs_from_the_others_without_colour(
    shown: MainWindow, alignment: Alignment
) -> None:
    """A colour-blind reader, or a greyscale print, tells each kind in the legend from the
    others: a claim's tint from an only-here passage's, above all."""
    document = shown.pane_a.browser.document()
    seen = {layer: cues(format_at(document, at)) for layer, at in kind_positions(alignment).items()}
    assert set(seen) == KINDS
    for layer, shown_cues in seen.items():
        assert shown_cues != PLAIN, layer
        others = [
            other
            for other, c in seen.items()
            if other is not layer and c == shown_cues and {layer, other} != SHADES
        ]
        assert not others, f"{layer} looks like {others} but for colour"
    # the legend shows each kind with the cues the text has
    for layer in KINDS:
        sample = {k: v for k, v in cues(legend_format(shown, layer)).items() if v != PLAIN[k]}
        assert sample, layer
        assert sample.items() <= seen[layer].items(), layer


def test_a_claim_is_a_flat_tint_and_an_only_here_passage_is_hatched(
    shown: MainWindow, alignment: Alignment
) -> None:
    at = kind_positions(alignment)
    for pane, side_at in ((shown.pane_a, at), (shown.pane_b, None)):
        document = pane.browser.document()
        claim = at[Layer.CLAIM] if side_at else alignment.matches[0].b.start
        only = at[Layer.ONLY] if side_at else alignment.only_b[0].start + 1
        assert format_at(document, claim).background().style() == Qt.BrushStyle.SolidPattern
        hatched = format_at(document, only).background()
        assert hatched.style() == Qt.BrushStyle.TexturePattern
        assert len(brush_colours(hatched)) == 2  # a tint and its lines


def brush_colours(brush: QBrush) -> list[QColor]:
    """Every colour a background brush paints (a hatch: its tint and its lines)."""
    if brush.style() != Qt.BrushStyle.TexturePattern:
        return [brush.color()]
    image = brush.textureImage()
    found = {
        image.pixel(x, y): image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
    }
    return list(found.values())


def too_faint(document: QTextDocument, palette: QPalette, text: str) -> list[str]:
    """Every run of ``document`` whose text is below 4.5:1 on any colour of its
    background, or whose underline is below 3:1 on it."""
    base, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    out = []
    for start, length, fmt in formats_of(document):
        fg = (
            fmt.foreground().color()
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
            else ink
        )
        has_bg = fmt.hasProperty(QTextFormat.Property.BackgroundBrush)
        grounds = brush_colours(fmt.background()) if has_bg else [base]
        words = text[start : start + min(length, 30)]
        for ground in grounds:
            if contrast(fg, ground) < TEXT_CONTRAST:
                out.append(f"{words!r}: text {contrast(fg, ground):.2f}")
            line = fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
            if line and contrast(fmt.underlineColor(), ground) < LINE_CONTRAST:
                out.append(f"{words!r}: underline {contrast(fmt.underlineColor(), ground):.2f}")
    return out


@pytest.fixture
def crowded(alignment: Alignment) -> Alignment:
    """The hand-built pair, with a name inside each article's only-here passage."""

    def word(text: str, span: Span, w: str) -> Span:
        i = text.index(w, span.start)
        return Span(i, i + len(w))

    a, b = alignment.a.text, alignment.b.text
    extra = Match(
        "m7",
        MatchKind.ENTITY,
        word(a, alignment.only_a[0], "weather"),
        word(b, alignment.only_b[0], "parade"),
        0.5,
        ("weather",),
    )
    return replace(alignment, matches=(*alignment.matches, extra))


@pytest.mark.parametrize("name", list(PALETTES))
def test_every_highlight_is_legible(
    window: MainWindow, crowded: Alignment, qtbot: QtBot, name: str
) -> None:
    """Text keeps 4.5:1 on every tint and hatch, the underlines that tell the kinds
    apart 3:1 on what they lie on, in the panes and the legend; so does the selected
    match, and its flash."""
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(crowded)
    in_palette(window, name)
    faint = []
    for pane, doc in ((window.pane_a, crowded.a), (window.pane_b, crowded.b)):
        faint += too_faint(pane.browser.document(), pane.palette(), doc.text)
    legend = window.legend._doc
    faint += too_faint(legend, window.legend.palette(), legend.toPlainText())
    pane = window.pane_a
    m1 = crowded.match_by_id("m1")
    assert m1 is not None
    for flash in (True, False):
        pane.select_span(m1.a, flash=flash)
        selected = next(
            QTextCharFormat(s.format)
            for s in pane.browser.extraSelections()
            if (s.cursor.selectionStart(), s.cursor.selectionEnd()) == (m1.a.start, m1.a.end)
        )
        fg, bg = selected.foreground().color(), selected.background().color()
        if contrast(fg, bg) < TEXT_CONTRAST:
            faint.append(f"{'flashing' if flash else 'selected'}: text {contrast(fg, bg):.2f}")
    assert not faint
