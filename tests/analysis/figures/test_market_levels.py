"""The level a market figure stands at (reader/analysis/figures/market_levels.py), told
with no unit ("to close at 38,412.50", "closing down 2.5 per cent at 38,421.50", "lost
2.8% to 5,104.33"): it counts the level, so two outlets' closing levels of one index
compare, a level never against the points or the percentage of its change, and two
indexes' levels never against each other."""

from __future__ import annotations

import pytest

from reader.analysis.figures.market_levels import LEVEL, told_level
from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Dow fell 968.17 points, or 2.5%, to close at 38,412.50.", "38,412.50"),
        ("The Dow closed at 38,412.50 on Thursday.", "38,412.50"),
        ("The Dow shed nearly 1,000 points, closing down 2.5 per cent at 38,421.50.",
         "38,421.50"),
        ("The FTSE 100 had closed 1.1 per cent lower at 8,214.6.", "8,214.6"),
        ("The index ended the day at 5,104.33.", "5,104.33"),
        ("The Dow had closed at a record 40,120.08 on Nov. 24.", "40,120.08"),
        ("The S&P 500 lost 2.8% to 5,104.33 on Thursday.", "5,104.33"),
        ("The Dow was down 968.17 points, or 2.5%, at 38,412.50.", "38,412.50"),
        ("The volatility index jumped 6.2 points to 24.8.", "24.8"),
    ],
)  # fmt: skip
def test_a_level_told_with_no_unit_counts_the_level(text: str, surface: str) -> None:
    [level] = [m for m in feats(text).numbers if m.surface == surface]
    assert level.unit_word == LEVEL


@pytest.mark.parametrize(
    "text",
    [
        "The shop closed at 1,200 stores.",  # a count of stores
        "The meeting ended with 12 votes to 3.",
        "Turnout rose 2% from 2020 to 64.",
        "The yen weakened to 152.40 per dollar.",
    ],
)
def test_other_figures_are_no_levels(text: str) -> None:
    assert all(m.unit_word != LEVEL for m in feats(text).numbers)


def test_told_level_reads_the_words_before_the_figure() -> None:
    text = "The Dow fell 2.5% to 38,412.50."
    start = text.index("38")
    assert told_level(text, start, start + len("38,412.50"))
    assert not told_level("He counted 38,412.50.", 11, 20)


# was nothing: a figure with no unit counted nothing, so two closing levels never compared
def test_two_closing_levels_of_one_index_differ() -> None:
    assert details(
        "The Dow Jones Industrial Average fell 968.17 points, or 2.5%, to close at 38,412.50.",
        "The Dow Jones industrial average shed nearly 1,000 points, closing down 2.5 per cent "
        "at 38,421.50.",
    ) == ["38,412.50 vs 38,421.50"]


# was nothing: "15,872.19" and "15,872.21" were one key, "num:15872.2"
def test_a_level_keeps_every_digit() -> None:
    assert details(
        "The Nasdaq Composite slid 3.6% to 15,872.19 on Thursday.",
        "The Nasdaq Composite dropped 3.6 per cent to 15,872.21 on Thursday.",
    ) == ["15,872.19 vs 15,872.21"]


def test_one_level_told_twice_matches() -> None:
    assert ("5,104.33", "5,104.33") in shared_figures(
        "The S&P 500 lost 2.8% to 5,104.33.", "The broader S&P 500 fell 2.8 per cent to 5,104.33."
    )


# a guard: the Nasdaq's level is no S&P level told otherwise
def test_two_indexes_levels_do_not_compare() -> None:
    assert not details(
        "The S&P 500 lost 2.8% to 5,104.33, and the Nasdaq Composite slid 3.6% to 15,872.19.",
        "The broader S&P 500 fell 2.8 per cent to 5,104.33, while the Nasdaq Composite "
        "dropped 3.6 per cent.",
    )
    assert not details(
        "The S&P 500 lost 2.8% to 5,104.33, and the Nasdaq Composite slid 3.6% to 15,872.19.",
        "The Nasdaq Composite dropped 3.6 per cent to 15,872.19, and the S&P 500 fell 2.8 "
        "per cent to 5,104.33.",
    )


# a guard: the points a change shed are no level
def test_a_level_is_not_read_against_the_points_of_the_change() -> None:
    assert not details(
        "The Dow fell 968.17 points to close at 38,412.50.",
        "The Dow shed nearly 1,000 points to 38,412.50.",
    )


# a guard: an hour told bare is no level ("will close at 6", "opened at 10.15")
@pytest.mark.parametrize(
    "text", ["The museum will close at 6 on Friday.", "The polls opened at 10.15 on Sunday."]
)
def test_an_hour_is_no_level(text: str) -> None:
    assert all(m.unit_word != LEVEL for m in feats(text).numbers)
