"""What a takeover's sum is worth with: a company is valued by its shares (the equity
value, "the deal values Corvane at $18.7 billion") or with its debt (the enterprise
value, "Including debt, the deal is worth $21.3bn", "an enterprise value of about $21.3
billion"); the debt is a third sum ("$2.6 billion of net debt"). Two sums of two such
kinds are two facts, not one told two ways: "$18.7 billion" and "$21.3bn including debt"
agree. An equity value named so is a value told plainly."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

ENTERPRISE = "enterprise"
DEBT = "debt"

_DEBT = r"(?:(?:its|the|net|total)\s+)*debts?"
# the clause of a sum worth with the debt: "an enterprise value of", "including debt",
# "debt included", "with net debt"
_WITH_DEBT = LazyPattern(
    rf"(?<!\w)(?:enterprise\s+value|(?:includ(?:ing|es|ed)|with|plus)\s+{_DEBT}|"
    rf"{_DEBT}\s+included)(?!\w)",
    re.IGNORECASE,
)
# a sentence that opens by adding the debt to what it tells: "Including net debt of
# about £2bn, the deal is worth £16.9bn."
_DEBT_OPENER = LazyPattern(
    r"^\W*(?:including|counting|with|adding)\b[^,;]{0,60}?\bdebt\b[^,;]{0,40},", re.IGNORECASE
)
# the sum is the debt itself: "$2.6 billion of net debt", "net debt of about £2bn"
_DEBT_AFTER = LazyPattern(rf"\s*(?:of\s+)?{_DEBT}(?!\w)", re.IGNORECASE)
_DEBT_BEFORE = LazyPattern(
    rf"(?<!\w){_DEBT}\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$",
    re.IGNORECASE,
)


def worth_with(f: UnitFeatures, m: Mention) -> str:
    """What sum ``m`` of sentence ``f`` is: DEBT when it is a debt, ENTERPRISE when a
    value with the debt, '' when a value told plainly (or no sum)."""
    if m.unit_word not in CURRENCIES:
        return ""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    if _DEBT_AFTER.match(after) or _DEBT_BEFORE.search(before):
        return DEBT
    opener = _DEBT_OPENER.match(text)
    if _WITH_DEBT.search(f"{before} {after}") or (opener is not None and opener.end() <= start):
        return ENTERPRISE
    return ""


def worth_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """``na`` of ``fa`` and ``nb`` of ``fb`` are sums of two kinds: a value with the debt
    and one without, or a debt and a value."""
    return worth_with(fa, na) != worth_with(fb, nb)
