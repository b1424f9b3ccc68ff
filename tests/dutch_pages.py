"""A fact-checker's Dutch pair (tests/data/pages/dijk_*: a national daily and a regional
paper reporting one invented dike breach at Oudeweert, in the invented Limburg
municipality of Wessemaar), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

NATIONAL = "dijk_nationaal_dagblad.html"
REGIONAL = "dijk_maasdal_dagblad.html"


@cache
def breach_alignment(data_dir: Path, method: str) -> Alignment:
    """Het Nationaal Dagblad's report of Sunday (A: "Ruim 1.200 inwoners", "zaterdag 14
    november om 03.40 uur", "rond half vier ’s nachts", "kwart over vier", "een gat van 40
    meter", "2,5 miljoen euro", quotations in "" with "zei", "aldus", "vertelt hij", "laat
    zij weten", "Lees ook", an "Abonneer" box, "Met medewerking van ANP") and Maasdal
    Dagblad's of Monday (B: "Zo'n 1200 mensen", "afgelopen zaterdag", "rond twintig voor
    vier ’s nachts", "Om 03.30 uur", "Vanaf 04.15 uur", "een bres van zestig meter",
    "€2,5 mln", the same words in ‘’ with "zegt", "laat ... weten", "Hij vertelt:", a
    "rubriek" label, a newsletter ask) aligned by ``method`` ("lexical" or "semantic"; an
    Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, NATIONAL, REGIONAL, method)
