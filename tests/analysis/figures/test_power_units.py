"""Electric power, energy and voltage as units (reader.analysis.figures.written_units): a
figure is read in watts, watt-hours or volts whatever its metric prefix, as a magnitude is
("21.9GW" is 21,900 megawatts, "2.3 gigawatts" and "2,300 MW" one figure), glued to its
figure or not ("750MW", "500kV" were no figures, "MWh" and the "V" of "500kV Harlow" were
names); a figure told in one prefix and another that differs is a discrepancy."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, figure_labels


def _read(text: str) -> list[tuple[str, str]]:
    return [(m.key, m.unit_word) for m in feats(text).numbers if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Demand reached 21.9GW at 16:00.", ("num:2.19e+10", "watt")),
        ("Demand reached 21,480 megawatts.", ("num:2.148e+10", "watt")),
        ("Each unit is rated at 750MW.", ("num:7.5e+08", "watt")),
        ("The 500kV line tripped.", ("num:500000", "volt")),
        ("A 500-kilovolt line tripped.", ("num:500000", "volt")),
        ("The plant made 1.2GWh that day.", ("num:1.2e+09", "watt-hour")),
        ("Homes used 30 kWh a day.", ("num:30000", "watt-hour")),
        ("A 60-watt bulb burned.", ("num:60", "watt")),
    ],
)
def test_a_figure_of_power_energy_or_voltage_is_read_in_its_base_unit(
    text: str, read: tuple[str, str]
) -> None:
    assert _read(text) == [read]


# "Mw" is a quake's moment magnitude, "mw" nothing: the symbols are read in their own case
@pytest.mark.parametrize("text", ["A 6.8 Mw quake struck.", "It was 5 mw."])
def test_a_symbol_in_another_case_is_no_unit_of_power(text: str) -> None:
    assert [unit for _, unit in _read(text)] != ["watt"]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        ("The failures took 2,300 megawatts off the grid.",
         "The failures removed 2.3 gigawatts of supply.", "2,300 megawatts"),
        ("It beat the previous high of 20,960 megawatts.",
         "It beat the previous high of 20.96GW.", "20,960 megawatts"),
        ("A 500-kilovolt line tripped.", "The 500kV line tripped.", "500-kilovolt"),
        ("The plant makes 1,200 megawatt-hours a day.", "The plant makes 1.2GWh a day.",
         "1,200 megawatt-hours"),
    ],
)  # fmt: skip
def test_one_figure_told_with_two_prefixes_is_one_figure(a: str, b: str, label: str) -> None:
    assert figure_labels(feats(a), feats(b)) == [label]


def test_a_figure_told_with_another_prefix_that_differs_is_a_discrepancy() -> None:
    assert details(
        "Demand peaked at a record 21,480 megawatts on Tuesday.",
        "Demand peaked at a record 21.9GW on Tuesday.",
    ) == ["21,480 megawatts vs 21.9GW (21.9 GW is 21,900 MW)"]


def test_a_figure_told_rounded_in_a_larger_prefix_is_no_discrepancy() -> None:
    assert (
        details(
            "Demand peaked at 21.5 gigawatts on Tuesday.", "Demand peaked at 21,480 MW on Tuesday."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The 500kV Harlow–Kelsworth line relayed out.", ["Harlow", "Kelsworth"]),
        ("The 500 kV Harlow line relayed out.", ["Harlow"]),
        ("The price in Kelsworth cleared at $1,180/MWh.", ["Kelsworth"]),
    ],
)
def test_a_unit_s_letters_are_no_name(text: str, names: list[str]) -> None:
    assert [m.surface for m in feats(text).names] == names
