"""Tests of reader/export/contrast.py: the WCAG 2 formula on literal colours."""

from __future__ import annotations

import pytest

from reader.export.contrast import contrast, legible, mix, rgb


@pytest.mark.parametrize(
    ("one", "other", "ratio"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#FFFFFF", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the lightest grey that reads on white
        ("#009E73", "#FFFFFF", 3.42),
        ("#D55E00", "#FFFFFF", 3.87),
    ],
)
def test_contrast_ratio(one: str, other: str, ratio: float) -> None:
    assert contrast(one, other) == pytest.approx(ratio, abs=0.01)
    assert contrast(other, one) == pytest.approx(ratio, abs=0.01)


def test_mix() -> None:
    assert mix("#FF0000", "#FFFFFF", 0.25) == "#FFBFBF"
    assert mix("#123456", "#000000", 1.0) == "#123456"


def test_legible_moves_a_colour_only_as_far_as_it_must() -> None:
    assert legible("#000000", ["#FFFFFF"], "#1A1A1A", 4.5) == "#000000"  # reads already
    orange = legible("#D55E00", ["#FFFFFF"], "#1A1A1A", 4.5)
    assert 4.5 <= contrast(orange, "#FFFFFF") < 5.0  # no darker than it takes
    red, _green, blue = rgb(orange)
    assert red > 0xB0 and blue < 0x10  # still an orange
    assert legible("#FFFFFF", ["#FFFFFF"], "#FFFFFF", 4.5) == "#FFFFFF"  # nothing reads
