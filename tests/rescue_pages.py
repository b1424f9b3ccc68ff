"""A fact-checker's sea rescue pair (tests/data/pages/rescue_*: a wire and a humanitarian
news site on one invented capsizing of a migrant boat off the Greek island of Kavrena),
aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def rescue_alignment(data_dir: Path, method: str) -> Alignment:
    """Euro-Mediterranean Press's story (A: "UPDATE 4 - Updates toll, adds arrests", "about
    150 migrants", "The 20-metre boat overturned at 02:50 local time (00:50 GMT) about 35
    nautical miles southwest of Kavrena", "said in the morning that 29 bodies had been
    recovered. By Thursday evening it had raised the toll to 41", "a six-year-old boy",
    "43 Syrians, 21 Egyptians, nine Pakistanis and five Palestinians", "left Tobruk ... on
    Monday", "between $4,000 and $4,500", "said the man, who gave his name only as Ahmad",
    "Police arrested nine survivors", "The International Organization for Migration
    (IOM)") and Relief Dispatch's (B: "41 bodies", "the 20m fishing boat", "set out from
    Tobruk ... on Saturday", "shortly before 3am, some 65 km off Kavrena's southern coast",
    "Lt Cdr Nikos Stavridakis", "a boy of six", "mostly Syrians and Egyptians", "4,000
    euros each", "arrested seven suspected smugglers", "The IOM", photo captions and
    credits) aligned by ``method`` ("lexical" or "semantic"; an Alignment is immutable:
    one serves every test)."""
    return aligned_pages(
        data_dir, "rescue_euromed_press.html", "rescue_relief_dispatch.html", method
    )
