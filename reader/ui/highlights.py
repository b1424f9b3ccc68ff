"""Highlight palette and text formats: what each kind of passage looks like in a pane.

Colours are Okabe-Ito (colour-blind safe), and each kind also differs from the others
by a cue that is not colour, so that a colour-blind reader or a greyscale print tells them
apart: a claim is a flat tint (paler for a loose claim, one scored under
``reader.model.LOOSE_SCORE``: lightness survives greyscale), a passage only in this
article a tint crossed by diagonal hatching (one after the other article's text ends,
that page cut short, no omission: a paler tint hatched the other way), a quote a tint
with a dashed underline, an entity a solid underline, a number a dotted underline in
semi-bold, a discrepancy a wavy underline in bold over its own tint, boilerplate
italics. The legend draws its samples with these very formats.

Contrast (WCAG 2): text keeps at least 4.5:1 on each tint, hatch and selection, and the
underlines that tell the kinds apart at least 3:1 on every tint they can lie over
(non-text contrast); the underlines and the boilerplate's grey are moved towards the text
colour as far as that takes. tests/ui/test_highlights.py measures it in light, dark and
high-contrast palettes.

Layers merge in order, so overlapping highlights stay readable: claims and quotes are
background tints, entities and numbers are underlines drawn over them, discrepancies a
wavy vermillion underline on top, boilerplate grey text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.analysis.cut_ends import beyond_cut
from reader.model import Alignment, MatchKind, Span
from reader.ui.geometry import Utf16Map
from reader.ui.pane_filter import EVERY_MATCH, PaneFilter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class Layer(StrEnum):
    ONLY = "only"
    AFTER_CUT = "after cut"  # only in this article, after the other's text ends (cut short)
    CLAIM = "claim"
    LOOSE_CLAIM = "loose claim"  # a claim scored under LOOSE_SCORE
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
ONLY_COLOUR = "#8c8c8c"  # grey
# the share of ONLY_COLOUR in the tint of a passage after the other's text ends (light,
# dark palette): paler than an omission's 0.30, told from it in greyscale too
AFTER_CUT_SHARE = (0.14, 0.16)

# a loose claim's tint is this share of a claim's: between a claim and bare text, told
# from each in lightness too (about 1.1:1 from each on a white page, 1.4:1 on a dark
# one); at half, on a white page, the pale blue all but vanished
LOOSE_SHARE = 0.6
TEXT_CONTRAST = 4.5  # WCAG 2 AA, text of normal size
LINE_CONTRAST = 3.0  # WCAG 2 non-text contrast: the lines that tell the kinds apart
# the tints a selected match must stand apart from (3:1) in a dark palette
SELECTED_APART = (Layer.CLAIM, Layer.LOOSE_CLAIM, Layer.QUOTE)
HATCH_STEP = 7  # pixels (logical) between the diagonal lines of an only-here passage

LABELS: dict[Layer, str] = {
    Layer.CLAIM: "Claim",
    Layer.LOOSE_CLAIM: "Loose claim",
    Layer.QUOTE: "Quote",
    Layer.ENTITY: "Entity",
    Layer.NUMBER: "Number",
    Layer.ONLY: "Only in this article",
    Layer.AFTER_CUT: "After the other's text ends",  # the legend names the side
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


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours, from 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, on: Iterable[QColor], towards: QColor, ratio: float) -> QColor:
    """``colour``, moved towards ``towards`` (the text colour) only as far as it takes to
    reach ``ratio`` on every background of ``on``: hue kept, contrast made."""
    grounds = list(on)
    for step in range(21):
        out = blend(towards, colour, step / 20)
        if all(contrast(out, ground) >= ratio for ground in grounds):
            return out
    return QColor(towards)


_HATCHES: dict[tuple[int, int, float, bool], QBrush] = {}


def screen_ratio() -> float:
    """The application's device pixel ratio (its densest screen's): 2 on most HiDPI
    laptops, 1 without a QGuiApplication."""
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


def hatch(fill: QColor, line: QColor, ratio: float | None = None, back: bool = False) -> QBrush:
    """``fill`` crossed by thin diagonal lines of ``line``, HATCH_STEP pixels apart and one
    wide, drawn at the device pixel ratio ``ratio`` (the screen's by default): a tile of
    HATCH_STEP pixels was scaled up at scale 2, its lines stairs of 2x2 squares; ``back``:
    the lines lean the other way (a backslash's). One brush per pair of colours, ratio
    and way, so formats made twice compare equal (a texture brush equals only itself)."""
    ratio = screen_ratio() if ratio is None else ratio
    key = (fill.rgba(), line.rgba(), ratio, back)
    brush = _HATCHES.get(key)
    if brush is None:
        side, width = max(1, round(HATCH_STEP * ratio)), max(1, round(ratio))
        tile = QImage(side, side, QImage.Format.Format_RGB32)
        tile.fill(fill)
        for x in range(side):
            for across in range(width):
                y = (x + across) % side if back else (side - 1 - x - across) % side
                tile.setPixelColor(x, y, line)
        tile.setDevicePixelRatio(ratio)
        brush = _HATCHES[key] = QBrush(tile)
    return brush


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours derived from the current palette (light or dark)."""

    base: QColor
    text: QColor
    dark: bool
    ratio: float | None = None  # the hatching's device pixel ratio (None: the application's)

    @classmethod
    def from_palette(cls, palette: QPalette, ratio: float | None = None) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(base, text, base.lightness() < text.lightness(), ratio)

    @classmethod
    def of(cls, widget: QWidget) -> Theme:
        """The theme of ``widget``'s palette, its hatching drawn at the ratio of the screen
        ``widget`` is on (a window on a laptop at 2 and a monitor at 1: the application's,
        2, is the one screen's only)."""
        return cls.from_palette(widget.palette(), widget.devicePixelRatioF())

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

    def selected(self) -> QColor:
        """The selected match's tint, under the text view's see-through selection."""
        return self.tint(FLASH_COLOUR, 0.45, 0.35)

    def text_on(self, background: QColor) -> QColor:
        """The palette's text colour, or its base colour where the text colour would not
        stand out from ``background`` (a bright flash in a dark palette)."""
        if contrast(self.text, background) >= TEXT_CONTRAST:
            return QColor(self.text)
        return max((self.text, self.base), key=lambda c: contrast(c, background))

    def formats(self) -> dict[Layer, QTextCharFormat]:
        f: dict[Layer, QTextCharFormat] = {layer: QTextCharFormat() for layer in Layer}
        only = self.tint(ONLY_COLOUR, 0.30, 0.30)
        claim = self.tint(KIND_COLOURS[MatchKind.CLAIM], 0.28, 0.40)
        loose = self.tint(KIND_COLOURS[MatchKind.CLAIM], 0.28 * LOOSE_SHARE, 0.40 * LOOSE_SHARE)
        quote = self.tint(KIND_COLOURS[MatchKind.QUOTE], 0.38, 0.45)
        disputed = self.tint(DISCREPANCY_COLOUR, 0.30, 0.45)
        # what only one article reports: hatched, so that it is not read as a claim's tint
        # where colours are not seen; the lines only just darker (lighter, on a dark page)
        # than the tint, enough to show in greyscale, not so much as to cross the words
        hatching = readable(only, [only], self.text, 1.5 if self.dark else 1.35)
        f[Layer.ONLY].setBackground(hatch(only, hatching, self.ratio))
        # after the other's text ends: no omission, so paler, hatched the other way
        after, after_lines = self.after_cut()
        f[Layer.AFTER_CUT].setBackground(hatch(after, after_lines, self.ratio, back=True))
        f[Layer.CLAIM].setBackground(claim)
        f[Layer.LOOSE_CLAIM].setBackground(loose)
        f[Layer.QUOTE].setBackground(quote)
        f[Layer.QUOTE].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        f[Layer.QUOTE].setUnderlineColor(self._line(KIND_COLOURS[MatchKind.QUOTE], [quote]))
        # entities and numbers lie on any tint below them
        under = [self.base, only, hatching, after, after_lines, claim, loose, quote]
        f[Layer.ENTITY].setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        f[Layer.ENTITY].setUnderlineColor(self._line(KIND_COLOURS[MatchKind.ENTITY], under))
        f[Layer.NUMBER].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        f[Layer.NUMBER].setUnderlineColor(self._line(KIND_COLOURS[MatchKind.NUMBER], under))
        f[Layer.NUMBER].setFontWeight(QFont.Weight.DemiBold)
        f[Layer.DISCREPANCY].setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        f[Layer.DISCREPANCY].setUnderlineColor(self._line(DISCREPANCY_COLOUR, [disputed]))
        f[Layer.DISCREPANCY].setFontWeight(QFont.Weight.Bold)
        # a thin wave alone is lost on a claim's tint: the figures in dispute get their own
        f[Layer.DISCREPANCY].setBackground(disputed)
        # dimmed, yet legible (never matched, so never on a tint)
        grey = readable(blend(self.text, self.base, 0.5), [self.base], self.text, TEXT_CONTRAST)
        f[Layer.BOILERPLATE].setForeground(grey)
        f[Layer.BOILERPLATE].setFontItalic(True)
        return f

    def after_cut(self) -> tuple[QColor, QColor]:
        """The tint of a passage after the other article's text ends and its hatching's
        lines (a little fainter than an omission's)."""
        fill = self.tint(ONLY_COLOUR, *AFTER_CUT_SHARE)
        return fill, readable(fill, [fill], self.text, 1.4 if self.dark else 1.25)

    def _line(self, colour: str, on: list[QColor]) -> QColor:
        """A kind's underline colour, visible on every background of ``on``."""
        return readable(self.line_colour(colour), on, self.text, LINE_CONTRAST)

    def swatch(self, layer: Layer) -> QColor:
        """One colour per layer for markers (overview strip, legend)."""
        if layer in KIND_COLOURS:
            return QColor(KIND_COLOURS[layer])
        if layer is Layer.LOOSE_CLAIM:
            return self.tint(KIND_COLOURS[MatchKind.CLAIM], LOOSE_SHARE, LOOSE_SHARE)
        if layer is Layer.DISCREPANCY:
            return QColor(DISCREPANCY_COLOUR)
        if layer is Layer.ONLY:
            return self.tint("#999999", 0.45, 0.5)
        if layer is Layer.AFTER_CUT:
            return self.tint("#999999", 0.22, 0.26)
        return blend(self.text, self.base, 0.5)


def iter_layers(
    alignment: Alignment, side: str, shown: PaneFilter = EVERY_MATCH
) -> Iterator[tuple[Layer, Span]]:
    """Every highlighted span of one side, in painting order, made as they are asked for
    (a 5 MB pair has some 60,000: kept in a list, they would only add to the work of
    Python's garbage collector): of the matches ``shown`` shows, and their
    discrepancies. A passage only this article reports is ONLY, or AFTER_CUT when it
    comes after the other article's text ends (that page cut short)."""
    a_side = side == "a"
    doc = alignment.a if a_side else alignment.b
    end = beyond_cut(alignment, side)  # the other article cut short: its text ends there
    for span in alignment.only_a if a_side else alignment.only_b:
        yield (Layer.AFTER_CUT if end is not None and span.start >= end else Layer.ONLY), span
    # a loose claim first: a sure claim over the same words paints its tint over it
    kinds = (Layer.LOOSE_CLAIM, Layer.CLAIM, Layer.QUOTE, Layer.ENTITY, Layer.NUMBER)
    by_kind: dict[str, list[Span]] = {layer.value: [] for layer in kinds}
    every = shown.shows_all()
    hidden: set[str] = set()
    for m in alignment.matches:  # one pass over the matches
        if not every and not shown.shows(m):
            hidden.add(m.id)
            continue
        # a MatchKind is the str of its value
        spans = by_kind.get(Layer.LOOSE_CLAIM if m.loose else m.kind)
        if spans is not None:
            spans.append(m.a if a_side else m.b)
    for layer in kinds:
        for span in by_kind[layer.value]:
            yield layer, span
    for d in alignment.discrepancies:
        if d.match not in hidden:
            yield Layer.DISCREPANCY, d.a if a_side else d.b
    for span in doc.boilerplate:
        yield Layer.BOILERPLATE, span


def layers_for(
    alignment: Alignment, side: str, shown: PaneFilter = EVERY_MATCH
) -> list[tuple[Layer, Span]]:
    """Every highlighted span of one side, in painting order."""
    return list(iter_layers(alignment, side, shown))


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


HEADING_SIZE = 1  # a heading's size, in steps over the text's (Qt's FontSizeAdjustment)


def heading_format() -> QTextCharFormat:
    """A heading the source marks (``Document.headings``): bold and a step larger than
    the text, however it is zoomed; over the highlights (a figure in it stays bold)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE)
    return fmt


def apply_layers(
    document: QTextDocument,
    layers: Iterable[tuple[Layer, Span]],
    formats: dict[Layer, QTextCharFormat],
    offsets: Utf16Map,
    headings: Iterable[Span] = (),
) -> None:
    """Reset the document's character formats, then merge each layer over its span and
    the heading format over ``headings``, in one go (``reader.ui.highlight_pass`` does
    the same a slice at a time)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(plain_format())
    end = document.characterCount() - 1
    for layer, span in layers:
        if select_span(cursor, span, offsets, end):
            cursor.mergeCharFormat(formats[layer])
    heading = heading_format()
    for span in headings:
        if select_span(cursor, span, offsets, end):
            cursor.mergeCharFormat(heading)
    cursor.endEditBlock()


FIND_MARK_ALPHA = 0.35  # at most, of the palette's Highlight: every find hit, calmly


def find_mark_format(theme: Theme, highlight: QColor) -> QTextCharFormat:
    """The mark of every hit of the find bar's search: the palette's Highlight, see-through
    (the claim, quote or discrepancy under a hit shows through), as strong as it can be
    up to FIND_MARK_ALPHA while the text, in the palette's text colour (a dimmed byline's
    too), keeps 4.5:1 over every tint it may lie on, the selected match's included; and
    underlined in the Highlight."""
    layers = theme.formats()
    grounds = [
        theme.base,
        theme.selected(),  # the selected match
        theme.tint(ONLY_COLOUR, 0.30, 0.30),  # the hatch's fill
        theme.after_cut()[0],  # a paler one's, after the other's text ends
    ]
    for layer in (Layer.CLAIM, Layer.LOOSE_CLAIM, Layer.QUOTE, Layer.DISCREPANCY):
        grounds.append(layers[layer].background().color())
    alpha = 0.0
    for step in range(round(FIND_MARK_ALPHA * 100), 0, -1):
        mixed = (blend(highlight, ground, step / 100) for ground in grounds)
        if all(contrast(theme.text, colour) >= TEXT_CONTRAST for colour in mixed):
            alpha = step / 100
            break
    colour = QColor(highlight)
    colour.setAlphaF(alpha)
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setForeground(QColor(theme.text))
    # underlined too, in the Highlight (3:1 on the mark): not taken for a claim's blue tint
    laid = [blend(highlight, ground, alpha) for ground in grounds]
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(readable(QColor(highlight), laid, theme.text, LINE_CONTRAST))
    return fmt


def selection_format(theme: Theme, flash: bool) -> QTextCharFormat:
    """The selected match (its flash with ``flash``), laid under the text view's own
    see-through selection."""
    return _filled(theme, theme.flash() if flash else theme.selected())


def over_selection_format(theme: Theme, flash: bool) -> QTextCharFormat | None:
    """The selected match drawn over the text view's selection in a dark palette, None
    in a light one. Under the selection's blue the dark palette's dim yellow read
    blue-grey (#556d74), 1.35:1 from a claim's tint (#345a6f) around it; no colour with
    the palette's light text on it can be 3:1 from that tint, so the match is a pale
    yellow, 3:1 from a claim's, a quote's and a loose claim's tints, in the page's dark
    colour; its flash the yellow itself."""
    if not theme.dark:
        return None
    layers = theme.formats()
    tints = [layers[layer].background().color() for layer in SELECTED_APART]
    steady = readable(theme.selected(), tints, QColor(FLASH_COLOUR), LINE_CONTRAST)
    return _filled(theme, QColor(FLASH_COLOUR) if flash else steady)


def selected_frame_colour(theme: Theme, highlight: QColor) -> QColor | None:
    """The frame around the selected match in a light palette (reader.ui.selected_frame),
    None in a dark one (its pale yellow stands apart already): the palette's Highlight,
    the selection's hue, moved towards the text colour until it is 3:1 from the page,
    every tint the frame may lie on and the selected match's ground."""
    if theme.dark:
        return None
    layers = theme.formats()
    tints = [layers[layer].background().color() for layer in (*SELECTED_APART, Layer.DISCREPANCY)]
    opaque = QColor(highlight.rgb())
    selected = blend(opaque, theme.selected(), highlight.alphaF())
    grounds = [theme.base, theme.tint(ONLY_COLOUR, 0.30, 0.30), theme.after_cut()[0], selected]
    grounds += tints
    return readable(opaque, grounds, theme.text, LINE_CONTRAST)


def _filled(theme: Theme, colour: QColor) -> QTextCharFormat:
    """``colour`` as a background, the text on it in whichever of the palette's text and
    page colours reads on it."""
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setForeground(theme.text_on(colour))
    return fmt
