"""A live page's timed entries: each update's time and the text up to the next, in time
order when the clocks run one way (reader/analysis/times/entry_times.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.times.entry_times import clock_minutes, live_entries
from reader.model import Document

NEWEST_FIRST = """Storm live: toll rises

Summary of the day.

18:05 GMT

Fourteen dead.

12:40 GMT

Nine dead.

09:12 GMT

Several feared dead.
"""


@pytest.mark.parametrize(
    ("stamp", "minutes"),
    [
        ("12:40 GMT", 760),
        ("2.45pm GMT", 885),
        ("14.32 Uhr", 872),
        ("6:40 a.m.", 400),
        ("12pm", 720),
        ("Tue 1 Dec 2026 14:32", 872),
        ("1 Dec 2026", None),
    ],
)
def test_the_minute_of_a_stamp_s_clock(stamp: str, minutes: int | None) -> None:
    assert clock_minutes(stamp) == minutes


def test_each_entry_runs_from_its_time_to_the_next(doc: Callable[[str], Document]) -> None:
    d = doc(NEWEST_FIRST)
    live = live_entries(d)
    assert [e.stamp for e in live.entries] == ["18:05 GMT", "12:40 GMT", "09:12 GMT"]
    nine = d.text.index("Nine")
    entry = live.at(nine)
    assert entry is not None and entry.stamp == "12:40 GMT"
    assert live.at(d.text.index("Summary")) is None  # the page's top is no entry


def test_newest_first_the_later_entries_are_above(doc: Callable[[str], Document]) -> None:
    d = doc(NEWEST_FIRST)
    live = live_entries(d)
    nine = live.at(d.text.index("Nine"))
    assert nine is not None
    later = [d.slice(s) for s in live.written_after(nine)]
    assert any("Summary" in t for t in later)  # the top, which the page keeps current
    assert any("Fourteen" in t for t in later)
    assert not any("Several" in t for t in later)


def test_oldest_first_the_later_entries_are_below(doc: Callable[[str], Document]) -> None:
    d = doc("Live\n\n09:12\n\nSeveral feared dead.\n\n12:40\n\nNine dead.\n\n18:05\n\nFourteen.")
    live = live_entries(d)
    nine = live.at(d.text.index("Nine"))
    assert nine is not None
    assert any("Fourteen" in d.slice(s) for s in live.written_after(nine))
    assert not any("Several" in d.slice(s) for s in live.written_after(nine))


def test_clocks_out_of_order_give_no_entry_written_after(doc: Callable[[str], Document]) -> None:
    # a blog over midnight or several days: which is later the clocks cannot tell
    d = doc("Live\n\n23:50\n\nNine dead.\n\n00:20\n\nFourteen.\n\n23:10\n\nSeveral.")
    live = live_entries(d)
    nine = live.at(d.text.index("Nine"))
    assert nine is not None and live.written_after(nine) == []


def test_a_story_with_a_time_or_two_has_no_entries(doc: Callable[[str], Document]) -> None:
    d = doc("Storm hits\n\n09:12 GMT\n\nSeveral feared dead.\n\n12:40 GMT\n\nNine dead.")
    assert live_entries(d).entries == ()
