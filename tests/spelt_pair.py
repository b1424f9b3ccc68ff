"""Two reports naming three people, one spelt alike ("Choe Son Hui", "Choe Son-hui"), one
a letter apart ("John Smith", "John Smyth") and one transliterated two ways ("Mohammed
al-Rashidi", "Muhammad Al Rashedi"), written to files and aligned as the app aligns them."""

from __future__ import annotations

from pathlib import Path

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, Match, MatchKind

SPELT_A = """Talks resume in Geneva

Choe Son Hui met John Smith on Monday in Geneva.

Mohammed al-Rashidi spoke for the delegation.
"""
SPELT_B = """Talks to resume in Geneva

Choe Son-hui met John Smyth on Monday in Geneva.

Muhammad Al Rashedi spoke for the delegation.
"""


def spelt_alignment(folder: Path) -> Alignment:
    """The pair above, written to ``folder`` and matched on words."""
    paths = folder / "a.txt", folder / "b.txt"
    for path, text in zip(paths, (SPELT_A, SPELT_B), strict=True):
        path.write_text(text, encoding="utf-8")
    return align(*(load_document(p) for p in paths), method="lexical")


def entity(al: Alignment, a_words: str) -> Match:
    """The entity match of A's words ``a_words``."""
    return next(m for m in al.matches if m.kind is MatchKind.ENTITY and al.a.slice(m.a) == a_words)
