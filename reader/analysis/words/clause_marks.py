"""What ends a clause, one definition for every rule that reads one: a comma, a
semicolon, a colon, a bracket, a long or short dash, and a hyphen only when set off by
spaces or doubled ("initially put at 41 - the toll now stands at 58 -", "--"), never the
hyphen of a word ("three-storey", "41-year-old").

Read in a sentence's own text, not its folded one: folding writes every dash as a hyphen,
and "the toll—58—" would lose its breaks there."""

from __future__ import annotations

import re

# a long or a short dash; a hyphen set off by spaces or doubled
DASH = r"[—–]|\s-(?:\s?-)?\s|--"
CLAUSE_MARK = re.compile(rf"[,;:()]|{DASH}")


def clause_before(text: str, start: int, left: int = 0) -> str:
    """The clause of ``text`` that runs up to ``start``, read from ``left`` at most."""
    return CLAUSE_MARK.split(text[left:start])[-1]
