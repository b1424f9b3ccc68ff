"""Palettes to render in (light, dark, high contrast) and the WCAG 2 contrast formula the
legibility checks measure with."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal-size text
LINE_CONTRAST = 3.0  # WCAG 2 non-text contrast


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    out = QPalette()
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            out.setColor(group, role, QColor(colour))
    return out


R = QPalette.ColorRole
DARK = {
    R.Window: "#2b2b2b",
    R.WindowText: "#e6e6e6",
    R.Base: "#1e1e1e",
    R.Text: "#e6e6e6",
    R.Button: "#353535",
    R.ButtonText: "#e6e6e6",
    R.Highlight: "#3d7ad6",
    R.HighlightedText: "#ffffff",
}
HIGH_CONTRAST = {  # as Windows' "High Contrast Black"
    R.Window: "#000000",
    R.WindowText: "#ffffff",
    R.Base: "#000000",
    R.Text: "#ffffff",
    R.Button: "#000000",
    R.ButtonText: "#ffffff",
    R.Highlight: "#1aebff",
    R.HighlightedText: "#000000",
}
# None: the application's own (light) palette
PALETTES: dict[str, dict[QPalette.ColorRole, str] | None] = {
    "light": None,
    "dark": DARK,
    "high contrast": HIGH_CONTRAST,
}
