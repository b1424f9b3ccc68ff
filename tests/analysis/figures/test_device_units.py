"""A device's specifications as units (reader.analysis.figures.device_units, in
reader.analysis.figures.written_units): storage in bytes ("256GB", "1TB"), a battery's
milliamp-hours ("5,000mAh"), hertz ("120Hz", "3.2GHz"), megapixels ("48MP"), ounces ("7
ounces") and a length in inches glued ("6.7in"). On main the glued symbols made a figure
part of a name ("the 76ers"): "5,000mAh" and "4,800mAh" were no figures, so a battery's
two capacities never disagreed; "7 ounces" counted ounces no conversion knew."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, figure_labels


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.key, m.unit_word) for m in feats(text).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The battery grows to 5,000mAh.", ("num:5000", "milliamp-hour")),
        ("It has a 4,800 milliamp-hour battery.", ("num:4800", "milliamp-hour")),
        ("The base model has 256GB of storage.", ("num:2.56e+11", "byte")),
        ("The top model has 1TB of storage.", ("num:1e+12", "byte")),
        ("The screen refreshes at 120Hz.", ("num:120", "hertz")),
        ("The chip runs at 3.2GHz.", ("num:3.2e+09", "hertz")),
        ("The main camera is 48MP.", ("num:48", "megapixel")),
    ],
)
def test_a_device_s_figure_is_read_in_its_unit(text: str, read: tuple[str, str]) -> None:
    assert _read(text)[0] == read


def test_a_length_in_inches_may_be_glued() -> None:
    assert _read("It has a 17cm (6.7in) screen.")[1] == ("num:6.7", "inch")


# "in" spaced is a preposition, "MPs" members of parliament, "gb" no symbol
@pytest.mark.parametrize(
    "text",
    ["Sales rose 6.7 in the US.", "The bill was backed by 48 MPs.", "It holds 256gb."],
)
def test_a_word_like_a_symbol_is_no_unit(text: str) -> None:
    assert all(unit not in ("inch", "megapixel", "byte") for _, unit in _read(text))


def test_two_battery_capacities_are_a_discrepancy() -> None:
    assert details(
        "The battery grows to 5,000mAh, and Halcyra promises longer battery life.",
        "Its 4,800mAh battery gives longer battery life, Halcyra claims.",
    ) == ["5,000mAh vs 4,800mAh"]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "At 200 grams the Nova is lighter.",
            "The Nova weighs 7 ounces.",
            "200 grams ≈ 7 ounces (converted: 200 grams is 7.05 ounces)",
        ),
        ("The Nova has 1TB of storage.", "The Nova has 1,000GB of storage.", "1TB"),
        ("The Nova has a 6.7-inch display.", "The Nova has a 6.7in screen.", "6.7-inch"),
    ],
)
def test_one_specification_told_in_two_units_is_one_figure(a: str, b: str, label: str) -> None:
    assert figure_labels(feats(a), feats(b)) == [label]
