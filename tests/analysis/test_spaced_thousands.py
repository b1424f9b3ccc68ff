"""Thousands set off by a space ("20 000", "1 200"), a no-break, narrow no-break or thin
space, read as one figure in English articles (reader/analysis/figures/numerals.py), and never
where the digits are two figures ("in 2019 200 people", "June 12 300 people")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.analysis.figures.numerals import NUMBER_COMMA, NUMBER_POINT, THOUSANDS_SPACES, figure
from reader.ingest.load import load_document
from tests.analysis.figures.test_numerals import figures

SPACES = list(THOUSANDS_SPACES)  # plain, U+00A0, U+202F, U+2009


@pytest.mark.parametrize("space", SPACES)
def test_a_figure_grouped_by_a_space_is_one_figure(space: str) -> None:
    text = f"Police said as many as 20{space}000 people took to the streets."
    assert [key for _, key in figures(text)] == ["num:20000"]


def test_a_year_before_a_count_stays_two_figures() -> None:
    assert figures("In 2019 200 people were hurt.") == [("2019", "year:2019"), ("200", "num:200")]


def test_a_single_digit_after_a_figure_is_no_group() -> None:
    assert figures("The score stood at 3 2 at half-time.") == [("3", "num:3"), ("2", "num:2")]


def test_a_count_after_a_date_is_read_alone() -> None:
    found = figures("On June 12 300 people were hurt.")
    assert found == [("June 12", "date:06-12"), ("300", "num:300")]


def test_a_count_after_a_time_of_day_is_read_alone() -> None:
    assert ("100", "num:100") in figures("At 5:30 100 officers arrived.")


def test_a_grouped_figure_of_four_digits_is_no_year() -> None:
    assert figures("About 2 000 troops and 1,900 police were deployed.") == [
        ("2 000", "num:2000"),
        ("1,900", "num:1900"),
    ]


def test_tokenised_thousands_with_a_comma_and_a_space_are_one_figure() -> None:
    assert figures("as many as 20, 000 people") == [("20, 000", "num:20000")]


def test_a_comma_and_a_space_before_other_digits_part_two_figures() -> None:
    assert figures("On March 3, 200 people were hurt.")[-1] == ("200", "num:200")


@pytest.mark.parametrize(
    ("pattern", "separators"),
    [(NUMBER_POINT, [",", *SPACES]), (NUMBER_COMMA, [".", *SPACES])],
    ids=["decimal point", "decimal comma"],
)
@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=10**15), data=st.data())
def test_any_grouped_integer_reads_back_as_itself(
    pattern: re.Pattern[str], separators: list[str], n: int, data: st.DataObject
) -> None:
    written = f"{n:,}".replace(",", data.draw(st.sampled_from(separators)))
    found = pattern.search(f"Officials counted {written} people.")
    assert found is not None
    assert (found.group(), figure(found)) == (written, (str(n), float(n)))


@pytest.mark.parametrize("space", SPACES)
def test_one_toll_written_two_ways_is_no_discrepancy(tmp_path: Path, space: str) -> None:
    (tmp_path / "a.txt").write_text(
        f"Quake\n\nThe earthquake killed 1{space}200 people in the region on Wednesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Quake\n\nThe earthquake killed 1,200 people in the region on Wednesday.\n",
        encoding="utf-8",
    )
    aligned = align(
        load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method="lexical"
    )
    assert aligned.discrepancies == ()
