"""The name keys of a pair as the pipeline reads them against each other, and the six
news pairs of tests/data/names (one event told twice in French, Spanish, Italian,
Portuguese and German) that the name audit of the thirty-fourth session read, with a
second German pair (de2: papers told, parties declined opening a sentence) of the
thirty-fifth."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.analysis.linking.word_forms import side_forms
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Document, MatchKind

NAMES_DATA = Path(__file__).resolve().parent.parent / "data" / "names"
LANGUAGES = ("fr", "es", "it", "pt", "de", "de2")


def news_pair(language: str) -> tuple[Document, Document]:
    """The two reports of ``language`` ("fr", "es", ...) in tests/data/names."""
    return (
        load_document(NAMES_DATA / f"{language}_a.txt"),
        load_document(NAMES_DATA / f"{language}_b.txt"),
    )


def pair_keys(a: Document, b: Document) -> tuple[set[str], set[str]]:
    """The name keys of each side, read against the pair."""
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    return {n.key for f in fa for n in f.names}, {n.key for f in fb for n in f.names}


def entity_tags(a: Document, b: Document) -> list[tuple[str, str]]:
    """The words of ``a`` and ``b`` each entity match of the pair tags (lexical method)."""
    found = align(a, b, method="lexical").matches
    return [(a.slice(m.a), b.slice(m.b)) for m in found if m.kind is MatchKind.ENTITY]
