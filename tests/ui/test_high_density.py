"""What Crossread paints itself, painted at a high device pixel ratio (a HiDPI laptop's
1.5 or 2): into a QImage whose ratio is set, as the window's backing store is on such a
screen. tests/ui/test_high_density_window.py runs the whole window at scale 2 and 1.5
(test_the_window_at_a_high_density, below), tests/ui/test_screen_change_window.py on a
laptop's screen at 2 and a monitor at 1 (test_the_window_moved_between_screens)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model import MatchKind
from reader.ui.app import SCREENSHOT_SIZE
from reader.ui.band_paint import FLAG_LINE
from reader.ui.drop_mark import BORDER, DropMark
from reader.ui.geometry import Band
from reader.ui.highlights import HATCH_STEP, Theme, hatch
from reader.ui.link_map import FRAME_GREY, LinkMap

ROOT = Path(__file__).resolve().parents[2]
FILL, LINE = QColor("#dddddd"), QColor("#222222")


def rendered(widget: QWidget, ratio: float) -> QImage:
    """``widget`` painted at device pixel ratio ``ratio``."""
    size = widget.size()
    image = QImage(
        round(size.width() * ratio), round(size.height() * ratio), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    widget.render(image, QPoint(0, 0))
    return image


def dark_run(image: QImage, y: int, x0: int = 0, x1: int | None = None) -> list[int]:
    """The columns of row ``y`` (from x0 to x1) darker than mid-grey."""
    end = image.width() if x1 is None else x1
    return [x for x in range(x0, end) if image.pixelColor(x, y).lightness() < 128]


# --- the hatching of a passage only in one article ---------------------------------------


def test_the_hatch_is_drawn_at_the_screens_density() -> None:
    tile = hatch(FILL, LINE, 2.0).textureImage()
    assert (tile.width(), tile.devicePixelRatio()) == (2 * HATCH_STEP, 2.0)


def test_the_hatch_at_scale_1_is_the_tile_it_was() -> None:
    tile = hatch(FILL, LINE, 1.0).textureImage()
    assert tile.width() == HATCH_STEP
    assert [x for x in range(HATCH_STEP) if tile.pixelColor(x, 0) == LINE] == [HATCH_STEP - 1]


def test_the_hatch_keeps_two_colours_at_scale_2() -> None:
    """Tints and contrasts are measured on the tile's colours (test_highlights)."""
    tile = hatch(FILL, LINE, 2.0).textureImage()
    found = {tile.pixel(x, y) for x in range(tile.width()) for y in range(tile.height())}
    assert found == {FILL.rgb(), LINE.rgb()}


