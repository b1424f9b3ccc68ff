"""A fact-checker's Spanish pair (tests/data/pages/robo_*: a national daily and a regional
paper reporting one invented robbery at a museum in the invented town of Castrobel),
aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

NATIONAL = "robo_cronica_nacional.html"
REGIONAL = "robo_heraldo_castrobel.html"


@cache
def robbery_alignment(data_dir: Path, method: str) -> Alignment:
    """La Crónica Nacional's report (A: "valoradas en 4,5 millones de euros", "una docena
    de joyas", "a las 3.40 horas", "en apenas siete minutos", the director's words in
    «comillas» with "ha declarado a este periódico", a subscription box) and El Heraldo de
    Castrobel's (B: "más de 4 millones de euros", "4,5 M€", "12 joyas", "pasadas las
    tres", "tardaron once minutos", the same words as dialogue around an incise,
    "—explicó ...—") aligned by ``method`` ("lexical" or "semantic"; an Alignment is
    immutable: one serves every test)."""
    return aligned_pages(data_dir, NATIONAL, REGIONAL, method)
