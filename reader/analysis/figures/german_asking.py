"""A sum asked for in German, told with the asking participle at the clause's end: "5
Millionen Dollar Lösegeld für die Sirius Star gefordert", "die 25 Millionen Dollar, die
sie von der Reederei verlangt hatten". German puts the participle last, as many words
after the figure as the clause holds, so the clause is read to its end (a mark, or a
conjunction opening another clause stops it)."""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern

_CONJUNCTIONS = (
    "und|aber|oder|sondern|denn|doch|sowie|während|nachdem|als|weil|dass|daß|bevor|wenn|ob"
    "|obwohl|obgleich|sobald|bis"
)
GERMAN_AUXILIARIES = (
    "worden|werden|wurden?|wird|haben|hatten?|hat|habe|sein|sei|seien|war|waren|ist|sind"
)
_ASKED_AT_CLAUSE_END = LazyPattern(
    rf"(?:\s+(?!(?:{_CONJUNCTIONS})\b)[^\W\d_][\w'-]*)*?\s+(?:gefordert\w*|verlangt\w*)"
    rf"(?:\s+(?:{GERMAN_AUXILIARIES}))*\s*(?:[,;:.!?)\-–—]|$)",
    re.IGNORECASE,
)


def asked_at_clause_end(text: str, end: int) -> re.Match[str] | None:
    """The rest of the clause after a figure ending at ``end`` of ``text`` when it ends
    with an asking participle ("Lösegeld für die Sirius Star gefordert", "verlangt
    hatten"), else None."""
    return _ASKED_AT_CLAUSE_END.match(text, end)
