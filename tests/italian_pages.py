"""A fact-checker's Italian pair (tests/data/pages/ponte_*: a national daily and the
town's paper reporting one invented viaduct closed after a crack was found, in the
invented town of Castelbruno), aligned as the app aligns it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.analysis.features import extract
from reader.analysis.figures.numerals import writing_of
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import document_units
from reader.model import Alignment
from tests.page_pairs import aligned_pages

NATIONAL = "ponte_corriere_nazionale.html"
LOCAL = "ponte_gazzetta_castelbruno.html"


@cache
def viaduct_alignment(data_dir: Path, method: str) -> Alignment:
    """Il Corriere Nazionale's report (A: "lavori da 3,2 mln", "una ventina di famiglie",
    "domenica 29 novembre", "alle 7.30", "un uomo di 54 anni", "circa 12.000 veicoli",
    "per almeno tre mesi", the engineer "dell'Agenzia regionale ... (ARST)", "Riproduzione
    riservata ©") and La Gazzetta di Castelbruno's (B: "oltre 3 milioni", "Ventuno
    famiglie", "dal 29/11", "poco dopo le 7.30", "un automobilista 54enne", "circa 12 mila
    mezzi", "per almeno sei mesi", "racconta l'automobilista, Franco Melis") aligned by
    ``method`` ("lexical" or "semantic"; an Alignment is immutable: one serves every
    test)."""
    return aligned_pages(data_dir, NATIONAL, LOCAL, method)


def read_figures(al: Alignment, side: str) -> dict[str, str]:
    """Each figure side ``side`` ("a" or "b") of ``al`` reads, as written, and its key
    ("12 mila": "num:12000"), read as an Italian article's."""
    doc = al.a if side == "a" else al.b
    writing, forms = writing_of(doc.text, "Italian"), word_forms("Italian")
    return {
        doc.slice(m.span): m.key
        for unit in document_units(doc)
        for m in extract(unit, writing, forms).numbers
    }