def test_the_hatch_lines_step_one_device_pixel_a_row_at_scale_2() -> None:
    """Scaled up from a tile of HATCH_STEP pixels, a line was a stair of 2x2 squares."""
    image = QImage(4 * HATCH_STEP, 4 * HATCH_STEP, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(2.0)
    painter = QPainter(image)
    painter.fillRect(QRectF(0, 0, 2 * HATCH_STEP, 2 * HATCH_STEP), hatch(FILL, LINE, 2.0))
    painter.end()
    starts = [dark_run(image, y)[0] for y in range(4, 10)]
    assert [before - after for before, after in pairwise(starts)] == [1] * 5  # down, left


# --- the link map: its frame and a discrepancy's mark -----------------------------------


@pytest.fixture
def flagged_map(qtbot: QtBot) -> LinkMap:
    """A map 72 wide with one flagged claim band, level, its middle at y=30."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 60)
    widget.set_bands([Band("m1", MatchKind.CLAIM, 10.0, 50.0, 10.0, 50.0)])
    widget.set_flagged(frozenset({"m1"}))
    return widget


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_the_discrepancy_mark_is_centred_in_its_ring(flagged_map: LinkMap, ratio: float) -> None:
    """The "!" was a glyph placed by pixel offsets: a pixel or two left of the middle at
    scale 2."""
    image = rendered(flagged_map, ratio)
    y = round(27 * ratio)  # on the stem, above the middle
    ring_left, *_, ring_right = dark_run(image, y, round(26 * ratio), round(46 * ratio))
    inside = [x for x in dark_run(image, y, ring_left + 1, ring_right) if x - ring_left > 3]
    stem = [x for x in inside if ring_right - x > 3]
    assert stem and abs((stem[0] + stem[-1]) / 2 - (ring_left + ring_right) / 2) <= 0.5
    assert len(stem) == pytest.approx(FLAG_LINE * ratio, abs=1)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_stem_and_dot_of_the_mark_stand_apart(flagged_map: LinkMap, ratio: float) -> None:
    """A glyph at scale 1 ran into the ring, its dot into its stem."""
    image = rendered(flagged_map, ratio)
    x = round(36 * ratio) - 1  # the stem's left column (the map's middle is x=36)
    column = [
        image.pixelColor(x, y).lightness() < 128
        for y in range(round(22 * ratio), round(39 * ratio))
    ]
    runs = "".join("#" if dark else "." for dark in column).split(".")
    assert len([run for run in runs if run]) == 4  # ring, stem, dot, ring


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("edge", [10.0, 50.0])
def test_the_frame_of_the_map_is_a_whole_line(qtbot: QtBot, ratio: float, edge: float) -> None:
    """Centred on the strip's edge, half the line was clipped away: a faint smear at
    scale 1 and 1.5."""
    widget = LinkMap()
    qtbot.addWidget(widget)
    widget.resize(72, 60)
    widget.set_area(10.0, 50.0)
    image = rendered(widget, ratio)
    frame = Theme.from_palette(widget.palette()).tint(FRAME_GREY, 0.25, 0.3)
    rows = range(round((edge - 2) * ratio), round((edge + 2) * ratio))
    assert frame.rgb() in {image.pixel(5, y) for y in rows}


# --- the frame round an article while a file is dragged over the window --------------


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_the_drop_frame_is_as_wide_on_every_side(qtbot: QtBot, ratio: float) -> None:
    """Inset by whole pixels, the frame was a device pixel thinner at the top and left
    and stopped one short of the right and bottom edges at scale 2."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(100, 100)
    mark = DropMark(window)
    mark.mark(QRect(0, 0, 40, 30), "")
    image = rendered(mark, ratio)
    row = [image.pixelColor(x, image.height() // 2).lightness() < 200 for x in range(image.width())]
    column = [
        image.pixelColor(image.width() // 2, y).lightness() < 200 for y in range(image.height())
    ]
    width = round(BORDER * ratio)
    for line in (row, column):
        assert line[:width] == [True] * width and not line[width]
        assert line[-width:] == [True] * width and not line[-width - 1]


# --- the whole window, in a child process told its screen's scale ------------------------


def child_env(tmp_path: Path, **qt: str) -> dict[str, str]:
    """The environment of a child with its settings, autosave and vectors in tmp_path,
    offscreen, Qt's variables ``qt`` set."""
    return {
        **{k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"},
        "QT_QPA_PLATFORM": "offscreen",
        **qt,
        "CROSSREAD_CACHE_DIR": str(tmp_path / "cache"),
        "CROSSREAD_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def at_scale(scale: str, tmp_path: Path) -> dict[str, str]:
    """The environment of a child whose offscreen screen has device pixel ratio ``scale``."""
    return child_env(tmp_path, QT_SCALE_FACTOR=scale)


def on_a_desk(tmp_path: Path) -> dict[str, str]:
    """The environment of a child with two offscreen screens side by side: a laptop's at
    ratio 2 (1400 x 900 logical pixels, primary) and a monitor at 1 (a screen's ratio is
    its logicalDpi over its logicalBaseDpi; sizes are in device pixels)."""
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 2800, "height": 1800}
    monitor = {"name": "monitor", "x": 3000, "y": 0, "width": 1920, "height": 1200}
    laptop |= {"logicalDpi": 192, "logicalBaseDpi": 96}
    monitor |= {"logicalDpi": 96, "logicalBaseDpi": 96}
    config = tmp_path / "desk.json"
    config.write_text(json.dumps({"screens": [laptop, monitor]}), encoding="utf-8")
    return child_env(tmp_path, QT_QPA_PLATFORM=f"offscreen:configfile={config}")


def run_child(test_file: str, env: dict[str, str], tmp_path: Path) -> None:
    """Run ``test_file`` in a child pytest in ``env``; every test in it must pass."""
    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"]
    argv += ["--basetemp", str(tmp_path / "child"), test_file]
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=300)
    out = done.stdout.decode(errors="replace")
    assert done.returncode == 0, out
    assert "skipped" not in out and " passed" in out


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["2", "1.5"])
def test_the_window_at_a_high_density(tmp_path: Path, scale: str) -> None:
    """tests/ui/test_high_density_window.py, run where the screen's ratio is ``scale``."""
    run_child("tests/ui/test_high_density_window.py", at_scale(scale, tmp_path), tmp_path)


@pytest.mark.slow
def test_the_window_moved_between_screens(tmp_path: Path) -> None:
    """tests/ui/test_screen_change_window.py, run on a desk of a laptop's screen at 2 and
    a monitor at 1."""
    run_child("tests/ui/test_screen_change_window.py", on_a_desk(tmp_path), tmp_path)


@pytest.mark.slow
def test_the_screenshot_has_the_screens_pixels(tmp_path: Path) -> None:
    """``crossread --screenshot`` on a screen of ratio 2: the window's 1400x900 in device
    pixels, as sharp as the screen shows it (the grab of a widget at ratio 1.5 is
    measured in test_high_density_window.py)."""
    shot = tmp_path / "shot.png"
    argv = [sys.executable, "-m", "reader", "--screenshot", str(shot)]
    done = subprocess.run(
        argv, cwd=ROOT, env=at_scale("2", tmp_path), capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (2 * SCREENSHOT_SIZE[0], 2 * SCREENSHOT_SIZE[1])
