"""A fact-checker's phone-launch pair (tests/data/pages/gadget_*: a US tech site and a
British paper's technology desk reporting one invented launch, Halcyra's Nova 9 Pro, in
San Francisco), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

TECH_SITE = "gadget_circuitline.html"
PAPER = "gadget_albion_tech.html"


@cache
def launch_alignment(data_dir: Path, method: str) -> Alignment:
    """Circuitline's hands-on of Tuesday (A: "starts at $999 with 256GB", "The 512GB
    model costs $1,199 and the 1TB model $1,399", "5,000mAh", "6.7-inch", "200 grams",
    "48-megapixel", "Wi-Fi 7 and 5G", "last year's Nova 8 Pro", "HalcyraOS 15.2", "6.2%
    of the global smartphone market", the analyst's whole quotation) and The Albion
    Post's report of Wednesday (B: "£899 in the UK and €1,049 in the eurozone, and starts
    at $999 in the US", "with 1TB of storage, costs $1,499", "4,800mAh", "17cm (6.7in)",
    "7 ounces", "48 megapixels", "about 6 per cent", the quotation trimmed) aligned by
    ``method`` ("lexical" or "semantic"; an Alignment is immutable: one serves every
    test)."""
    return aligned_pages(data_dir, TECH_SITE, PAPER, method)
