"""A length of time hyphened to a penalty it is the length of: "an 18-year sentence", "a
10-year prison term", "a five-year ban", "a two-year jail sentence".

A figure hyphened to its unit tells what kind of thing the noun after it is ("an
eight-year offer", "a 10-year plan": reader.analysis.times.durations), so it was compared
with no length told otherwise. A sentence is its length: "serving an 18-year sentence for
espionage" tells what "sentenced to 16 years for espionage" tells, and the two disagree.
Such a figure is a length, compared as "18 years" is.
"""

from __future__ import annotations

import re

# the noun of a penalty right after the unit, a word of its kind between ("prison",
# "jail", "custodial", "suspended")
_PENALTY_AFTER = re.compile(
    r"(?:-old)?\s+(?:(?:prison|jail|custodial|suspended|life)\s+)?"
    r"(?:sentence|term|ban|suspension)s?\b",
    re.IGNORECASE,
)


def length_of_a_penalty(text: str, end: int) -> bool:
    """The unit of a length hyphened to its noun, ending at ``end`` of ``text``, is the
    length of a penalty told after it ("18-year| sentence", "10-year| prison term"; not
    "an 18-year-old sentenced", "eight-year| offer")."""
    found = _PENALTY_AFTER.match(text, end)
    return found is not None and not found.group().startswith("-")
