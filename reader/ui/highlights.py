"""Highlight palette and text formats: what each kind of passage looks like in a pane.

Colours are Okabe-Ito (colour-blind safe); each kind also differs by a non-colour cue
(background vs. underline style vs. weight), and the legend and tooltips name the kind.
Layers merge in order, so overlapping highlights stay readable: claims and quotes are
background tints, entities and numbers are underlines drawn over them, discrepancies a
wavy vermillion underline on top, boilerplate grey text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.model import Alignment, MatchKind, Span
from reader.ui.geometry import Utf16Map


class Layer(StrEnum):
    ONLY = "only"
    CLAIM = "claim"
    QUOTE = "quote"
    ENTITY = "entity"
    NUMBER = "number"
    DISCREPANCY = "discrepancy"
    BOILERPLATE = "boilerplate"


LAYER_ORDER = tuple(Layer)

KIND_COLOURS: dict[str, str] = {
    MatchKind.CLAIM: "#56B4E9",  # sky blue
    MatchKind.QUOTE: "#E69F00",  # orange
    MatchKind.ENTITY: "#009E73",  # bluish green
    MatchKind.NUMBER: "#CC79A7",  # reddish purple
}
DISCREPANCY_COLOUR = "#D55E00"  # vermillion
FLASH_COLOUR = "#F0E442"  # yellow

LABELS: dict[Layer, str] = {
    Layer.CLAIM: "Claim",
    Layer.QUOTE: "Quote",
    Layer.ENTITY: "Entity",
    Layer.NUMBER: "Number",
    Layer.ONLY: "Only in this article",
    Layer.DISCREPANCY: "Discrepancy",
    Layer.BOILERPLATE: "Boilerplate",
}


def blend(colour: QColor | str, base: QColor, amount: float) -> QColor:
    """``amount`` of ``colour`` over ``base`` (0: base, 1: colour)."""
    c = QColor(colour)
    return QColor(
        round(base.red() + (c.red() - base.red()) * amount),
        round(base.green() + (c.green() - base.green()) * amount),
        round(base.blue() + (c.blue() - base.blue()) * amount),
    )


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours derived from the current palette (light or dark)."""

    base: QColor
    text: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(base, text, base.lightness() < text.lightness())

    def tint(self, colour: str, light: float, dark: float) -> QColor:
        return blend(colour, self.base, dark if self.dark else light)

    def line_colour(self, colour: str) -> QColor:
        """A kind's colour for thin lines: lighter on dark backgrounds, to keep contrast."""
        return QColor(colour).lighter(150) if self.dark else QColor(colour)

    def kind_colour(self, kind: str) -> QColor:
        return QColor(KIND_COLOURS.get(kind, DISCREPANCY_COLOUR))

    def band_fill(self, kind: str) -> QColor:
        c = self.tint(KIND_COLOURS[kind], 0.35, 0.45)
        c.setAlpha(150)
        return c

    def flash(self) -> QColor:
        return self.tint(FLASH_COLOUR, 0.85, 0.6)

    def formats(self) -> dict[Layer, QTextCharFormat]:
        f: dict[Layer, QTextCharFormat] = {layer: QTextCharFormat() for layer in Layer}
        f[Layer.ONLY].setBackground(self.tint("#8c8c8c", 0.30, 0.30))
        f[Layer.CLAIM].setBackground(self.tint(KIND_COLOURS[MatchKind.CLAIM], 0.28, 0.40))
        f[Layer.QUOTE].setBackground(self.tint(KIND_COLOURS[MatchKind.QUOTE], 0.38, 0.45))
        f[Layer.QUOTE].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        f[Layer.QUOTE].setUnderlineColor(self.tint(KIND_COLOURS[MatchKind.QUOTE], 1.0, 1.0))
        f[Layer.ENTITY].setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        f[Layer.ENTITY].setUnderlineColor(self.line_colour(KIND_COLOURS[MatchKind.ENTITY]))
        f[Layer.NUMBER].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        f[Layer.NUMBER].setUnderlineColor(self.line_colour(KIND_COLOURS[MatchKind.NUMBER]))
        f[Layer.NUMBER].setFontWeight(QFont.Weight.DemiBold)
        f[Layer.DISCREPANCY].setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        f[Layer.DISCREPANCY].setUnderlineColor(QColor(DISCREPANCY_COLOUR))
        f[Layer.DISCREPANCY].setFontWeight(QFont.Weight.Bold)
        # a thin wave alone is lost on a claim's tint: the figures in dispute get their own
        f[Layer.DISCREPANCY].setBackground(self.tint(DISCREPANCY_COLOUR, 0.30, 0.45))
        grey = blend(self.text, self.base, 0.5)
        f[Layer.BOILERPLATE].setForeground(grey)
        f[Layer.BOILERPLATE].setFontItalic(True)
        return f

    def swatch(self, layer: Layer) -> QColor:
        """One colour per layer for markers (overview strip, legend)."""
        if layer in KIND_COLOURS:
            return QColor(KIND_COLOURS[layer])
        if layer is Layer.DISCREPANCY:
            return QColor(DISCREPANCY_COLOUR)
        if layer is Layer.ONLY:
            return self.tint("#999999", 0.45, 0.5)
        return blend(self.text, self.base, 0.5)


