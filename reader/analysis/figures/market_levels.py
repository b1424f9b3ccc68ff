"""The level a market figure stands at, told with no unit: an index's close ("to close at
38,412.50", "closing down 2.5 per cent at 38,421.50", "closed 1.1 per cent lower at
8,214.6", "ended the day at 5,104.33") or the level a change took it to ("lost 2.8% to
5,104.33", "fell 968.17 points, or 2.5%, to 38,412.50", "jumped 6.2 points to 24.8", "was
down 968.17 points, or 2.5%, at 38,412.50").

Such a figure counts nothing a word after it names, so it was never compared; yet two
reports of one day's market give one level, and "38,412.50" against "38,421.50" is a
disagreement a fact-checker must see. Each is read as counting LEVEL, so that two levels
compare as two counts of one thing do (whose level it is, the nearest name before each,
must be one: reader.analysis.figures.count_owners.same_subject), and never with the points
or the percentage of the change beside it. Its key keeps every digit told (level_key)."""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern

# what a level counts: not a word a figure is written before ("3 levels" counts "level")
LEVEL = "market level"

_REACH = 60  # characters before a figure read for its words
# "close at", "closed at", "closing down 2.5 per cent at", "ended the day at", "finished
# the session at", "settled at", "opened at": the words of the clause before "at" hold no
# comma or semicolon ("closed at a record 40,120.08" too)
_AT_THE_CLOSE = LazyPattern(
    r"\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|settl(?:e|es|ed|ing)"
    r"|open(?:s|ed|ing)?)\b[^,;:]{0,40}?\bat\s+(?:an?\s+(?:record|new|all-time|fresh)"
    r"(?:\s+(?:high|low))?\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# the level a change took it to, or left it at: "2.8% to", "2.5 per cent to", "968.17
# points, or 2.5%, to", "6.2 points to", "2.5% lower to", "down 968.17 points, or 2.5%, at"
_AFTER_A_CHANGE = LazyPattern(
    r"\d(?:\s*%|\s+per\s*cent|\s+percent|\s+points?|\s+pts?)"
    r"(?:\s+(?:lower|higher|down|up))?,?\s+(?:to|at)\s+$",
    re.IGNORECASE,
)


def level_key(value: float) -> str:
    """The key of a level of ``value``: every digit told, as a level is told to the
    hundredth ("15,872.19" and "15,872.21" are two levels; a key of six digits, as other
    figures have, would read both as 15,872.2)."""
    return f"num:{value:.12g}"


def told_level(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]``, told with no unit, is the level something
    closed, opened or stood at, or the level a change took it to."""
    if not _level_shaped(text[start:end]):
        return False
    before = text[max(0, start - _REACH) : start]
    return _AT_THE_CLOSE.search(before) is not None or _AFTER_A_CHANGE.search(before) is not None


# a clock time with a stop: "close at 6.30", "opened at 10.15"
_CLOCK_SHAPED = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")


def _level_shaped(figure: str) -> bool:
    """``figure`` (as written) may be a level: 100 or more ("38,412.50", "8,214.6"), or
    with a fraction that is no clock time ("24.8"); not a whole number under 100, an hour
    ("the museum will close at 6"), nor an hour and its minutes ("close at 6.30")."""
    whole, _, fraction = figure.partition(".")
    if len(whole.replace(",", "")) >= 3:
        return True
    return bool(fraction) and _CLOCK_SHAPED.fullmatch(figure) is None
