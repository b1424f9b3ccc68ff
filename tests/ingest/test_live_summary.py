"""Tests of reader/ingest/live_summary.py: a live page's summary before its updates."""

from __future__ import annotations

import pytest

from reader.ingest.live_summary import summary_first

HEAD = ["Storm Isha: live updates", "Winds of 99mph hit the north"]
UPDATES = [
    "11:05 GMT",
    "Rail lines reopen",
    "Network Rail says lines will reopen.",
    "10:42 GMT",
    "45,000 homes remain without power.",
    "09:00 GMT",
    "Welcome to our live coverage.",
]
SUMMARY = ["Key points", "- Tens of thousands without power", "- Trains suspended"]


def test_a_summary_after_the_updates_is_moved_before_them() -> None:
    assert summary_first(HEAD + UPDATES + SUMMARY) == HEAD + SUMMARY + UPDATES


def test_a_summary_among_the_updates_is_moved_before_them() -> None:
    lines = HEAD + UPDATES[:3] + SUMMARY + UPDATES[3:]
    assert summary_first(lines) == HEAD + SUMMARY + UPDATES


def test_a_summary_before_the_updates_stays() -> None:
    lines = HEAD + SUMMARY + UPDATES
    assert summary_first(lines) == lines


@pytest.mark.parametrize(
    "heading",
    [
        "Summary",
        "Das Wichtigste in Kürze",
        "L'essentiel",
        "L’essentiel",
        "Ce qu'il faut retenir :",
        "Lo más importante",
        "In sintesi",
        "Resumo",
    ],
)
def test_summaries_are_known_by_their_heading_in_each_language(heading: str) -> None:
    summary = [heading, *SUMMARY[1:]]
    assert summary_first(HEAD + UPDATES + summary) == HEAD + summary + UPDATES


def test_a_summary_of_paragraphs_is_moved_up_to_the_next_update() -> None:
    summary = ["Zusammenfassung", "Der Sturm hat Bayern getroffen.", "Züge fallen aus."]
    lines = HEAD + UPDATES[:3] + summary + UPDATES[3:]
    assert summary_first(lines) == HEAD + summary + UPDATES


def test_a_dated_summary_moves_with_its_time() -> None:
    dated = ["10:50 GMT", *SUMMARY]
    lines = HEAD + UPDATES[:3] + dated + UPDATES[3:]
    assert summary_first(lines) == HEAD + dated + UPDATES


def test_paragraphs_after_the_last_update_under_a_summary_heading_stay() -> None:
    """What follows the last update may be anything: no update bounds it."""
    lines = HEAD + UPDATES + ["Summary", "Read more of our coverage of the storm."]
    assert summary_first(lines) == lines


def test_a_heading_that_only_starts_like_a_summary_is_an_update_s() -> None:
    lines = HEAD + UPDATES[:3] + ["Summary of the day so far", "- Trains suspended"]
    assert summary_first(lines + UPDATES[3:]) == lines + UPDATES[3:]


def test_a_story_without_update_times_is_left_as_it_is() -> None:
    lines = ["Hospital fire kills 11", "At 09:00 the fire broke out.", *SUMMARY]
    assert summary_first(lines) == lines
