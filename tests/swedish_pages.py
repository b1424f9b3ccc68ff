"""A fact-checker's Swedish pair (tests/data/pages/svensk_*: a national daily and a
regional paper reporting one invented ferry grounding at Kalvgrundet, off the invented
island of Västerö in the invented municipality of Havsvik), aligned as the app aligns
it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

NATIONAL = "svensk_dagens_riksnytt.html"
REGIONAL = "svensk_skargardsposten.html"


@cache
def grounding_alignment(data_dir: Path, method: str) -> Alignment:
    """Dagens Riksnytt's report of Saturday (A: "tolv personer", "omkring 1 200 liter
    diesel", "kl. 14.30 i går", "kl. 14.34", "148 passagerare", "en 67-årig man", "2,5
    miljoner kronor", dash dialogue with "säger", "uppger ... till TT", "säger hon", "Läs
    också", "Annons", a "Prenumerera" box, a closing "TT") and Skärgårdspostens of Sunday
    (B: "12 personer", "cirka 1200 liter", "halv tre på eftermiddagen fredagen den 4
    december", "I fredags", "Klockan 14.34", "184 passagerare", "67 år gammal", "2,5 mkr",
    quotations in ”” trimmed, a "vinjett" label, a newsletter ask) aligned by ``method``
    ("lexical" or "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, NATIONAL, REGIONAL, method)
