"""A fact-checker's French pair (tests/data/pages/strike_*: a national daily and a
regional paper reporting one invented national rail strike), aligned as the app aligns
it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.model import Alignment, Document
from tests.page_pairs import aligned_pages, page_documents

NATIONAL = "greve_echo_national.html"
REGIONAL = "greve_courrier_verlange.html"


@cache
def strike_alignment(data_dir: Path, method: str) -> Alignment:
    """L'Écho national's report (A: "un TGV sur trois", "1,2 million de voyageurs",
    "jeudi 3 décembre", "dès 19h", the union leader in dialogue dashes) and Le Courrier
    de la Vérlange's (B: "33 % des TGV", "1 200 000 voyageurs", "le 3/12", "à partir de
    19 heures", the same words in « guillemets ») aligned by ``method`` ("lexical" or
    "semantic"; an Alignment is immutable: one serves every test)."""
    return aligned_pages(data_dir, NATIONAL, REGIONAL, method)


@cache
def strike_documents(data_dir: Path) -> tuple[Document, Document]:
    """The two pages read, A the national daily's."""
    return page_documents(data_dir, NATIONAL, REGIONAL)
