"""A fact-checker's power blackout pair (tests/data/pages/blackout_*: a regional daily and
an energy trade site on one invented ice-storm blackout in the Alder Valley), aligned as
the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def blackout_alignment(data_dir: Path, method: str) -> Alignment:
    """The Kelsworth Courier's story (A: "About 1.4 million customers", "at 4:17 p.m.",
    "about 2,300 megawatts", "nearly 11% of its load", "a record 21,480 megawatts", "7
    degrees Fahrenheit", "a level 2 energy emergency alert at 3:50 p.m.", "about $310
    million", "a low of 3 degrees") and GridBeat's (B: "1,412,000 homes and businesses",
    "16:17 local time", "2.3 gigawatts", "10.7 per cent of the system's load", "21.9GW",
    "-14C", "Redcliff Units 3 and 4, each rated at 750MW", "an Energy Emergency Alert Level
    2 at 15:05", "an estimated $300m", "lows of -16C") aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "blackout_kelsworth_courier.html", "blackout_gridbeat.html", method
    )
