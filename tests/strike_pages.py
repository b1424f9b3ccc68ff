"""A fact-checker's labour strike pair (tests/data/pages/strike_*: a business wire and a
local evening paper on one invented dock strike at the Port of Carrowick), aligned as the
app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def strike_alignment(data_dir: Path, method: str) -> Alignment:
    """Lodestar Business Wire's story (A: "a pay offer of 14% over three years", "5% in
    2027, 5% in 2028 and 4% in 2029", "an earlier 9% offer", "seeking 20%", "about 4,000
    of its members", "78% of members voted to walk out on a 64% turnout", "38 container
    ships") and the Carrowick Evening Post's (B: "worth 14 per cent over three years",
    "4,100 members", "1,950 of the 2,500 members who voted ... on a turnout of 71 per
    cent", "38 vessels", "the NCS") aligned by ``method`` ("lexical" or "semantic"; an
    Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "strike_lodestar_business_wire.html", "strike_carrowick_evening_post.html", method
    )
