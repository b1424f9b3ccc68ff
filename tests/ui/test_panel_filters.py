"""The other panels' filters as plain values (reader/ui/panel_filters.py): read from a
session's view whatever it holds, swapped with the sides, and told in words."""

from __future__ import annotations

import pytest

from reader.model.session import JSONScalar
from reader.ui.panel_filters import EVERY_ROW, filters, in_words, swapped


@pytest.mark.parametrize(
    "view",
    [
        {},
        {"only_sides": "c", "quote_sides": 3, "quotes_unshared": "yes", "quote_terms": None},
        {"note_words": 7, "only_sides": None},
    ],
    ids=["missing", "malformed", "wrong types"],
)
def test_missing_or_malformed_filters_list_every_row(view: dict[str, JSONScalar]) -> None:
    assert filters(view) == EVERY_ROW


def test_sides_are_read_in_order_without_blanks() -> None:
    assert filters({"only_sides": " b , a,", "quote_sides": ""}) == {
        **EVERY_ROW,
        "only_sides": "a,b",
        "quote_sides": "",
    }


@pytest.mark.parametrize(
    ("key", "value", "read"),
    [
        ("quote_order", "Speaker,descending", "Speaker, descending"),
        ("quote_order", " , ", ""),
        ("quote_order", "Colour, descending", ""),
        ("note_order", "Tags, sideways", ""),
        ("note_order", "Tags, ascending", "Tags, ascending"),
        ("match_order", "Score,descending", "Score, descending"),
        ("match_order", "Speaker, ascending", ""),
    ],
)
def test_an_order_is_read_by_its_column_title(key: str, value: str, read: str) -> None:
    assert filters({key: value})[key] == read


def test_the_notes_filter_counts_its_words_only() -> None:
    assert filters({"note_words": "  date   of\tbirth "})["note_words"] == "date of birth"


def test_a_swap_exchanges_the_sides_only() -> None:
    view = {**EVERY_ROW, "only_sides": "a", "quote_sides": "b", "quote_terms": False}
    assert swapped(view) == {**view, "only_sides": "b", "quote_sides": "a"}


@pytest.mark.parametrize(
    ("key", "order", "after"),
    [
        ("match_order", "A text, ascending", "B text, ascending"),
        ("match_order", "B text, descending", "A text, descending"),
        ("match_order", "Score, descending", "Score, descending"),
        ("quote_order", "Article, ascending", "Article, ascending"),
        ("note_order", "", ""),
    ],
)
def test_a_swap_takes_an_order_by_one_article_s_text_to_its_new_column(
    key: str, order: str, after: str
) -> None:
    """The rows sorted by A's text are sorted by the same text after a swap, in B's column;
    no other column names an article (the Quotes panel's "Article" lists A's first, as
    reading order does)."""
    assert swapped({**EVERY_ROW, key: order})[key] == after


def test_nothing_changed_says_nothing() -> None:
    assert in_words(EVERY_ROW, dict(EVERY_ROW)) == []


def test_each_panel_changed_is_named_once_with_its_changes() -> None:
    now = {
        **EVERY_ROW,
        "only_sides": "",
        "quote_sides": "a",
        "quotes_unshared": True,
        "note_words": "",
        "match_order": "Score, descending",
        "quote_order": "Speaker, descending",
    }
    was = {**EVERY_ROW, "note_words": "pledge", "note_order": "Tags, ascending"}
    assert in_words(was, now) == [
        "the Matches panel's order changed (sorted by Score, descending)",
        "the Only in one panel's filters changed (Only in A unticked, Only in B unticked)",
        "the Quotes panel's filters changed (In B unticked, Only those the other lacks ticked)",
        "the Quotes panel's order changed (sorted by Speaker, descending)",
        "the Notes panel's filter changed (no filter words)",
        "the Notes panel's order changed (in the order written)",
    ]


def test_the_matches_put_back_unsorted_are_in_reading_order() -> None:
    was = {**EVERY_ROW, "match_order": "Kind, ascending"}
    assert in_words(was, dict(EVERY_ROW)) == [
        "the Matches panel's order changed (in reading order)"
    ]