def iter_layers(alignment: Alignment, side: str) -> Iterator[tuple[Layer, Span]]:
    """Every highlighted span of one side, in painting order, made as they are asked for
    (a 5 MB pair has some 60,000: kept in a list, they would only add to the work of
    Python's garbage collector)."""
    a_side = side == "a"
    doc = alignment.a if a_side else alignment.b
    for span in alignment.only_a if a_side else alignment.only_b:
        yield Layer.ONLY, span
    kinds = (Layer.CLAIM, Layer.QUOTE, Layer.ENTITY, Layer.NUMBER)
    by_kind: dict[str, list[Span]] = {layer.value: [] for layer in kinds}
    for m in alignment.matches:  # one pass over the matches
        spans = by_kind.get(m.kind)  # a MatchKind is the str of its value
        if spans is not None:
            spans.append(m.a if a_side else m.b)
    for layer in kinds:
        for span in by_kind[layer.value]:
            yield layer, span
    for d in alignment.discrepancies:
        yield Layer.DISCREPANCY, d.a if a_side else d.b
    for span in doc.boilerplate:
        yield Layer.BOILERPLATE, span


def layers_for(alignment: Alignment, side: str) -> list[tuple[Layer, Span]]:
    """Every highlighted span of one side, in painting order."""
    return list(iter_layers(alignment, side))


def select_span(cursor: QTextCursor, span: Span, offsets: Utf16Map, end: int) -> bool:
    """Select ``span`` (Python offsets) with ``cursor``, cut at Qt position ``end``;
    False when nothing is left to select."""
    start, stop = offsets.to_qt(span.start), min(offsets.to_qt(span.end), end)
    if stop <= start:
        return False
    cursor.setPosition(start)
    cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
    return True


def plain_format() -> QTextCharFormat:
    """What a reset leaves: no highlight at all."""
    plain = QTextCharFormat()
    plain.setObjectType(QTextFormat.ObjectTypes.NoObject)
    return plain


def apply_layers(
    document: QTextDocument,
    layers: Iterable[tuple[Layer, Span]],
    formats: dict[Layer, QTextCharFormat],
    offsets: Utf16Map,
) -> None:
    """Reset the document's character formats, then merge each layer over its span, in
    one go (``reader.ui.highlight_pass`` does the same a slice at a time)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(plain_format())
    end = document.characterCount() - 1
    for layer, span in layers:
        if select_span(cursor, span, offsets, end):
            cursor.mergeCharFormat(formats[layer])
    cursor.endEditBlock()


def selection_format(theme: Theme, flash: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = theme.flash() if flash else theme.tint(FLASH_COLOUR, 0.45, 0.35)
    fmt.setBackground(colour)
    fmt.setForeground(theme.text)
    return fmt
