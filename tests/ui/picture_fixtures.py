"""The pictures rich text carries (``<img src="data:...">``, reader.ui.sample_picture),
read back from the HTML with their size in logical pixels."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from PySide6.QtGui import QImage

IMG = re.compile(r"<img ([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
PNG = "data:image/png;base64,"


@dataclass(frozen=True)
class Picture:
    image: QImage
    width: float  # logical pixels, as the rich text lays it
    height: float

    @property
    def ratio(self) -> float:
        """The device pixel ratio it was drawn at (its pixels per logical pixel)."""
        return self.image.width() / self.width


def pictures(html: str) -> list[Picture]:
    """Every PNG picture in ``html``, in order."""
    found = []
    for attributes in IMG.findall(html):
        told = dict(ATTRIBUTE.findall(attributes))
        image = QImage()
        assert image.loadFromData(base64.b64decode(told["src"].removeprefix(PNG)), "PNG")
        found.append(Picture(image, float(told["width"]), float(told["height"])))
    return found
