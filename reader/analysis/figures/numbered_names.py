"""A number that tells which one, not how many: "the No 9 shirt", "the No. 9 shirt", "the
number 9 shirt", "#9", "Juror No. 8", "Nr. 7", "n° 7", "la camiseta número 9", "das
Trikot mit der Nummer 9". Each is one identifier (``no:9``), however written, so that two
outlets' ways of telling it match ("No 9 · number 9"); no count to compare ("the number
9 shirt" counts no nine shirts)."""

from __future__ import annotations

from reader.analysis.figures.found_mentions import FoundMentions
from reader.lazy_regex import LazyPattern

# the word or sign before the number, then the number, a whole one
_NUMBERED = LazyPattern(
    r"(?<![\w#])(?:No\.?\s?|no\.\s?|[Nn]umber\s|#|Nr\.\s?|[Nn][°º]\s?"
    r"|(?i:n[uú]m[eé]ro|nummer)\s)(?P<n>\d{1,4})(?![\w,.]?\d)(?![\w%-])"
)


def read_numbered(found: FoundMentions) -> None:
    """Adds to ``found`` the numbers of its text that tell which one ("No 9"), each as an
    identifier keyed ``no:`` and its number."""
    if not found.digits:
        return
    for m in _NUMBERED.finditer(found.text):
        if found.free(m.start(), m.end()):
            found.add("number", f"no:{int(m.group('n'))}", m.start(), m.end())
