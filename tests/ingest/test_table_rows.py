"""A table's rows are the story's, never boilerplate (fifty-fourth session, the poll page
pair): a poll's header row of fieldwork dates read like a site's date stamp
(reader.ingest.table_rows, reader.ingest.boilerplate)."""

from __future__ import annotations

from reader.ingest.boilerplate import boilerplate_spans
from reader.ingest.segment import paragraph_spans


def _dimmed(*lines: str) -> list[str]:
    text = "\n".join(lines)
    return [text[b.start : b.end] for b in boilerplate_spans(text, paragraph_spans(text))]


def test_a_header_row_over_a_delimiter_row_is_the_storys() -> None:
    dimmed = _dimmed(
        "Okafor leads Lindqvist by four points.",
        "| Candidate | Nov. 1-4 | Oct. 4-7 | Change |",
        "|---|---|---|---|",
        "| Margaret Okafor | 41.6 | 39.8 | +1.8 |",
    )
    assert "| Candidate | Nov. 1-4 | Oct. 4-7 | Change |" not in dimmed


def test_a_header_row_of_a_table_read_without_delimiter_is_the_storys() -> None:
    dimmed = _dimmed(
        "Okafor leads Lindqvist by four points.",
        "Candidate | Nov. 1-4 | Oct. 4-7 | Change",
        "Margaret Okafor | 41.6 | 39.8 | +1.8",
        "Daniel Lindqvist | 37.9 | 38.7 | -0.8",
    )
    assert "Candidate | Nov. 1-4 | Oct. 4-7 | Change" not in dimmed


def test_a_row_of_figures_alone_is_the_storys() -> None:
    dimmed = _dimmed(
        "Turnout by year.",
        "| Year | Turnout |",
        "|---|---|",
        "| 2022 | 61.2 |",
    )
    assert "| 2022 | 61.2 |" not in dimmed


def test_a_date_stamp_over_a_share_bar_is_still_boilerplate() -> None:
    # a guard (it holds on main too): two lines of bars make no table
    dimmed = _dimmed(
        "Anna Berg | March 12, 2024 | 5 min read",
        "Share | Facebook | Email",
        "The council voted on Tuesday to close the library.",
    )
    assert dimmed == ["Anna Berg | March 12, 2024 | 5 min read", "Share | Facebook | Email"]
