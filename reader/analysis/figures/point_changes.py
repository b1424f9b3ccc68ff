"""A rate's change told by its two ends and by its size: "raises the top rate from 45%
to 47%" and "raises the top rate by two percentage points" ("cut it to 1.2% from 1.5%"
and "by 0.3 points"). In linked sentences, the two ends of one side and a count of
points of the other with no partner yet, their difference exactly, are a rough Numbers
match shown as the change they make ("45% to 47% ≈ two (47% - 45%: 2 points)"). So are a
race's two shares and the lead told by its size ("Lindqvist leads ..., 51% to 36%" and
"ahead by 15 points": reader.analysis.figures.race_shares). It is never a discrepancy:
"by two points" may tell another rate's move, or a year's, another race's lead."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from itertools import pairwise

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences, each_way
from reader.analysis.figures.race_shares import races
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern
from reader.model import Span

# between the two ends: "from 45% to 47%" (and "to 47% from 45%", told the other way)
_TO = LazyPattern(r"^\s+to\s+$", re.IGNORECASE)
_FROM = LazyPattern(r"^\s+from\s+$", re.IGNORECASE)
_FROM_BEFORE = LazyPattern(r"\bfrom\s+$", re.IGNORECASE)
_POINT = stem("points")


def change_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each change of a rate told by its ends on one side and by its points on the
    other, in linked sentences, the points with no partner yet: the two (A's first) and
    the evidence."""
    return each_way(linked, _agreeing)


def changes(f: UnitFeatures) -> list[tuple[Mention, float, str]]:
    """The changes of a rate sentence ``f`` tells by their two ends, and the leads of the
    races it tells by two shares: each as one mention spanning them ("45% to 47%", "51% to
    36%"), its size in points (2, 15) and how it is reckoned."""
    text, base = f.unit.text, f.unit.span.start
    shares = [m for m in f.numbers if m.key.startswith("pct:")]
    out: list[tuple[Mention, float, str]] = []
    for x, y in pairwise(shares):
        between = text[x.span.end - base : y.span.start - base]
        before = text[max(0, x.span.start - base - 6) : x.span.start - base]
        if _TO.search(between) and _FROM_BEFORE.search(before):
            old, new = x, y  # "from 45% to 47%"
        elif _FROM.search(between):
            old, new = y, x  # "to 1.2% from 1.5%"
        else:
            continue
        out.append(_difference(text, base, new, old))
    for race in races(f):
        high, low = sorted((race.first, race.second), key=_value, reverse=True)
        out.append(_difference(text, base, high, low))
    return out


def _difference(text: str, base: int, new: Mention, old: Mention) -> tuple[Mention, float, str]:
    """Shares ``new`` and ``old`` of ``text`` (offset ``base``) as one mention spanning
    both, their difference in points, and how it is reckoned."""
    size = round(abs(_value(new) - _value(old)), 6)
    span = Span(min(new.span.start, old.span.start), max(new.span.end, old.span.end))
    told = text[span.start - base : span.end - base]
    said = f"({new.surface} - {old.surface}: {size:g} points)"
    return Mention("number", f"num:{size:g}", span, told, _POINT), size, said


def _value(m: Mention) -> float:
    return float(m.key.split(":")[1])


def _agreeing(
    f: UnitFeatures, g: UnitFeatures, taken: Collection[Span]
) -> Iterator[tuple[Mention, Mention, str]]:
    """Each change told by its ends in ``f`` and count of points of ``g`` (not
    ``taken``) of its very size, and how the change is reckoned."""
    told = changes(f)
    if not told:
        return
    points = [
        m
        for m in g.numbers
        if m.key.startswith("num:") and m.unit_word == _POINT and m.span not in taken
    ]
    for change, size, said in told:
        for y in points:
            if abs(_value(y) - size) < 1e-9:
                yield change, y, said
