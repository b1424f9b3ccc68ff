"""A fact-checker's live blog and wire pair (tests/data/pages/liveblog_*): a live blog
whose entries tell the toll as it rose ("nine" at 12:40 GMT, 11 at 16:10, 14 at 18:05
and in its "Key events" box) against a wire's report written at the end of the day
("killing 14 people and leaving four missing"), aligned by both methods: the early tolls
are no discrepancy, the missing and the houses destroyed are, the houses told with the
time of the entry that gives them; the entries read in the page's order, each with its
time on a line of its own, dimmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.correction_notes import correction_notes
from reader.model import Alignment, MatchKind
from tests.liveblog_pages import liveblog_alignment
from tests.page_pairs import figure_pairs, matched_pairs, quoted, shown_discrepancies

TIMES = [
    "18:05 GMT", "17:20 GMT", "16:48 GMT", "16:10 GMT", "15:02 GMT", "14:32 GMT",
    "13:15 GMT", "12:40 GMT", "11:05 GMT", "10:20 GMT", "09:12 GMT", "08:30 GMT",
]  # fmt: skip


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def liveblog(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return liveblog_alignment(data_dir, request.param)


# was "nine vs 14 dead" and "11 vs 14 dead": the 12:40 and 16:10 entries' tolls, which
# the blog's 18:05 entry and its summary give as 14 themselves
def test_the_early_entries_tolls_are_no_discrepancy(liveblog: Alignment) -> None:
    shown = shown_discrepancies(liveblog)
    assert not [d for d in shown if d.startswith(("nine", "11 vs", "11 (16:10"))]


# was missed: "three are still missing" was a count of nothing against "four missing"
def test_the_missing_are_a_discrepancy(liveblog: Alignment) -> None:
    assert "three vs four missing" in shown_discrepancies(liveblog)


# was "11 vs nine": a figure of an early entry that still disagrees tells its time
def test_the_houses_destroyed_are_a_discrepancy_told_with_their_entry(
    liveblog: Alignment,
) -> None:
    assert "11 (12:40 GMT entry) vs nine" in shown_discrepancies(liveblog)


# was "180mm vs 60mm" (lexical): "up to 60mm more" is rain still to fall
def test_no_other_discrepancy_is_shown(liveblog: Alignment) -> None:
    assert set(shown_discrepancies(liveblog)) == {
        "three vs four missing",
        "11 (12:40 GMT entry) vs nine",
    }


def test_the_latest_toll_links_to_the_wire_s(liveblog: Alignment) -> None:
    a, b = liveblog.a, liveblog.b
    latest = a.text.index("The regional fire chief, Maren Holt")  # the 18:05 entry
    tolls = [
        b.slice(m.b)
        for m in liveblog.matches
        if m.kind is MatchKind.NUMBER and m.a.start > latest and a.slice(m.a) == "14"
    ]
    assert tolls and set(tolls) <= {"14", "Fourteen"}
    assert ("Fourteen", "14") in figure_pairs(liveblog)  # the summary and the wire's lead


def test_the_entries_keep_their_times_in_the_page_s_order_dimmed(liveblog: Alignment) -> None:
    a = liveblog.a
    lines = a.text.split("\n\n")
    assert [line for line in lines if line in TIMES] == TIMES
    dimmed = {a.slice(s) for s in a.boilerplate}
    assert set(TIMES) <= dimmed
    assert lines[lines.index("12:40 GMT") + 1] == "Nine confirmed dead"


# was "18:05 GMT1h ago", a passage only in A, and "1h ago" a dimmed line
def test_no_relative_time_is_left_nor_run_into_a_time(liveblog: Alignment) -> None:
    assert "ago" not in liveblog.a.text
    assert not [s for s in liveblog.a.boilerplate if "GMT1h" in liveblog.a.slice(s)]


def test_the_buttons_and_the_site_s_chrome_are_not_read(liveblog: Alignment) -> None:
    text = liveblog.a.text
    for chrome in ("Copy link", "Show older posts", "Related stories", "Accept all"):
        assert chrome not in text


def test_the_minister_s_words_are_his_on_both_sides(liveblog: Alignment) -> None:
    assert ('"What happened here this morni', "Tomas Aldred") in quoted(liveblog, "a")
    assert ('"a tragedy for the whole count', "Tomas Aldred") in quoted(liveblog, "b")


def test_the_weather_service_s_post_is_its_quotation(liveblog: Alignment) -> None:
    assert any(s and "Weather Service" in s for _, s in quoted(liveblog, "a"))


# was none: "An earlier version of the 16:10 post" names an entry, not "this article"
def test_the_correction_entry_is_a_correction_note(liveblog: Alignment) -> None:
    notes = [liveblog.a.slice(n.span) for n in correction_notes(liveblog.a)]
    assert [n[:40] for n in notes] == ["An earlier version of the 16:10 post sai"]


# were linked (semantic, 0.66 and 0.77) on the figure alone: the blog's 12:40 toll and the
# wire's houses destroyed ("nine people", "nine homes"), and the 14:32 heading (hundreds
# evacuated, read as 200) and the wire's rescuers ("More than 200 rescuers")
@pytest.mark.parametrize(
    ("blog", "wire"),
    [("nine people have died", "nine homes"), ("Hundreds evacuated", "200 rescuers")],
)
def test_a_figure_counting_two_things_links_nothing(
    liveblog: Alignment, blog: str, wire: str
) -> None:
    assert not [
        (a, b) for a, b in matched_pairs(liveblog, MatchKind.CLAIM) if blog in a and wire in b
    ]
