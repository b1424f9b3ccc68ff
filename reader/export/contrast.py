"""WCAG 2 contrast of "#RRGGBB" colours, for the colours the exports' style sheets use
(no Qt: the HTML export is written without it)."""

from __future__ import annotations

from collections.abc import Iterable

TEXT_CONTRAST = 4.5  # WCAG 2 AA, text of normal size
LINE_CONTRAST = 3.0  # WCAG 2 non-text contrast: the underlines that tell kinds apart


def rgb(colour: str) -> tuple[int, int, int]:
    """The channels of "#RRGGBB"."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(colour: str, base: str, amount: float) -> str:
    """``amount`` of ``colour`` over ``base`` (0: base, 1: colour), as "#RRGGBB"."""
    channels = (round(b + (c - b) * amount) for c, b in zip(rgb(colour), rgb(base), strict=True))
    return "#" + "".join(f"{c:02X}" for c in channels)


def legible(colour: str, on: Iterable[str], towards: str, ratio: float) -> str:
    """``colour`` moved towards ``towards`` (the text colour) only as far as it takes to
    stand out by ``ratio`` from every colour of ``on``: its hue kept where it can be."""
    grounds = list(on)
    for step in range(21):
        out = mix(towards, colour, step / 20)
        if all(contrast(out, ground) >= ratio for ground in grounds):
            return out
    return towards
