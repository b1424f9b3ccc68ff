"""Tests of reader/ingest/linked_updates.py: the times and headings of a live page whose
times a script writes, put back from its JSON-LD LiveBlogPosting; through the real
extractor on CNN and Reuters live pages (tests/ingest/live_pages.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.ingest.linked_data import LinkedUpdate
from reader.ingest.linked_updates import with_linked_updates
from reader.ingest.update_stamps import is_update_stamp
from tests.ingest.live_pages import (
    CNN_SCRIPTED_LIVE,
    REUTERS_SCRIPTED_LIVE,
    scripted_live_de,
)
from tests.ingest.page_files import paragraph_lines, read_page


def _after(lines: list[str], line: str, count: int) -> list[str]:
    at = lines.index(line)
    return lines[at + 1 : at + 1 + count]


LIVE_PAGES = [
    (
        CNN_SCRIPTED_LIVE,
        [
            # past midnight (UTC): the day where it changes
            ("2024-06-19 09:41 UTC", "Putin and Kim sign mutual defense pact"),
            ("07:05 UTC", "Kim calls the treaty the strongest ever"),
            ("2024-06-18 23:50 UTC", "Putin arrives in Pyongyang"),
        ],
    ),
    (
        REUTERS_SCRIPTED_LIVE,
        [
            ("07:02 UTC", "Ueda says wage data will guide the next step"),
            ("04:15 UTC", "Yen weakens past 155 per dollar"),
            ("03:05 UTC", "BOJ keeps rates at 0.25%"),
        ],
    ),
    (
        # times in the site's zone ("+02:00"), past midnight
        scripted_live_de(),
        [
            ("2024-06-20 00:40 UTC+2", "Damm bei Neustadt hält"),
            ("2024-06-19 23:15 UTC+2", "Pegel der Donau über sieben Meter"),
            ("21:05 UTC+2", "Zwei Orte evakuiert"),
        ],
    ),
]


@pytest.mark.parametrize(("page", "updates"), LIVE_PAGES)
def test_each_update_follows_its_time_with_its_heading_in_the_page_s_order(
    tmp_path: Path, page: str, updates: list[tuple[str, str]]
) -> None:
    lines = paragraph_lines(read_page(tmp_path, page))
    found = [(line, _after(lines, line, 1)[0]) for line in lines if is_update_stamp(line)]
    assert found == updates


def test_the_day_shows_where_it_changes_in_the_page_s_order(tmp_path: Path) -> None:
    """The JSON-LD lists the updates oldest first, the page newest first: the days are
    those of the order the reader sees."""
    page = scripted_live_de(oldest_first=True)
    lines = paragraph_lines(read_page(tmp_path, page))
    assert [line for line in lines if is_update_stamp(line)] == [
        "2024-06-20 00:40 UTC+2",
        "2024-06-19 23:15 UTC+2",
        "21:05 UTC+2",
    ]


def _stamped(page: str, after: str, stamp: str) -> str:
    """``page`` with the date line ``stamp`` (the page's "Updated ..." line) after the
    element ending with ``after``."""
    assert page.count(after) == 1
    return page.replace(after, f'{after}\n<p class="timestamp">{stamp}</p>')


ZONED_STAMPS = [
    (
        # CNN's "Updated" line in New York time: the JSON-LD's UTC times moved to it
        _stamped(CNN_SCRIPTED_LIVE, "CNN</span></div>", "Updated 5:41 AM EDT, Wed June 19, 2024"),
        ["2024-06-19 05:41 EDT", "03:05 EDT", "2024-06-18 19:50 EDT"],
    ),
    (
        _stamped(CNN_SCRIPTED_LIVE, "CNN</span></div>", "Updated 09:45 GMT, June 19, 2024"),
        ["2024-06-19 09:41 GMT", "07:05 GMT", "2024-06-18 23:50 GMT"],
    ),
    (
        # the German page's "+02:00" times named as it names them
        _stamped(
            scripted_live_de(),
            "Katrin Maier</a></p>",
            "Stand: 20.06.2024, 00:45 Uhr (MESZ)",
        ),
        ["2024-06-20 00:40 MESZ", "2024-06-19 23:15 MESZ", "21:05 MESZ"],
    ),
]


@pytest.mark.parametrize(("page", "times"), ZONED_STAMPS)
def test_the_times_put_back_are_in_the_zone_the_page_writes(
    tmp_path: Path, page: str, times: list[str]
) -> None:
    """The page writes its own time with a zone ("Updated 5:41 AM EDT"): the updates'
    times are that zone's, not "09:41 UTC" beside it; UTC only where the page names
    none (LIVE_PAGES)."""
    doc = read_page(tmp_path, page)
    lines = paragraph_lines(doc)
    assert [line for line in lines if is_update_stamp(line)] == times
    assert set(times) <= {doc.slice(b) for b in doc.boilerplate}


def test_a_zone_named_in_the_story_s_prose_is_not_the_page_s(tmp_path: Path) -> None:
    page = CNN_SCRIPTED_LIVE.replace(
        "signed a pact that includes", "signed at 4:30 p.m. KST a pact that includes"
    )
    lines = paragraph_lines(read_page(tmp_path, page))
    assert "07:05 UTC" in lines


@pytest.mark.parametrize(("page", "updates"), LIVE_PAGES)
def test_the_times_put_back_aredimmed(
    tmp_path: Path, page: str, updates: list[tuple[str, str]]
) -> None:
    doc = read_page(tmp_path, page)
    dimmed = {doc.slice(b) for b in doc.boilerplate}
    assert {time for time, _ in updates} <= dimmed


def test_an_update_s_paragraphs_stay_the_page_s(tmp_path: Path) -> None:
    lines = paragraph_lines(read_page(tmp_path, CNN_SCRIPTED_LIVE))
    assert _after(lines, "Kim calls the treaty the strongest ever", 2) == [
        "Kim Jong Un said the agreement raised the two countries' ties to the level of an "
        "alliance.",
        "He spoke at a news conference after talks that lasted about two hours.",
    ]


def test_a_page_with_times_of_its_own_keeps_them(tmp_path: Path) -> None:
    page = CNN_SCRIPTED_LIVE.replace(
        '<div class="live-story-post__timestamp" data-ts="2024-06-19T09:41:00.000Z"></div>',
        "<p>5:41 a.m. ET, June 19, 2024</p>",
    )
    for clock in ("7:05", "11:50"):
        page = page.replace(
            '<div class="live-story-post__timestamp"', f"<p>{clock} p.m. ET</p><div", 1
        )
    lines = paragraph_lines(read_page(tmp_path, page))
    assert not any(line.endswith(" UTC") for line in lines)


UPDATES = (
    LinkedUpdate("09:41 UTC", "Pact signed", ("Putin and Kim signed a pact on Wednesday.",)),
    LinkedUpdate("07:05 UTC", "Kim speaks", ("Kim called the treaty the strongest ever.",)),
    LinkedUpdate("23:50 UTC", None, ("Putin landed in Pyongyang before dawn on Wednesday.",)),
)
OVERNIGHT = (
    LinkedUpdate("00:40 UTC+2", "Damm hält", ("Der Damm hält.",), day="2024-06-20"),
    LinkedUpdate("23:15 UTC+2", "Pegel steigt", ("Der Pegel steigt.",), day="2024-06-19"),
    LinkedUpdate("21:05 UTC+2", None, ("Zwei Orte evakuiert.",), day="2024-06-19"),
)


def test_updates_the_extractor_left_out_are_read_from_the_json_ld() -> None:
    lines = ["Putin visits North Korea", "Putin and Kim signed a pact on Wednesday."]
    assert with_linked_updates(lines, UPDATES) == [
        "Putin visits North Korea",
        "09:41 UTC",
        "Pact signed",
        "Putin and Kim signed a pact on Wednesday.",
        "07:05 UTC",
        "Kim speaks",
        "Kim called the treaty the strongest ever.",
        "23:50 UTC",
        "Putin landed in Pyongyang before dawn on Wednesday.",
    ]


def test_fewer_updates_than_a_live_page_s_leave_the_lines_as_they_are() -> None:
    lines = ["Putin visits North Korea", "Putin and Kim signed a pact on Wednesday."]
    assert with_linked_updates(lines, UPDATES[:2]) == lines


def test_updates_of_two_days_read_from_the_json_ld_show_the_day_where_it_changes() -> None:
    lines = ["Unwetter in Süddeutschland", "Der Damm hält."]
    assert with_linked_updates(lines, OVERNIGHT) == [
        "Unwetter in Süddeutschland",
        "2024-06-20 00:40 UTC+2",
        "Damm hält",
        "Der Damm hält.",
        "2024-06-19 23:15 UTC+2",
        "Pegel steigt",
        "Der Pegel steigt.",
        "21:05 UTC+2",
        "Zwei Orte evakuiert.",
    ]


def test_updates_of_one_day_show_no_day() -> None:
    one_day = tuple(replace(u, day="2024-06-19") for u in OVERNIGHT)
    lines = with_linked_updates(["Unwetter in Süddeutschland"], one_day)
    assert [line for line in lines if is_update_stamp(line)] == [
        "00:40 UTC+2",
        "23:15 UTC+2",
        "21:05 UTC+2",
    ]
