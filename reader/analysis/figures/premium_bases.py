"""What price a takeover's premium is measured against. An offer is told as a premium to
several prices at once ("a 31% premium to Corvane's closing price on Friday and 37% above
its 30-day volume-weighted average price"): the last close, an average over some days,
the stock's high or low, its price before talk of a bid ("undisturbed"). Two premiums to
two such prices are two facts, not one told two ways: "a 31% premium to Friday's close"
and "37 per cent above its average over the past 30 days" agree. A premium whose price
is not told compares with any."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

# right after a percentage, what makes it a premium or a discount to a price: "a 31%
# premium to", "37% above", "a 5% discount on", "43 per cent more than"
_PREMIUM_AFTER = LazyPattern(
    r"\s*(?:(?:premium|discount)\s+(?:to|over|on|of)|above|below|more\s+than|"
    r"less\s+than|higher\s+than|lower\s+than|over)\b",
    re.IGNORECASE,
)
# right before one, when the sentence tells "a premium of 31 per cent to ..."
_PREMIUM_BEFORE = LazyPattern(
    r"(?<!\w)(?:premium|discount)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# a second premium told after the first with its price alone: "... to Friday's closing
# price and 43 per cent to its average over the past 30 days"
_TO_A_PRICE = LazyPattern(r"\s*(?:to|over|on|above|below)\s", re.IGNORECASE)
# the price a premium is measured against, by the first word naming it
_BASES = {
    "close": "close",
    "closing": "close",
    "average": "average",
    "vwap": "average",
    "volume-weighted": "average",
    "high": "high",
    "peak": "high",
    "low": "low",
    "undisturbed": "undisturbed",
    "unaffected": "undisturbed",
}
_BASE = LazyPattern(r"(?<![\w-])(" + "|".join(_BASES) + r")(?![\w-])", re.IGNORECASE)
# the words after a premium that may name its price ("its 30-day volume-weighted average
# price" names it within these)
_REACH = 60


def premium_base(f: UnitFeatures, m: Mention) -> str | None:
    """The price percentage ``m`` of sentence ``f`` is a premium (or a discount) to:
    "close", "average", "high", "low" or "undisturbed"; '' for a premium to a price not
    told; None when ``m`` is no premium."""
    if not m.key.startswith("pct:"):
        return None
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    premium = _PREMIUM_AFTER.match(after) is not None
    if not premium and _PREMIUM_BEFORE.search(before) is None:
        earlier = [x for x in f.numbers if x.span.end <= m.span.start]
        if not (earlier and _TO_A_PRICE.match(after) and premium_base(f, earlier[-1]) is not None):
            return None
    found = _BASE.search(after[:_REACH])
    return _BASES[found.group(1).lower()] if found is not None else ""


def bases_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """``na`` of ``fa`` and ``nb`` of ``fb`` are premiums to two prices told apart ("a
    31% premium to Friday's close" and "37 per cent above its 30-day average")."""
    x, y = premium_base(fa, na), premium_base(fb, nb)
    return bool(x) and bool(y) and x != y
