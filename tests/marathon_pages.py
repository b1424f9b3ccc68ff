"""A fact-checker's marathon pair (tests/data/pages/marathon_*: a city paper and a sports
wire reporting one invented course record at the Lakemont Marathon), aligned as the app
aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

STAR = "marathon_lakemont_evening_star.html"
WIRE = "marathon_pinnacle_sports_wire.html"


@cache
def marathon_alignment(data_dir: Path, method: str) -> Alignment:
    """The Lakemont Evening Star's report of Sunday (A: "2:02:41", "1:01:05 at halfway",
    "the 35km mark", "42.195 km", "by 31 seconds", "by 91 seconds", runner-up "2:03:12",
    third "2:04:03", "2:54 per kilometre", "$50,000 winner's prize and a $30,000
    course-record bonus", "More than 45,000 runners", "7.30am", "8C", the winner's
    quotation whole) and Pinnacle Sports Wire's of Monday (B: "2:02.41" in its headline,
    "2hr 2min 41sec", "two hours, two minutes and 41 seconds", "halfway in 61:05", "about
    22 miles in", "26.2 miles", "half a minute back", "a minute and a half off", third
    "2:04:30", "4:41 per mile", "9:32 a.m.", "a total of $80,000", "Some 45,500 runners",
    "46F (8C)", the quotation trimmed) aligned by ``method`` ("lexical" or "semantic"; an
    Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, STAR, WIRE, method)
