"""A fact-checker's German pair (tests/data/pages/flut_*: a regional paper and a national
daily with a wire's copy reporting one invented flood of the Selbach in the district of
Wernau), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages


@cache
def flood_alignment(data_dir: Path, method: str) -> Alignment:
    """The Selbach-Bote's story (A: "Rund 3.500 Menschen", "einen Höchststand von 7,20
    Metern", "Mehr als 1.200 Einsatzkräfte", "binnen 24 Stunden 118 Liter", "jeder vierte
    Haushalt", "Anwohner Jörg Müller", an advert and "mit Material von dpa/lno") and the
    Allgemeine Morgenpost's (B: "3.480 Bewohnerinnen und Bewohner", "Der Pegel zeigte 7,60
    Meter", "Rund 1.200 Helferinnen und Helfer", "Rund 25 Prozent der Haushalte", "2,4
    Mio. Euro", "Anwohner Joerg Mueller") aligned by ``method`` ("lexical" or "semantic";
    an Alignment is immutable: one serves every test)."""
    return aligned_pages(
        data_dir, "flut_selbach_bote.html", "flut_allgemeine_morgenpost.html", method
    )
