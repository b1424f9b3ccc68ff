"""A fact-checker's German election pair (tests/data/pages/wahl_*: a national daily's report
on election night, from a projection, and a public broadcaster's the morning after, from
the preliminary official result, of one invented Landtag election in the invented state of
Rheinmark), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def landtag_alignment(data_dir: Path, method: str) -> Alignment:
    """The Neue Bundeszeitung's story (A: "Nach der Hochrechnung ... 31,4 Prozent", "Die
    AfD kam auf 18,9 Prozent", "41 Mandate, die SPD 33, die AfD 24", "erklärte die
    Ministerpräsidentin", "Ulrich Brandes von der Universität Lorstadt sagte", an advert,
    "mit dpa") and Rheinmark Rundfunk's (B: "vorläufigen amtlichen Endergebnis", "31,4 %
    (+3,2)", "19,4 % (+5,6)", "auf die CDU 40 Sitze, ..., auf die AfD 25", "so die
    58-Jährige", "Foto: dpa/Jana Roth", "dpa/RMR") aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "wahl_neue_bundeszeitung.html", "wahl_rheinmark_rundfunk.html", method
    )
