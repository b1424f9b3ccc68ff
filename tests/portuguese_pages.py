"""A fact-checker's Portuguese pair (tests/data/pages/incendio_*: a Lisbon national daily
and the municipality's weekly reporting one invented forest fire in the invented
municipality of Montalvão da Serra, in European Portuguese), aligned as the app aligns
it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment
from tests.page_pairs import aligned_pages

NATIONAL = "incendio_diario_da_capital.html"
REGIONAL = "incendio_voz_de_montalvao.html"


@cache
def fire_alignment(data_dir: Path, method: str) -> Alignment:
    """O Diário da Capital's report (A: "mais de 3 mil hectares", "às 3h40 de sábado, 8 de
    agosto", "cerca de 400 operacionais", "Arderam duas casas", "uma dezena de pessoas",
    "um homem de 67 anos", "as 10h de domingo", the commander's words "afirmou ao Diário
    da Capital o comandante ..., André dos Santos Meireles", "disse o autarca", a
    subscription box) and A Voz de Montalvão's (B: "3.200 hectares", "às 03h40 de sábado,
    dia 8", "412 operacionais", "cinco casas", "Dez pessoas", "um reformado de 67 anos",
    "pelas 10 horas de ontem", the same words as dialogue, "— ... — adiantou André
    Meireles", "contou Maria de Lurdes Gonçalves") aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, NATIONAL, REGIONAL, method)
