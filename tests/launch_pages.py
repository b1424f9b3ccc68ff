"""A fact-checker's rocket-launch pair (tests/data/pages/launch_*: a Florida paper and a
European agency reporting one invented crewed launch from the invented Port Sabal
Spaceport, scrubbed on Tuesday and flown on Thursday), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

LEDGER = "launch_space_coast_ledger.html"
AGENCY = "launch_continental_press_agency.html"


@cache
def launch_alignment(data_dir: Path, method: str) -> Alignment:
    """The Space Coast Ledger's report (A: "10:32 a.m. EDT (1432 GMT)", "T+8 minutes 30
    seconds", "17,500 mph", "600 km (370 miles)", "10:44 a.m. EDT", "6:15 a.m. EDT
    Saturday", "420 km (260 miles)", "2,300 kg (about 5,070 pounds)", the mission
    director's three sentences, "Whitcombe radioed") and the Continental Press Agency's
    (B: "14:32 UTC (4:32 p.m. CEST)", "on 15 September", "About eight and a half minutes",
    "28,000 km/h", "14:46 UTC", "10:15 UTC (12:15 CEST)", "2.8 tonnes", two of the
    director's sentences) aligned by ``method`` ("lexical" or "semantic"; an Alignment is
    immutable: one serves every test)."""
    return aligned_pages(data_dir, LEDGER, AGENCY, method)
