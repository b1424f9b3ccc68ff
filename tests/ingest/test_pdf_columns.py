"""Tests of reader/ingest/pdf_columns.py: pages printed in columns read column by column."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from reader.ingest.pdf_columns import reading_order

LEFT = [
    "North Korea and Russia agreed",
    "on Wednesday to help each other",
    "if either is attacked, the two",
    "leaders said after the summit.",
    "The talks lasted three hours",
    "and ended with a signing.",
    "Putin called it a breakthrough.",
]
RIGHT = [
    "South Korea said it would study",
    "the text of the agreement and",
    "respond once it had read it.",
    "Washington said it was worried",
    "by the growing ties between",
    "the two countries.",
]


def side_by_side(left: list[str], right: list[str], gutter: int = 6) -> list[str]:
    """Two columns printed as pypdf's layout text prints them: line by line, the right
    column starting at one character position."""
    width = max(len(line) for line in left) + gutter
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a.ljust(width) + b).rstrip() for a, b in zip(left, right, strict=True)]


def test_two_columns_are_read_one_after_the_other() -> None:
    page = "\n".join(side_by_side(LEFT, RIGHT))
    assert reading_order(page) == LEFT + RIGHT


def test_three_columns_are_read_left_to_right() -> None:
    third = ["Markets barely moved on the news,", "traders said.", *RIGHT[:4]]
    page = "\n".join(side_by_side(side_by_side(LEFT, RIGHT), third))
    assert reading_order(page) == LEFT + RIGHT + third


def test_a_page_in_one_column_is_read_as_it_is() -> None:
    lines = [f"{a} {b}" for a, b in zip(LEFT, RIGHT, strict=False)]
    assert reading_order("\n".join(lines)) == lines


def test_a_headline_across_the_columns_comes_before_them() -> None:
    headline = "Putin and Kim sign a mutual defence treaty in Pyongyang after a long summit"
    page = "\n".join([headline, "", *side_by_side(LEFT, RIGHT)])
    assert reading_order(page) == [headline, "", *LEFT, *RIGHT]


def test_a_line_reaching_into_the_gutter_stays_in_its_column() -> None:
    left = [*LEFT[:2], LEFT[2] + " hard", *LEFT[3:]]  # 4 of the gutter's 6 blanks
    page = "\n".join(side_by_side(left, RIGHT, gutter=6))
    assert reading_order(page) == left + RIGHT


def test_a_short_last_column_still_makes_columns() -> None:
    page = "\n".join(side_by_side(LEFT * 4, RIGHT))
    assert reading_order(page) == LEFT * 4 + RIGHT


def test_a_running_footer_over_both_columns_stays_at_the_foot() -> None:
    footer = side_by_side(["The Ledger"], ["Page 3"])[0]
    page = "\n".join([*side_by_side(LEFT, RIGHT), "", footer])
    assert reading_order(page)[-1] == footer


def test_a_form_of_a_few_lines_is_not_read_as_columns() -> None:
    lines = side_by_side(["Name:", "Date:", "Place:"], ["Kim Jong Un", "June 19", "Pyongyang"])
    assert reading_order("\n".join(lines)) == lines


@given(st.lists(st.text(alphabet="ab .\t", max_size=60), max_size=30))
def test_no_character_is_lost_or_added(lines: list[str]) -> None:
    page = "\n".join(lines)
    out = "".join(reading_order(page))
    assert Counter(out.replace(" ", "")) == Counter(
        "".join(lines).replace("\t", "").replace(" ", "")
    )


def test_a_table_is_read_row_by_row() -> None:
    rows = [["Team", "W", "L"], *([f"Team {n}", str(n), str(9 - n)] for n in range(1, 9))]
    lines = [f"{a:<12}{b:>6}{c:>6}" for a, b, c in rows]
    assert reading_order("\n".join(lines)) == lines
