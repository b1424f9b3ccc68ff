"""A vote's tally told in words, not with a dash: "by a vote of 52 to 48", "voted 7 to
2", "52 votes to 48", "with 52 senators in favour and 48 against", "52 for and 48
against". Each is one score (``score:52-48``, larger first, as
reader.analysis.figures.match_scores keys "passed 52-48"), so that "52 to 48" and "52-48"
match and "51-49" is told against either; the tally's two figures are not counts of
their own ("48 against" is not 48 of anything to set against another 48)."""

from __future__ import annotations

import re

from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern
from reader.model import Span

_N = r"(?<![\w.,])(?P<{0}>\d{{1,3}})(?![\w.,]?\d)"
_MEMBERS = (
    r"(?:senators|members|lawmakers|legislators|representatives|MPs|deputies|peers"
    r"|councillors|councilors|delegates|votes|ayes|yeas)"
)
_X, _Y = _N.format("x"), _N.format("y")
_TALLIES = tuple(
    LazyPattern(p, re.IGNORECASE)
    for p in (
        # "a vote of 52 to 48", "voted 7 to 2", "voting 52 votes to 48"
        rf"\b(?:vote|tally|margin|count|voted|voting)\s+(?:of\s+)?{_X}\s+(?:votes?\s+)?to\s+{_Y}",
        # "52 votes to 48", "a 52 to 48 vote"
        rf"{_X}\s+votes?\s+to\s+{_Y}",
        rf"\b(?:a|an|the)\s+{_X}\s+to\s+{_Y}\s+(?:vote|tally)\b",
        # "52 senators in favour and 48 against", "52 for and 48 against"
        rf"{_X}\s+(?:{_MEMBERS}\s+)?(?:voted\s+)?(?:in\s+favou?r|for)"
        rf"(?:\s+of\s+(?:it|the\s+\w+))?,?\s+(?:and|with|to)\s+{_Y}"
        rf"\s+(?:{_MEMBERS}\s+)?(?:voted\s+)?against\b",
    )
)


def worded_tallies(text: str, base: int) -> list[Mention]:
    """The tallies told in words of a sentence's folded ``text`` (at ``base`` of its
    document), keyed as scores."""
    out: list[Mention] = []
    for pattern in _TALLIES:
        for m in pattern.finditer(text):
            if any(n.span.start <= base + m.start("x") < n.span.end for n in out):
                continue  # "voted 52 votes to 48": told once
            x, y = sorted((int(m.group("x")), int(m.group("y"))), reverse=True)
            start = min(m.start("x"), m.start("y"))
            span = Span(base + start, base + m.end())
            out.append(Mention("number", f"score:{x}-{y}", span, text[start : m.end()]))
    return out
