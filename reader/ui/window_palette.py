"""The window's palette in every one of its widgets, its placeholder text readable.

Qt passes a palette set on the window (a dark or high-contrast one) down to its children
but not to a child with a style sheet of its own (the Matches panel's kind boxes, which
kept black text on a dark panel) nor to a child that is a window (a floating panel, a
dialog). And a palette that sets Text and Base but not PlaceholderText keeps the light
one's half-black placeholder, unreadable on a dark field. ``WindowPalette`` watches the
window and mends all three whenever its palette (or the application's) changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.highlights import contrast, readable

TEXT_CONTRAST = 4.5  # WCAG 2 AA, normal-size text
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
R = QPalette.ColorRole


def _opaque(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as drawn over ``ground`` (a placeholder is often half transparent)."""
    alpha = colour.alphaF()
    return QColor(
        round(ground.red() + (colour.red() - ground.red()) * alpha),
        round(ground.green() + (colour.green() - ground.green()) * alpha),
        round(ground.blue() + (colour.blue() - ground.blue()) * alpha),
    )


def readable_placeholders(palette: QPalette) -> QPalette | None:
    """``palette`` with a PlaceholderText that reaches AA contrast on Base (moved towards
    Text only as far as that takes), or None when its own already does."""
    out = QPalette(palette)
    changed = False
    for group in GROUPS:
        base = palette.color(group, R.Base)
        drawn = _opaque(palette.color(group, R.PlaceholderText), base)
        if contrast(drawn, base) >= TEXT_CONTRAST:
            continue
        text = palette.color(group, R.Text)
        out.setColor(group, R.PlaceholderText, readable(drawn, (base,), text, TEXT_CONTRAST))
        changed = True
    return out if changed else None


def _explicit(palette: QPalette) -> QPalette:
    """``palette`` with every colour set (a widget's palette() sets none: given to
    another widget, it would change nothing)."""
    out = QPalette()
    for group in (*GROUPS, QPalette.ColorGroup.Disabled):
        for role in R:
            if role != R.NColorRoles:
                out.setBrush(group, role, palette.brush(group, role))
    return out


def _sheeted(parent: QWidget) -> list[QWidget]:
    """``parent``'s children that draw with a style sheet and are no windows."""
    return [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.testAttribute(Qt.WidgetAttribute.WA_StyleSheet) and not child.isWindow()
    ]


def _pass_on(parent: QWidget) -> None:
    """``parent``'s palette given to its children with a style sheet (Qt passes them
    none)."""
    for child in _sheeted(parent):
        if child.palette() != parent.palette():
            child.setPalette(_explicit(parent.palette()))


def _opened_from(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is ``widget``'s parent, or its parent's, and so on (across
    windows: a dialog of a floating panel)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class WindowPalette(QObject):
    """Keeps ``window``'s palette in all its widgets, windows opened from it included."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the dialogs and panels it shows later
        self.mend()

    def mend(self) -> None:
        """Readable placeholders in the window's palette, and every widget of the window
        watched for a palette it must pass on."""
        window = self._window
        fixed = readable_placeholders(window.palette())
        if fixed is not None:
            window.setPalette(fixed)  # a PaletteChange: mend() again, with nothing to fix
            return
        for child in window.findChildren(QWidget):
            self._watch(child)

    def _watch(self, widget: QWidget) -> None:
        if widget.isWindow():
            # a floating panel, a dialog: inherits the palette as a child does
            widget.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
            parent = widget.parentWidget()
            if parent is not None and not widget.isWindow():
                # its parent's palette changes first, then its children's; a child
                # with a sheet is skipped: given it when the parent's has changed
                parent.installEventFilter(self)
                _pass_on(parent)

    def _opened_window(self, widget: QObject) -> bool:
        """Whether ``widget`` is a window (a floating panel, a dialog) of this one."""
        return (
            isinstance(widget, QWidget) and widget.isWindow() and _opened_from(widget, self._window)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if watched is self._window:
                self.mend()
            if isinstance(watched, QWidget):
                _pass_on(watched)
        elif kind == QEvent.Type.Show and self._opened_window(watched):
            assert isinstance(watched, QWidget)
            self._watch(watched)
            for child in watched.findChildren(QWidget):
                self._watch(child)
        return False
