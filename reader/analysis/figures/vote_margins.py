"""A vote's margin told as a count of votes: "passed by four votes", "a four-vote
margin", "by a margin of four votes". It is the tally's difference ("52-48" is won by
four), so "by four votes" matches "52-48" (reader.analysis.figures.vote_tallies
.told_alike) and "by two votes" is told against it (reader.analysis.conflicts
.vote_conflicts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

__all__ = ["Margin", "margin"]


@dataclass(frozen=True, slots=True)
class Margin:
    """A vote's margin: its votes, and the words that tell it ("by four votes")."""

    votes: int
    told: str


_VOTES = "vote"  # the stem of "votes", a count's unit word
# "by four votes", "by just four votes", "a margin of four votes"
_BY = LazyPattern(
    r"\b(?:by|margin\s+of)\s+(?:just\s+|only\s+|a\s+mere\s+|exactly\s+|a\s+slim\s+)?$",
    re.IGNORECASE,
)
# not a tally in words: "by 52 votes to 48" (reader.analysis.figures.worded_tallies)
_TO_AFTER = LazyPattern(r"\s*votes?\s+to\b", re.IGNORECASE)
# "a four-vote margin", "a four-vote edge"
_HYPHENED = LazyPattern(r"-votes?\s+(?:margin|edge)\b", re.IGNORECASE)


def margin(f: UnitFeatures, m: Mention) -> Margin | None:
    """``m`` of sentence ``f`` counts the votes a vote was won by: its margin."""
    if m.kind != "number" or m.unit_word != _VOTES or not m.key.startswith("num:"):
        return None
    value = float(m.key[4:])
    if not value.is_integer():
        return None
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    if m.qualifier:
        after = _HYPHENED.match(text, end)
        if after is None:
            return None
        return Margin(int(value), text[start : after.end()])
    by = _BY.search(text, max(0, start - 30), start)
    if by is None or _TO_AFTER.match(text, end):
        return None
    votes = re.match(r"\s*votes?\b", text[end:], re.IGNORECASE)
    return Margin(int(value), text[by.start() : end + (votes.end() if votes else 0)])
