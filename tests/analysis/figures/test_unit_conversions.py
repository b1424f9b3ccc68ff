"""Figures told in two systems of units (reader/analysis/figures/unit_conversions.py):
"150 mph" and "240km/h" are one value, rounded by the writer who converted it, and so
are a Numbers match whose evidence says "converted"; "130 mph" and "240 km/h" (149 mph)
are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.figures.converted_values import CONVERTED
from reader.analysis.figures.unit_conversions import converted, measures
from reader.analysis.mentions import link_mentions
from tests.analysis.sentence_pairs import feats, shared_figures
from tests.storm_pages import number_words, storm_alignment


def _verdict(a: str, b: str) -> bool | None:
    (x,), (y,) = measures(feats(a)), measures(feats(b))
    return converted(x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("winds of 150 mph", "winds of 240km/h"),
        ("winds of 150 miles per hour", "winds of 241 km/h"),
        ("winds of 130 knots", "winds of 240 kph"),
        ("a storm surge of 12 feet", "a 3.7-metre storm surge"),
        ("up to 20 inches of rain", "up to 500mm of rain"),
        ("water of 86 degrees Fahrenheit", "water of 30C"),
        ("water of 86°F", "water of 30 °C"),
        ("about 40 miles inland", "about 65km inland"),
        ("a pressure of 940 millibars", "a pressure of 940 hPa"),
        ("a 500-acre fire", "a fire of 200 hectares"),
        ("a 10-pound baby", "a baby of 4.5kg"),
        ("5 gallons of water", "19 litres of water"),
        # doses (the study pair's "50 micrograms"): were no measure
        ("a dose of 50 micrograms", "a dose of 0.05 milligrams"),
        ("500 mg of paracetamol", "0.5 grams of paracetamol"),
        # torques (the recall pair's bolt): were no measure
        ("a bolt torqued to 26 lb-ft", "a bolt torqued to 35 Nm"),
        ("a torque of 300 pound-feet", "a torque of 407 newton-metres"),
        # metric tons (the launch pair's cargo): were no measure
        ("2,800 kg of cargo", "2.8 tonnes of cargo"),
        ("6,200 pounds of cargo", "2.8 metric tons of cargo"),
    ],
)  # fmt: skip
def test_one_value_told_in_two_units_is_the_same(a: str, b: str) -> None:
    assert _verdict(a, b) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a gust of 130 mph", "a gust of 240km/h"),
        ("a storm surge of 12 feet", "a 5-metre storm surge"),
        ("up to 10 inches of rain", "up to 500mm of rain"),
        ("a fire of 1,000 acres", "a fire of 300 hectares"),
        ("a dose of 50 micrograms", "a dose of 5 mg"),
        ("a bolt torqued to 35 lb-ft", "a bolt torqued to 35 Nm"),
        ("2,300 kg of cargo", "2.8 tonnes of cargo"),
    ],
)  # fmt: skip
def test_two_values_told_in_two_units_differ(a: str, b: str) -> None:
    assert _verdict(a, b) is False


@pytest.mark.parametrize(
    "text",
    [
        "a budget of £5m",  # a million, not a metre
        "a budget of 30 tons",  # short or metric: unknown
        "it was 30 degrees",  # Celsius or Fahrenheit: unknown
        "about 40 per cent",
        "two miles away",  # in words
    ],
)
def test_an_unknown_or_doubtful_unit_is_no_measure(text: str) -> None:
    assert measures(feats(text)) == []


def test_the_same_unit_is_left_to_the_figures() -> None:
    assert _verdict("winds of 150 mph", "winds of 140 mph") is None


def test_a_figure_and_its_conversion_are_a_numbers_match_that_says_so() -> None:
    a = "A storm surge of 12 feet swept through downtown Port Alder."
    b = "A 3.7-metre storm surge swept through the centre of Port Alder."
    (link,) = [
        x for x in link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]}) if x.kind == "number"
    ]
    assert link.rounded
    assert link.label == "12 feet ≈ 3.7-metre (converted: 12 feet is 3.66 metres)"


def test_an_exact_partner_is_preferred_to_a_converted_one() -> None:
    a = "Winds reached 150 mph."
    b = "Winds reached 240km/h (150mph)."
    assert shared_figures(a, b) == [("150", "150")]


def test_figures_that_differ_once_converted_are_not_matched() -> None:
    assert (
        shared_figures("A gust of 130 mph was recorded.", "A gust of 240km/h was recorded.") == []
    )


# The storm pair (tests/data/pages/storm_*): each figure the British report gives
# converted from the American's is a Numbers match, "converted"
def test_the_storm_pairs_converted_figures_are_matched(data_dir: Path) -> None:
    from reader.analysis import align
    from reader.ingest import load_document

    pages = data_dir / "pages"
    al = align(
        load_document(pages / "storm_gulf_coast_register.html"),
        load_document(pages / "storm_albion_post.html"),
        method="lexical",
    )
    converted_ = [
        m.evidence[0] for m in al.matches if m.evidence and f"({CONVERTED}" in m.evidence[0]
    ]
    assert converted_ == [
        # the landfall's time in the other zone (reader.analysis.times.zoned_partners)
        "2 a.m. EDT ≈ 06:00 GMT (converted: 2 a.m. EDT Thursday is 06:00 GMT Thursday)",
        "940 millibars ≈ 940 hPa (converted: 940 millibars is 940 hPa)",
        "12 feet ≈ 3.7-metre (converted: 12 feet is 3.66 metres)",
        "20 inches ≈ 500mm (converted: 20 inches is 508 mm)",
        "86 degrees Fahrenheit ≈ 30C (converted: 86°F is 30.0°C)",
        "40 miles ≈ 65km (converted: 40 miles is 64.4 km)",
    ]


# A figure's unit is part of what a Numbers match links and is shown by: "3.7-metre ·
# 12 feet", not "3.7 · 12", whether converted or not; what a figure counts is not ("150
# homes" stays "150": the claim shows what)
def _linked(a: str, b: str) -> list[tuple[str, str, str]]:
    """The words each figure match of sentences ``a`` and ``b`` spans, and its label."""
    links = link_mentions([feats(a)], [feats(b)], {0: [0]}, {0: [0]})
    return [
        (a[x.spans[0].start : x.spans[0].end], b[x.spans[1].start : x.spans[1].end], x.label)
        for x in links
        if x.kind == "number"
    ]


def test_a_converted_figure_is_linked_with_its_unit() -> None:
    a = "A 3.7-metre storm surge swept through the centre of Port Alder."
    b = "A storm surge of 12 feet swept through downtown Port Alder."
    assert _linked(a, b) == [
        ("3.7-metre", "12 feet", "3.7-metre ≈ 12 feet (converted: 3.7 metres is 12.1 feet)")
    ]


def test_a_figure_matched_as_written_is_linked_with_its_unit() -> None:
    a = "Winds reached 150mph on the coast."
    b = "Winds reached 150 miles per hour on the coast."
    assert _linked(a, b) == [("150mph", "150 miles per hour", "150mph")]


def test_the_unit_of_one_side_only_is_shown_on_that_side() -> None:
    a = "Gusts on the coast reached 150 mph overnight."
    b = "Overnight, gusts on the coast reached 150, the center said."
    assert _linked(a, b) == [("150 mph", "150", "150 mph")]


def test_what_a_figure_counts_is_no_unit() -> None:
    a = "The storm destroyed 150 homes in the county."
    b = "The storm destroyed 150 homes across the county."
    assert _linked(a, b) == [("150", "150", "150")]


def test_the_storm_pairs_figures_are_shown_with_their_units(data_dir: Path) -> None:
    words = number_words(storm_alignment(data_dir))
    for pair in [
        ("150mph", "150 mph"),
        ("940 hPa", "940 millibars"),
        ("3.7-metre", "12 feet"),
        ("500mm", "20 inches"),
        ("30C", "86 degrees Fahrenheit"),
        ("65km", "40 miles"),
    ]:
        assert pair in words


def test_a_gust_that_differs_once_converted_is_marked_with_its_units(data_dir: Path) -> None:
    al = storm_alignment(data_dir)
    (gust,) = [d for d in al.discrepancies if "mph" in d.detail]
    assert (al.a.slice(gust.a), al.b.slice(gust.b)) == ("240km/h", "130 mph")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("winds of 20 to 25 mph", "winds of 30 to 40 km/h"),
        ("winds of 20-25 mph", "winds of 30–40 km/h"),
        ("between 20 and 25 miles", "between 32 and 40 km"),
    ],
)  # fmt: skip
def test_the_first_figure_of_a_range_takes_the_unit_after_it(a: str, b: str) -> None:
    assert shared_figures(a, b)[0] == ("20", "30" if "km/h" in b else "32")


@pytest.mark.parametrize(
    "text",
    [
        "from 3 to 4.5 million",  # no unit after the range
        "about 30 miles and 40 people",  # the first figure has a unit of its own
    ],
)
def test_a_range_without_a_unit_after_it_is_no_measure_of_it(text: str) -> None:
    assert [x.shown for x in measures(feats(text))] == (["30 miles"] if "miles" in text else [])


def test_a_length_and_a_speed_of_one_value_are_not_matched() -> None:
    a = "The fire started about 30 miles (48 km) northeast of Alder Falls."
    b = "Winds of 30 to 40 km/h, gusting to 72 km/h, drove the fire uphill."
    assert shared_figures(a, b) == []


# was no match: "Nm" and "newton-metres" counted two things
@pytest.mark.parametrize("b", ["35 newton-metres", "35 newton meters", "35 N·m"])
def test_a_torque_however_spelt_is_one_figure(b: str) -> None:
    a = "The bolt may not have been torqued to 35 Nm at the factory."
    assert shared_figures(a, f"The bolt may not have been tightened to {b}.") == [("35", "35")]


def test_a_chip_s_nanometres_are_no_torque() -> None:
    assert measures(feats("The chip is built on a 3 nm process.")) == []
