"""The parts number_mentions reads figures with: what a figure counts, a figure that is
part of a name, a figure that counts nothing, the stretches already read."""

from __future__ import annotations

import pytest

from reader.analysis.figures.counted_words import money
from reader.analysis.figures.figure_names import part_of_name
from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.numerals import NUMBER_POINT
from reader.analysis.figures.parts_and_ranges import counts_nothing
from reader.analysis.words.stems import stem


def _name_part(text: str) -> bool:
    m = NUMBER_POINT.search(text)
    assert m is not None
    return part_of_name(text, m, whole_number=True, language=None)


def _counts(text: str, figure: str) -> str:
    start = text.index(figure)
    return money(text, start, start + len(figure), stem)[1]


def _counts_nothing(text: str, figure: str) -> bool:
    start = text.index(figure)
    return counts_nothing(text, start, start + len(figure), figure)


@pytest.mark.parametrize(
    "text",
    [
        "Police seized seven AK-47 rifles from the house.",
        "Juror No. 8 asked to see the footage again.",
        "The airline grounded two Boeing 747 jets on Tuesday.",
    ],
)
def test_a_figure_in_a_name_is_part_of_it(text: str) -> None:
    assert _name_part(text)


def test_a_count_after_a_lower_case_word_is_no_name() -> None:
    assert not _name_part("The jets carried 747 passengers between them.")


def test_a_sum_counts_its_currency() -> None:
    assert _counts("The company was sold for $141 billion last year.", "141") == "usd"


def test_a_count_counts_the_noun_after_it() -> None:
    assert _counts("He was sentenced to 24 years in prison.", "24") == "year"


def test_the_second_figure_of_a_score_counts_nothing() -> None:
    assert _counts_nothing("The team finished with a 9-14 record.", "14")


def test_a_part_of_a_whole_counts_nothing() -> None:
    assert _counts_nothing("He landed 178 of 369 punches.", "178")


def test_a_clock_time_counts_nothing() -> None:
    assert _counts_nothing("The quake struck at 0300 GMT on Sunday.", "0300")


def test_a_plain_count_counts_something() -> None:
    assert not _counts_nothing("The team lost 14 games in a row.", "14")


def test_a_stretch_read_is_taken_and_its_neighbour_free() -> None:
    found = FoundMentions("On June 12 300 people marched.", 0)
    found.add("date", "date:06-12", 3, 10)
    assert (found.free(5, 13), found.free(11, 14)) == (False, True)
