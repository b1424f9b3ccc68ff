"""A fact-checker's misquotation pair (tests/data/pages/speech_*: a public broadcaster and
a tabloid reporting one invented televised address by Prime Minister Clara Vennick of
Valdria and her finance minister's press conference after it), aligned as the app
aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

BROADCASTER = "speech_valdrian_broadcasting.html"
TABLOID = "speech_meridian_post.html"


@cache
def speech_alignment(data_dir: Path, method: str) -> Alignment:
    """VBC News (A: every line quoted as spoken; a split quotation, '"We will act," she
    said, "and we will act now."'; a pull quote its class names; a video caption) and
    The Meridian Post (B: "Hundreds" for "Thousands", "by 2030" for "by 2035", a lead
    quotation joined from two places of the address, the finance minister's words given
    to the prime minister; a quotation trimmed with "...", one with "[The government]"
    for "We", one paraphrased in reported speech, a pull quote in a box its class does
    not name) aligned by ``method`` ("lexical" or "semantic"; an Alignment is
    immutable: one serves every test)."""
    return aligned_pages(data_dir, BROADCASTER, TABLOID, method)
