"""What ends a clause, one definition for every rule that reads one: a comma, a
semicolon, a colon, a bracket, a long or short dash, and a hyphen only when set off by
spaces or doubled ("initially put at 41 - the toll now stands at 58 -", "--"), never the
hyphen of a word ("three-storey", "41-year-old"), nor the comma or colon inside a figure
or a time ("20,960", "4:17").

Read in a sentence's own text, not its folded one: folding writes every dash as a hyphen,
and "the toll—58—" would lose its breaks there."""

from __future__ import annotations

import re

# a long or a short dash; a hyphen set off by spaces or doubled
DASH = r"[—–]|\s-(?:\s?-)?\s|--"
# a comma or a colon between two digits is a figure's or a clock time's ("20,960
# megawatts", "at 4:17 p.m."), no clause's end
CLAUSE_MARK = re.compile(rf"(?<!\d)[,:]|[,:](?!\d)|[;()]|{DASH}")


def clause_before(text: str, start: int, left: int = 0) -> str:
    """The clause of ``text`` that runs up to ``start``, read from ``left`` at most."""
    return CLAUSE_MARK.split(text[left:start])[-1]
