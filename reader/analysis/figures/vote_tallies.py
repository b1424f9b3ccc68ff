"""A vote told as a tally and as the members who cast it: "The committee voted 7-2" and
"Seven of the nine members backed the rise", "Two of the nine dissented". The tally's
side (the majority, or the minority of those who dissented or voted against) is the
count of members of the whole its two figures add up to: one figure, a Numbers match
("7-2 · Seven"); another count of that whole ("Six of the nine members backed") is a
discrepancy (reader.analysis.conflicts.vote_conflicts). A count told without its whole
("Six members backed the rise": of those present?) is neither."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences, linked_figures
from reader.analysis.figures.match_scores import score_kind
from reader.analysis.figures.parts_and_ranges import whole_after, whole_value
from reader.analysis.figures.vote_margins import margin
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

# a vote told around a tally: "voted 7-2", "a 7-2 vote", "by a vote of 7-2"
_VOTE = LazyPattern(r"\bvot(?:e|ed|es|ing)\b", re.IGNORECASE)
# the members' side told in the sentence of their count: for ("backed", "voted for",
# "supported") or against ("dissented", "opposed", "voted against")
_FOR = LazyPattern(
    r"\b(?:back(?:ed|s)?|support(?:ed|s)?|vot(?:ed|e|ing)\s+(?:for|in\s+favou?r)|favou?red"
    r"|approv(?:ed|e)|endors(?:ed|e))\b",
    re.IGNORECASE,
)
_AGAINST = LazyPattern(
    r"\b(?:dissent(?:ed|s)?|oppos(?:ed|e)|vot(?:ed|e|ing)\s+against|reject(?:ed)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Tally:
    """A vote's tally: the majority's and the minority's figures."""

    majority: int
    minority: int


@dataclass(frozen=True, slots=True)
class Side:
    """A count of members of a whole (``part`` of ``whole``) told voting for or, when
    ``against``, against."""

    part: int
    whole: int
    against: bool

    def of(self, tally: Tally) -> int | None:
        """The figure of ``tally`` this side should be: None when the tally is not of
        this whole."""
        if tally.majority + tally.minority != self.whole:
            return None
        return tally.minority if self.against else tally.majority


def tally(f: UnitFeatures, m: Mention, *, voted: bool = False) -> Tally | None:
    """``m`` of sentence ``f`` is a vote's tally ("voted 7-2"): its two figures. Its
    sentence tells the vote, unless ``voted`` (the other sentence does: "passed the bill
    52-48" and "passed it by four votes")."""
    if not m.key.startswith("score:") or score_kind(m):
        return None
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    near = f.unit.text[max(0, start - 40) : min(len(f.unit.text), end + 20)]
    if not voted and _VOTE.search(near) is None:
        return None
    x, y = m.key[len("score:") :].split("-")
    return Tally(int(x), int(y))


def side(f: UnitFeatures, m: Mention) -> Side | None:
    """``m`` of sentence ``f`` counts members of a whole told voting one way ("Seven of
    the nine members backed the rise", "two of the nine dissented")."""
    if not m.key.startswith("num:") or not float(m.key[4:]).is_integer():
        return None
    text, base = f.unit.text, f.unit.span.start
    where = whole_after(text, m.span.start - base, m.span.end - base)
    if where is None:
        return None
    against = _AGAINST.search(text) is not None
    if not against and _FOR.search(text) is None:
        return None
    return Side(int(float(m.key[4:])), int(whole_value(text, *where)), against)


def vote_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each vote's tally of a sentence and count of its side of a sentence linked to it
    that agree, with the match's evidence ("7-2 · Seven"); neither already matched."""
    for f, ma, g, mb in linked_figures(linked):
        if told_alike(f, ma, g, mb) or told_alike(g, mb, f, ma):
            yield ma, mb, f"{ma.surface} · {mb.surface}"


def told_alike(f: UnitFeatures, a: Mention, g: UnitFeatures, b: Mention) -> bool:
    """``a`` of ``f`` is a vote's tally whose side ``b`` of ``g`` counts alike, or whose
    margin ``b`` tells ("52-48" and "by four votes": reader.analysis.figures
    .vote_margins)."""
    won_by = margin(g, b)
    told = tally(f, a, voted=won_by is not None)
    if told is None:
        return False
    if won_by is not None:
        return won_by.votes == told.majority - told.minority
    counted = side(g, b)
    return counted is not None and counted.of(told) == counted.part
