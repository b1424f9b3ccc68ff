"""A figure that is part of a name is no count (reader.analysis.figures.figure_names): a
model's variant hyphened to its number ("a Boeing 737-800") as the model's number."""

from __future__ import annotations

import pytest

from reader.analysis.features import extract
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


def _figures(text: str) -> list[str]:
    f = extract(Unit(0, Span(0, len(text)), text, fold(text)))
    return [m.key for m in f.numbers if m.kind == "number"]


# was "num:800": "737-800" was read as a score and its "800" matched another page's "800"
@pytest.mark.parametrize(
    "text",
    [
        "The flight, a Boeing 737-800, landed safely.",
        "The airline flies an Airbus A330-300 on the route.",
        "Two Boeing 747-400 jets were grounded.",
    ],
)
def test_a_model_s_variant_is_no_figure(text: str) -> None:
    assert [k for k in _figures(text) if k in ("num:800", "num:300", "num:400")] == []


def test_a_count_before_a_model_and_its_variant_is_still_read() -> None:
    assert _figures("Two Boeing 747-400 jets were grounded.") == ["num:2"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Between 1,200-1,500 people and 500-600 cars came.", "num:600"),
        ("In May 700-800 people marched.", "num:800"),
    ],
)
def test_a_round_hundred_after_a_score_or_a_range_is_still_a_figure(text: str, figure: str) -> None:
    assert figure in _figures(text)


# was "num:4417": a flight's number read as a count, open to compare with any other
@pytest.mark.parametrize(
    "text",
    [
        "Flight 4417 was cruising when the pilots declared an emergency.",
        "Passengers on flight 4417 were told to brace.",
        "It came to a stop beyond runway 27 with 178 people on board.",
    ],
)
def test_a_flight_s_or_a_runway_s_number_is_no_figure(text: str) -> None:
    assert [k for k in _figures(text) if k in ("num:4417", "num:27")] == []


def test_a_count_of_flights_is_still_a_figure() -> None:
    assert _figures("The airline cancelled 40 flights and 12 more were delayed.") == [
        "num:40",
        "num:12",
    ]


# was "num:100", "num:500": a stock index's number read as a count ("500 fell")
@pytest.mark.parametrize(
    "text",
    [
        "Shares in the firm rose 3% on the FTSE 100 on Monday.",
        "The S&P 500 fell 1.2% in New York.",
        "The Nikkei 225 closed higher in Tokyo.",
        "Small caps on the Russell 2000 lagged.",
        "The pan-European Stoxx 600 was flat.",
        "The CAC 40 and the DAX 40 both slipped.",
    ],
)
def test_a_stock_index_s_number_is_no_figure(text: str) -> None:
    assert [k for k in _figures(text) if not k.startswith("pct:")] == []


def test_a_count_after_an_index_s_name_and_a_comma_is_still_read() -> None:
    assert _figures("On the FTSE, 100 companies reported.") == ["num:100"]


# were "num:3", "num:4", "num:2": which units and which level, read as counts ("3 degrees ·
# 3" linked a forecast to the units' sentence)
@pytest.mark.parametrize(
    "text",
    [
        "Within about 90 seconds Redcliff Units 3 and 4 had tripped.",
        "Redcliff's owner said Unit 3 was back online.",
        "Reactor 4 exploded.",
        "The operator issued a level 2 energy emergency alert.",
        "AVSO declared an Energy Emergency Alert Level 2.",
        "The storm strengthened to Category 4 overnight.",
    ],
)
def test_a_number_telling_which_unit_or_level_is_no_figure(text: str) -> None:
    assert [k for k in _figures(text) if k in ("num:2", "num:3", "num:4")] == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The plant has 3 units and 4 reactors.", ["num:3", "num:4"]),
        ("The units sold 3 times as many.", ["num:3"]),
    ],
)
def test_a_count_of_units_is_still_a_figure(text: str, figures: list[str]) -> None:
    assert _figures(text) == figures
