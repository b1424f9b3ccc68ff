"""The About box and the application icon.

Wiring (main window): ``show_about(self)`` in the Help > About handler, and
``app.setWindowIcon(app_icon())`` once the QApplication exists.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.about import APP_NAME, about_html
from reader.ui.ratio_watch import RatioWatch

ICON_SIZES = (16, 32, 48, 64, 128, 256)
ABOUT_ICON_SIZE = 64


def icon_file(size: int) -> Path:
    """The shipped PNG of the application icon at ``size`` pixels (hicolor layout)."""
    icons = files("reader.resources") / "icons" / "hicolor"
    return Path(str(icons / f"{size}x{size}" / "apps" / "crossread.png"))


def app_icon() -> QIcon:
    """The application icon with every shipped size (empty if the files are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon


def about_picture(icon: QIcon, ratio: float) -> QPixmap:
    """The About box's picture for a screen of device pixel ratio ``ratio``: the shipped
    PNG of as many pixels as it shows (128 at 2, 64 at 1), not another one scaled."""
    return icon.pixmap(QSize(ABOUT_ICON_SIZE, ABOUT_ICON_SIZE), ratio)


def show_about(parent: QWidget | None) -> QMessageBox:
    """Open the About box window-modal over ``parent`` without blocking; return it.

    The box deletes itself when closed.
    """
    box = QMessageBox(parent)
    box.setWindowTitle(f"About {APP_NAME}")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html())
    icon = app_icon()
    if not icon.isNull():  # at the ratio of the parent's screen, where the box opens
        ratio = (parent or box).devicePixelRatioF()
        box.setIconPixmap(about_picture(icon, ratio))

        def redraw() -> None:  # the box dragged to a screen of another ratio
            box.setIconPixmap(about_picture(icon, box.devicePixelRatioF()))

        RatioWatch(box, lambda: box.iconPixmap().devicePixelRatio(), redraw)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
