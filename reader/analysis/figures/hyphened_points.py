"""A margin told by its figure hyphened to "points": "a 4.6-percentage-point lead", "a
12-point lead", "a two-point drop" count points, as "by 4.6 points" does, not a kind of
lead (nor does "a 4.6 percentage point lead" count percentages). A figure hyphened to its
noun otherwise qualifies the noun after it ("a 10-point plan", "a three-point shot", "an
eight-year offer": reader.analysis.figures.counted_words) and counts nothing."""

from __future__ import annotations

import re

from reader.lazy_regex import LazyPattern

# "percentage point(s)" always tells a difference of two percentages; "-point" when the
# noun after it is a difference, a gain or a loss
_POINTS = LazyPattern(
    r"(?:[-\s]percentage[-\s]points?\b|-points?(?=\s+(?:lead|leads|margin|gap|deficit"
    r"|advantage|edge|swing|drop|fall|decline|slide|dip|rise|increase|jump|gain|loss|cut"
    r"|hike|win|victory|defeat)\b))",
    re.IGNORECASE,
)


def hyphened_points(text: str, end: int) -> bool:
    """The figure ending at ``end`` of ``text`` counts the points it is told with ("4.6"
    of "a 4.6-percentage-point lead" and of "a 4.6 percentage point lead", "12" of "a
    12-point lead"); not "a 10-point plan"."""
    return _POINTS.match(text, end) is not None
