"""A sum told in two currencies that differs at the rate the pair itself tells
(reader.analysis.figures.told_rates): beside "£14.8bn ($18.7bn)", "$600 million of annual
cost savings" against "cost savings of £600mn a year" (about $758m) is a discrepancy,
"£475mn a year" is the same sum. Compared only when each linked sentence tells one sum,
each of one currency, both for the same period or per the same thing ("a share", "a
year") or neither, both worth with a company's debt or neither
(reader.analysis.figures.debt_values), and within twice of each other once converted
(a share's price and a company's are no one fact told wrong)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import amount
from reader.analysis.figures.debt_values import worth_apart
from reader.analysis.figures.told_rates import at_rate, sums, value
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind

# two sums this share apart, beyond their rounding, once converted, differ (a day's rate
# and another's lie closer)
_APART = 0.05
# ... and are one fact told wrong only within this factor of each other
_WITHIN = 2.0
# what a sum is told per: "$54.20 a share", "$47.50-a-share", "£475mn a year", "per week",
# "$600 million of annual cost savings"
_PER = re.compile(
    r"(?:-an?-|\s+(?:an?|per|each)\s+)(share|year|annum|week|month|day|hour)\b"
    r"|\s+(?:of\s+)?(annual|yearly|annually|weekly|monthly|daily)\b",
    re.IGNORECASE,
)
_PERIODS = {"annum": "year", "annual": "year", "yearly": "year", "annually": "year"}
_PERIODS |= {"weekly": "week", "monthly": "month", "daily": "day"}


def _per(f: UnitFeatures, m: Mention) -> str:
    """What sum ``m`` of ``f`` is told per ("share", "year"), '' when nothing."""
    found = _PER.match(f.unit.text, m.span.end - f.unit.span.start)
    if found is None:
        return ""
    word = (found.group(1) or found.group(2)).lower()
    return _PERIODS.get(word, word)


def rate_conflicts(
    fa: UnitFeatures, fb: UnitFeatures, rates: Mapping[tuple[str, str], Sequence[float]]
) -> list[Conflict]:
    """The one sum of ``fa`` against the one sum of ``fb`` in another currency, when they
    differ at one of ``rates`` (the pair's, by pair of currencies), as a number
    discrepancy that tells the rate's conversion ("$600 million vs £600mn (≈ £475mn at the
    rate told)")."""
    in_a, in_b = sums(fa), sums(fb)
    if len(in_a) != 1 or len(in_b) != 1:
        return []
    a, b = in_a[0], in_b[0]
    told = rates.get((a.unit_word, b.unit_word), ())
    if not told or _per(fa, a) != _per(fb, b) or worth_apart(fa, a, fb, b):
        return []
    rate = told[0]
    converted = value(a) * rate
    if not value(b) or not 1 / _WITHIN <= converted / value(b) <= _WITHIN:
        return []
    if at_rate(a, b, told, slack=_APART):
        return []
    shown = amount(converted, b.surface, b.unit_word)
    detail = f"{a.surface} vs {b.surface} (≈ {shown} at the rate told)"
    return [Conflict(DiscrepancyKind.NUMBER, a, b, detail, by_told_value=True)]
