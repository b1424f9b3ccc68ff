"""A vote's margin told as a count of votes: "passed by four votes", "a four-vote
margin", "by a margin of four votes", or "by a margin of four" in a sentence telling a
vote ("passed", "vote", "ballot", "motion", "bill"; not "the team won by a margin of
four"). It is the tally's difference ("52-48" is won by four), so "by four votes"
matches "52-48" (reader.analysis.figures.vote_tallies.told_alike) and "by two votes" is
told against it (reader.analysis.conflicts.vote_conflicts)."""

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
# a margin with no "votes": "by a margin of four", in a sentence telling a vote
_MARGIN_OF = LazyPattern(
    r"(?:\bby\s+(?:a\s+)?)?\bmargin\s+of\s+(?:just\s+|only\s+|exactly\s+)?$", re.IGNORECASE
)
_A_VOTE = LazyPattern(
    r"\b(?:pass(?:ed|es|ing)?|vot(?:e|es|ed|ing)|ballots?|motions?|bills?)\b", re.IGNORECASE
)
# "by a margin of four to one", "of four points"
_NOT_VOTES_AFTER = LazyPattern(r"\s*(?:to|-|–|per|percentage|points?)\b", re.IGNORECASE)
# "a four-vote margin", "a four-vote edge"
_HYPHENED = LazyPattern(r"-votes?\s+(?:margin|edge)\b", re.IGNORECASE)


def margin(f: UnitFeatures, m: Mention) -> Margin | None:
    """``m`` of sentence ``f`` counts the votes a vote was won by: its margin."""
    if m.kind != "number" or m.unit_word not in (_VOTES, "") or not m.key.startswith("num:"):
        return None
    value = float(m.key[4:])
    if not value.is_integer():
        return None
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    if not m.unit_word:
        return _bare_margin(text, start, end, int(value))
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


def _bare_margin(text: str, start: int, end: int, votes: int) -> Margin | None:
    """The figure at ``text[start:end]`` with no unit is a vote's margin: "by a margin of
    four" in a sentence that tells a vote ("passed", "vote", "ballot", "motion", "bill")."""
    of = _MARGIN_OF.search(text, max(0, start - 30), start)
    if of is None or _NOT_VOTES_AFTER.match(text, end) or not _A_VOTE.search(text):
        return None
    return Margin(votes, text[of.start() : end])
