"""A fact-checker's outbreak pair (tests/data/pages/outbreak_*: a local paper and an
international wire reporting one invented measles outbreak in the province of Kestria,
Valmaren), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def outbreak_alignment(data_dir: Path, method: str) -> Alignment:
    """The Durnholt Courier's story (A: "31 dead", "As of Tuesday, 1,240 cases had been
    confirmed, 86 of them in the past week", "60% of cases", "a quarter of cases", the
    World Health Organization) and Orbis Wire's (B: "killed 27 people", "86 new confirmed
    cases in the week to Nov. 29", "Three in five cases", "one in four", the WHO) aligned
    by ``method`` ("lexical" or "semantic"; an Alignment is immutable: one serves every
    test)."""
    return aligned_pages(
        data_dir, "outbreak_durnholt_courier.html", "outbreak_orbis_wire.html", method
    )
