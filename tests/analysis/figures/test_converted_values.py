"""The evidence of a figure matched to the other's told in another unit gives the value
converted (reader/analysis/figures/converted_values.py), so a fact-checker can see the
conversion hold: "35 km ≈ 22 miles (converted: 35 km is 21.7 miles)", for a unit of
measure, a temperature, a sum at the pair's own rate, a clock time in another zone, a
pace and a length of time; and a measure that differs once converted says what it comes
to ("130 mph vs 240km/h (240 km/h is 149 mph)"), kept after both sides when they swap.
Each was "35 km ≈ 22 miles (converted)", the conversion to be done by hand."""

from __future__ import annotations

from datetime import date

import pytest

from reader.analysis.mentions import link_mentions
from reader.model.alignment import _swap_detail
from reader.model.fact_kinds import told_kind
from tests.analysis.sentence_pairs import dated, details, feats, figure_labels, sentences_feats


def _labels(a: str, b: str) -> list[str]:
    fa, fb = sentences_feats(a, b)
    return figure_labels(fa, fb)


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "The fire is 35 km from the town.",
            "The fire is 22 miles from the town.",
            "35 km ≈ 22 miles (converted: 35 km is 21.7 miles)",
        ),
        # the unit readable, not the "-metre" of the hyphened figure
        (
            "A 3.7-metre storm surge hit the town.",
            "A storm surge of 12 feet hit the town.",
            "3.7-metre ≈ 12 feet (converted: 3.7 metres is 12.1 feet)",
        ),
        (
            "The fire burned 1,500 hectares of forest.",
            "The fire burned 3,700 acres of forest.",
            "1,500 hectares ≈ 3,700 acres (converted: 1,500 hectares is 3,710 acres)",
        ),
    ],
)
def test_a_measure_in_another_unit_gives_its_value_converted(a: str, b: str, label: str) -> None:
    assert _labels(a, b) == [label]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "The water was 30C off the coast.",
            "The water was 86 degrees Fahrenheit off the coast.",
            "30C ≈ 86 degrees Fahrenheit (converted: 30°C is 86.0°F)",
        ),
        (
            "Overnight it fell to 7 degrees Fahrenheit in the valley.",
            "Overnight it fell to -14C in the valley.",
            "7 degrees Fahrenheit ≈ -14C (converted: 7°F is -13.9°C)",
        ),
        # a difference of two temperatures: not 10°F, -12.2°C
        (
            "Much of the south was about 10F above normal for July.",
            "Much of the south was running 5.5C above the July average.",
            "10F ≈ 5.5C (converted: a difference of 10°F is 5.6°C)",
        ),
    ],
)
def test_a_temperature_is_converted_to_one_decimal(a: str, b: str, label: str) -> None:
    assert _labels(a, b) == [label]


@pytest.mark.parametrize(
    ("told", "a", "b", "label"),
    [
        (
            "The deal values Corvane at £14.8bn ($18.7bn).",
            "Aldmoor expects $600 million of annual cost savings.",
            "Aldmoor expects cost savings of £475mn a year.",
            "$600 million ≈ £475mn (converted at the rate told, $1 = £0.791: $600 million is"
            " £475mn)",
        ),
        # no sign: the codes said ("400m" its figure alone, "SEK" after it)
        (
            "It paid SEK 1bn (€88m) for the site.",
            "The fine was 400m SEK.",
            "The fine was 35 million euros.",
            "400m ≈ 35 million (converted at the rate told, 1 SEK = 0.088 EUR: 400m SEK is"
            " 35.2m EUR)",
        ),
    ],
)
def test_a_sum_in_another_currency_gives_the_rate_and_its_value(
    told: str, a: str, b: str, label: str
) -> None:
    fa, fb = [feats(a)], [feats(told), feats(b)]
    labels = [x.label for x in link_mentions(fa, fb, {0: [1]}, {1: [0]}) if x.kind == "number"]
    assert labels == [label]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "The storm made landfall at 2 a.m. EDT near Port Alder.",
            "The storm made landfall at 06:00 GMT near Port Alder.",
            "2 a.m. EDT ≈ 06:00 GMT (converted: 2 a.m. EDT is 06:00 GMT)",
        ),
        # the other's clock of the 12 hours, and the day turned
        (
            "The quake struck at 0452 GMT.",
            "The quake struck at 11:52 p.m. EST.",
            "0452 GMT ≈ 11:52 p.m. EST (converted: 0452 GMT is 11:52 p.m. EST the day before)",
        ),
    ],
)
def test_a_time_in_another_zone_gives_it_on_the_other_s_clock(a: str, b: str, label: str) -> None:
    published = date(2026, 9, 24)
    assert figure_labels(dated(a, published), dated(b, published)) == [label]


def test_a_pace_per_kilometre_gives_it_per_mile() -> None:
    a = "Kiptanui averaged 2:54 per kilometre in the Lakemont Marathon."
    b = "Kiptanui held a pace of about 4:41 per mile in the Lakemont Marathon."
    assert _labels(a, b) == [
        "2:54 per kilometre ≈ 4:41 per mile (converted: 2:54 per kilometre is 4:40 per mile)"
    ]


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            "Hale was jailed for 12 years on Friday.",
            "Hale was sentenced to 144 months on Friday.",
            "12 years ≈ 144 months (converted: 12 years is 144 months)",
        ),
        (
            "The strike lasted two weeks.",
            "The strike lasted 14 days.",
            "two weeks ≈ 14 days (converted: 2 weeks is 14 days)",
        ),
    ],
)
def test_a_length_in_another_unit_gives_it_in_the_other_s(a: str, b: str, label: str) -> None:
    assert figure_labels(feats(a), feats(b)) == [label]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        (
            "A gust of 130 mph was recorded.",
            "A gust of 240km/h was recorded.",
            "130 mph vs 240km/h (240 km/h is 149 mph)",
        ),
        (
            "Wayfarer-3 separated from the second stage at 1852 GMT.",
            "Wayfarer-3 separated from the second stage at 2:52 p.m. EST.",
            "1852 GMT vs 2:52 p.m. EST (1852 GMT is 1:52 p.m. EST)",
        ),
    ],
)
def test_a_discrepancy_in_two_units_says_what_one_comes_to(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_the_note_stays_after_both_sides_when_they_swap() -> None:
    assert _swap_detail("130 mph vs 240km/h (240 km/h is 149 mph)") == (
        "240km/h vs 130 mph (240 km/h is 149 mph)"
    )
    assert _swap_detail("$600 million vs £600mn (≈ £475mn at the rate told)") == (
        "£600mn vs $600 million (≈ £475mn at the rate told)"
    )


def test_two_clock_times_with_a_note_are_still_a_time() -> None:
    assert told_kind("date", "10:44 a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC)") == (
        "time"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [(21.748, "21.7"), (149.13, "149"), (1609.344, "1,610"), (0.0254, "0.0254"), (99.96, "100")],
)
def test_a_value_is_written_to_three_significant_figures(value: float, shown: str) -> None:
    from reader.analysis.figures.converted_values import three

    assert three(value) == shown
