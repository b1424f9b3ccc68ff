"""Render resources/icons/crossread.svg to the hicolor PNG sizes with Qt's SVG renderer.

Run from anywhere (offscreen Qt, no display needed)::

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/hicolor/<n>x<n>/apps/crossread.png for each size in SIZES.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "crossread.svg"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a transparent ``size`` x ``size`` ARGB image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon_path(size: int, root: Path = ICONS) -> Path:
    """Where the PNG of ``size`` pixels goes (freedesktop hicolor layout)."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / "crossread.png"


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else SOURCE
    out_root = Path(argv[1]) if len(argv) > 1 else ICONS
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"make_icons: cannot read {source}", file=sys.stderr)
        return 1
    for size in SIZES:
        target = icon_path(size, out_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
