"""A fact-checker's power blackout pair (tests/data/pages/blackout_*): a regional daily
("About 1.4 million customers", "at 4:17 p.m.", "about 2,300 megawatts", "a record 21,480
megawatts", "a level 2 energy emergency alert at 3:50 p.m.", "about $310 million", "a low
of 3 degrees") and an energy trade site ("1,412,000 homes and businesses", "16:17 local
time", "2.3 gigawatts", "21.9GW", "Redcliff Units 3 and 4, each rated at 750MW", "an
Energy Emergency Alert Level 2 at 15:05", "an estimated $300m", "lows of -16C"), aligned
by both methods: the load shed in megawatts and gigawatts, the old record, the line's
voltage, the forecast low in Fahrenheit and Celsius and the losses told roughly are no
discrepancy; the peak demand and the alert's time are the two."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.blackout_pages import blackout_alignment
from tests.page_pairs import entity_pairs, figure_pairs, quoted, shown_discrepancies


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def blackout(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return blackout_alignment(data_dir, request.param)


# was "$310 million vs $300m" (semantic and lexical), "2,300 megawatts vs 750MW" and
# "January 2024 vs 1 December" (lexical); the demand ("21.9GW" was no figure) and the
# alert ("Energy Emergency Alert" shared no word with "energy emergency alert") were missed
def test_the_peak_demand_and_the_alert_s_time_are_the_discrepancies(blackout: Alignment) -> None:
    assert shown_discrepancies(blackout) == [
        "21,480 megawatts vs 21.9GW (21.9 GW is 21,900 MW)",
        "3:50 p.m. vs 15:05",
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2,300 megawatts", "2.3 gigawatts"),  # were "2,300" and nothing: "2.3" no unit
        ("2,300 megawatts", "2,300 MW"),  # the operator's statement
        ("20,960 megawatts", "20.96GW"),  # the old record; "20.96GW" was no figure
        ("500-kilovolt", "500kV"),  # "500kV" was no figure
        ("3 degrees", "-16C"),  # was 16C: the low of -16C is 3F
    ],
)
def test_power_voltage_and_the_low_below_zero_agree(blackout: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(blackout)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1.4 million", "1,412,000"),
        ("4:17 p.m.", "16:17"),
        ("11%", "10.7 per cent"),  # "nearly 11%" of the load
        ("90%", "nine in ten"),
        ("$1 million", "$1m"),  # the fine a day
        ("8 p.m.", "20:00"),
    ],
)
def test_the_customers_the_times_and_the_shares_agree(blackout: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(blackout)


# were 3 · 3 and a link of the forecast to the units' sentence (lexical)
def test_the_units_numbers_and_the_alert_s_level_are_no_figures(blackout: Alignment) -> None:
    assert not [p for p in figure_pairs(blackout) if p[1] in ("2", "3", "4")]


def test_each_unit_s_rating_is_set_against_no_total(blackout: Alignment) -> None:
    assert not [d for d in shown_discrepancies(blackout) if "750MW" in d]


# was "V Harlow": the "V" of "500kV Harlow–Kelsworth"
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Harlow", "Harlow"),
        ("Alder Valley System Operator", "AVSO"),
        ("Energy Reliability Commission", "ERC"),
        ("Kelsworth Power & Light", "Kelsworth Power & Light"),
        ("Renata Ostrowski", "Renata Ostrowski"),
        ("Lydia Fairbanks", "Lydia Fairbanks"),
    ],
)
def test_the_places_the_operator_and_the_people_are_named_alike(
    blackout: Alignment, a: str, b: str
) -> None:
    assert (a, b) in entity_pairs(blackout)


def test_no_name_is_a_unit_s_letter(blackout: Alignment) -> None:
    assert not [p for p in entity_pairs(blackout) if p[1] in ("V Harlow", "MWh", "GW")]


# were three quotations without a speaker: "told GridBeat: "..." She said ..." was one
# sentence, whose "She said" the first quotation took for its own
@pytest.mark.parametrize(
    "opening",
    [
        '"We lost a major transmission ',
        '"did what it is designed to do',
        '"a full account of what happen',
    ],
)
def test_the_spokeswoman_s_words_in_b_are_hers(blackout: Alignment, opening: str) -> None:
    assert (opening, "Renata Ostrowski") in quoted(blackout, "b")


def test_the_resident_is_only_in_a_and_the_prices_only_in_b(blackout: Alignment) -> None:
    only_a = [blackout.a.slice(s) for s in blackout.only_a]
    only_b = [blackout.b.slice(s) for s in blackout.only_b]
    assert any(p.startswith("Marisa Quint, 71,") for p in only_a)
    assert any(p.startswith("Real-time prices at the Kelsworth hub") for p in only_b)


@pytest.mark.parametrize("words", ["Key figures", "Related coverage", "More on the storm", "©"])
def test_the_boxes_and_the_copyright_lines_are_no_text(blackout: Alignment, words: str) -> None:
    assert words not in blackout.a.text
    assert words not in blackout.b.text
