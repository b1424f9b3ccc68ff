"""The application's style, but for a tick box's square, a radio button's circle and a
panel's float and close buttons, which grow with their widget's text.

Zoom (reader.ui.text_zoom) grows the panels' text, and Qt's style kept the squares of
their tick boxes (the Matches panel's kinds, the side boxes, the notes' presets) and the
panels' float and close buttons at their pixel size: at twice the size a tick box was a
speck beside its name. Here those sizes are the style's times the widget's text over the
system's text for it (``text_factor``), so they grow with a zoom and a larger font set on
a panel, and stay as the platform draws them in the menus and dialogs, which keep the
system's font. Never smaller than the style's: a zoom out leaves them as they are. The
style itself is the platform's (its look, the palette's colours), wrapped once for the
whole application (``install``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

Metric = QStyle.PixelMetric
# drawn at the style's size times the text's factor
GROWN = frozenset(
    {
        Metric.PM_IndicatorWidth,
        Metric.PM_IndicatorHeight,
        Metric.PM_ExclusiveIndicatorWidth,
        Metric.PM_ExclusiveIndicatorHeight,
    }
)
# a panel's float and close buttons (Qt's QDockWidgetTitleButton), which take their icons'
# size from PM_SmallIconSize, as the panel places them by it (in its own style, which
# is a ZoomStyle too: reader.ui.icons.PanelButtonStyle)
TITLE_BUTTONS = ("qt_dockwidget_floatbutton", "qt_dockwidget_closebutton")


def point_size(font: QFont) -> float:
    """``font``'s size in points (one set in pixels too)."""
    size = font.pointSizeF()
    return size if size > 0 else float(QFontInfo(font).pointSizeF())


def text_factor(widget: QWidget) -> float:
    """How many times the system's text for it ``widget``'s text is, at least 1."""
    system = point_size(QApplication.font(widget))
    return max(1.0, point_size(widget.font()) / system) if system > 0 else 1.0


def in_title_bar(widget: QWidget) -> bool:
    """``widget`` is a panel (which places its float and close buttons by this metric)
    or one of those buttons (which size their icons by it)."""
    return isinstance(widget, QDockWidget) or (
        isinstance(widget, QAbstractButton) and widget.objectName() in TITLE_BUTTONS
    )


class ZoomStyle(QProxyStyle):
    """The platform's style, with tick boxes and panel buttons in proportion with their
    text."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        size = super().pixelMetric(metric, option, widget)
        if widget is not None and (
            metric in GROWN or (metric == Metric.PM_SmallIconSize and in_title_bar(widget))
        ):
            return round(size * text_factor(widget))
        return size


def install() -> None:
    """Make the application's style a ZoomStyle over the style it has (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or isinstance(app.style(), ZoomStyle):
        return
    base = QStyleFactory.create(app.style().name())  # the old style is the app's to delete
    if base is not None:
        app.setStyle(ZoomStyle(base))


def refit_title_buttons(dock: QDockWidget) -> None:
    """Have ``dock``'s float and close buttons measure their icons again (Qt keeps the
    size it read until the style changes) after a change of the panel's font."""
    for button in dock.findChildren(QAbstractButton):
        if button.objectName() in TITLE_BUTTONS:
            QApplication.sendEvent(button, QEvent(QEvent.Type.StyleChange))
