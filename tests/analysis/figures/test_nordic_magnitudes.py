"""Sums in crowns as Nordic copy and the London press write them
(reader/analysis/figures/numerals.py, currency_codes.py, money_words.py): an ISO code or a
currency's name after a magnitude glued to its figure ("400m SEK", "5m euros"), the
Danish, Norwegian and Swedish magnitudes ("400 millioner kroner", "400 miljoner kronor",
"400 mio. kr.", "4 mia. kr.", "400 mill. kr.") and "kr." after a figure. Each is one sum
with the same sum told another way ("SEK 400 million"), and a sum in Swedish crowns is
none in Norwegian ones ("400m NOK")."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures, sums


def _fined(sum_told: str) -> str:
    return f"Nordbank was fined {sum_told} by the regulator on Tuesday."


# were "400" of nothing: the "m" was read only after a sign before the figure
@pytest.mark.parametrize(
    ("told", "key", "code"),
    [
        ("400m SEK", "num:4e+08", "sek"),
        ("400m NOK", "num:4e+08", "nok"),
        ("400mn DKK", "num:4e+08", "dkk"),
        ("5m euros", "num:5e+06", "eur"),
        ("40k Swiss francs", "num:40000", "chf"),
    ],
)
def test_a_magnitude_glued_before_a_currency_scales_its_sum(told: str, key: str, code: str) -> None:
    assert sums(_fined(told)) == [(told.split()[0], key, code)]


# guards (pass on main too): a code naming a thing, a name after a year
def test_a_code_before_a_long_word_leaves_the_m_unread() -> None:
    # "SAR" here is search and rescue, no Saudi riyal
    assert sums("A 400m SAR operation began at dawn.") == [("400", "num:400", "")]


# were "400" counting "million", "miljon", "milliard", "miljard"
@pytest.mark.parametrize(
    ("told", "surface", "key", "code"),
    [
        ("400 millioner kroner", "400 millioner", "num:4e+08", "kroner"),
        ("4 milliarder kroner", "4 milliarder", "num:4e+09", "kroner"),
        ("400 miljoner kronor", "400 miljoner", "num:4e+08", "sek"),
        ("4 miljarder kronor", "4 miljarder", "num:4e+09", "sek"),
        ("1 miljon kronor", "1 miljon", "num:1e+06", "sek"),
    ],
)
def test_a_nordic_magnitude_word_scales_its_sum(
    told: str, surface: str, key: str, code: str
) -> None:
    assert sums(_fined(told)) == [(surface, key, code)]


# were "400 mio" of nothing, and "400" counting "mia" or "mill"
@pytest.mark.parametrize(
    ("told", "surface", "key"),
    [
        ("400 mio. kr.", "400 mio", "num:4e+08"),
        ("4 mia. kr.", "4 mia", "num:4e+09"),
        ("400 mill. kr.", "400 mill", "num:4e+08"),
    ],
)
def test_a_nordic_abbreviated_magnitude_before_kr_is_a_sum_in_crowns(
    told: str, surface: str, key: str
) -> None:
    assert sums(_fined(told)) == [(surface, key, "kr")]


def test_an_abbreviation_with_no_point_is_no_magnitude() -> None:
    assert sums("In 2019 Mia Farrow spoke at the hearing.") == []


# were no figure shared: "400m SEK" was 400 of nothing, "400 miljoner" 400 "miljon"s
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SEK 400 million", "400m SEK"),
        ("SEK 400m", "400 miljoner kronor"),
        ("NOK 400m", "400 millioner kroner"),
    ],
)
def test_one_sum_in_crowns_told_the_nordic_way_is_one_figure(a: str, b: str) -> None:
    assert len(shared_figures(_fined(a), _fined(b))) == 1


# were one figure: "400" and "400" of nothing
@pytest.mark.parametrize(
    ("a", "b"), [("400m SEK", "400m NOK"), ("400 miljoner kronor", "400m NOK")]
)
def test_swedish_crowns_told_the_nordic_way_are_no_norwegian_sum(a: str, b: str) -> None:
    assert shared_figures(_fined(a), _fined(b)) == []


# was no discrepancy: "400" and "420" of nothing
def test_two_sums_told_before_their_code_disagree() -> None:
    assert details(_fined("400m SEK"), _fined("420m SEK")) == ["400m vs 420m"]
