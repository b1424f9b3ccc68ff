"""Whose share of a poll or a vote a percentage is, where its sentence tells a race.

A poll's story is a list of shares, each a candidate's: "Okafor leads Lindqvist 42% to
38%" (the first share the leader's, the second the other's), "Lindqvist leads among voters
65 and older, 51% to 36%" (the first Lindqvist's, the second someone's the sentence does
not name), "55% support Okafor", "29 per cent back Mr Lindqvist". Two linked sentences'
shares of two candidates never compare (``share_owner``, read by
reader.analysis.figures.figure_owners), and the lead two shares of a race make (4 points)
is what "a four-point lead" or "ahead by 15 points" tells by its size (``races``, read by
reader.analysis.figures.point_changes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS


@dataclass(frozen=True, slots=True)
class Race:
    """Two shares of a race told "first to second" after a verb of leading, and the keys
    of the names whose they are (None: not named)."""

    first: Mention
    second: Mention
    leader: str | None
    other: str | None


def races(f: UnitFeatures) -> list[Race]:
    """The races sentence ``f`` tells by two shares: "Okafor leads Lindqvist 42% to 38%",
    "Lindqvist leads among voters 65 and older, 51% to 36%", "X beat Y 52% to 48%" (not
    "rose from 45% to 47%": a change)."""
    text, base = f.unit.text, f.unit.span.start
    shares = [m for m in f.numbers if m.key.startswith("pct:")]
    names = sorted((n for n in f.names if n.key not in DEMONYMS), key=lambda n: n.span.start)
    out: list[Race] = []
    for x, y in pairwise(shares):
        start = x.span.start - base
        if not _TO.fullmatch(text, x.span.end - base, y.span.start - base):
            continue
        verb = None
        for found in _LEAD_VERB.finditer(text, max(0, start - _REACH), start):
            verb = found
        if verb is None or _BREAK.search(text, verb.end(), start) or _FROM.search(text, 0, start):
            continue
        leader = [
            n.key for n in names if _BEFORE_VERB.fullmatch(text, n.span.end - base, verb.start())
        ]
        other = [n.key for n in names if verb.end() <= n.span.start - base < start]
        out.append(Race(x, y, leader[-1] if leader else None, other[-1] if other else None))
    return out


def share_owner(f: UnitFeatures, m: Mention) -> str | None:
    """The key of the candidate percentage ``m`` of sentence ``f`` is the share of, where
    the sentence tells a race (``races``) or who the share backs ("55% support Okafor",
    "29 per cent of voters back Mr Lindqvist"); None otherwise."""
    if not m.key.startswith("pct:"):
        return None
    for race in races(f):
        if m.span == race.first.span and race.leader is not None:
            return race.leader
        if m.span == race.second.span and race.other is not None:
            return race.other
    text, base = f.unit.text, f.unit.span.start
    backs = _BACKS.match(text, m.span.end - base)
    if backs is None:
        return None
    return next((n.key for n in f.names if n.span.start - base == backs.end()), None)


# between the two shares of a race: "42% to 38%"
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
# a change's ends are told "from ... to ..." (reader.analysis.figures.point_changes)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# a verb of leading, trailing or beating told before the shares
_LEAD_VERB = re.compile(
    r"(?<!\w)(?:lead(?:s|ing)?|led|ahead|beat(?:s|ing)?|tops?|topped|topping|edg(?:es|ed|ing)"
    r"|trail(?:s|ed|ing)?|behind|outpoll(?:s|ed|ing)?|defeat(?:s|ed|ing)?)(?!\w)",
    re.IGNORECASE,
)
_REACH = 100  # characters from the verb to the first share, at most
# what ends the race's clause between its verb and its shares
_BREAK = re.compile(r"[;.!?]\s|\b(?:while|whereas|but)\b", re.IGNORECASE)
# between the leader's name and the verb: "Okafor leads", "Okafor is ahead", "Okafor
# still leads"
_BEFORE_VERB = re.compile(r"\s+(?:(?:is|was|has|had|now|still|narrowly|comfortably)\s+)*")
# after a share, the words telling whom it backs: "55% support Okafor", "29 per cent of
# voters back Mr Lindqvist", "40% say they would vote for Ms Okafor"
_BACKS = re.compile(
    r"\s+(?:of\s+(?:[^\W\d_]+\s+){1,3})?(?:(?:say|said)\s+they\s+)?"
    r"(?:support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|prefer(?:s|red)?|cho(?:o)?se|pick(?:s|ed)?"
    r"|are\s+(?:backing|supporting)|(?:would|will|plan\s+to|intend\s+to)\s+vote\s+for)\s+"
    r"(?:(?:Ms|Mr|Mrs|Miss|Mx|Dr)\.?\s+)?"
)
