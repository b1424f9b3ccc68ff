"""The place a count is told of right after its counted words: "evacuated 150 homes in
the Eastgate neighborhood", "37 rescues on Route 9", "2,000 sandbags at the fire station
in Harlow Springs". Such a place is whose count it is as much as the doer named before
the figure ("National Guard soldiers evacuated 150 homes in Eastgate"), so a sentence
whose nearest name before its figure is that place ("the Eastgate neighborhood, where 120
homes were evacuated", a photo caption's way; "In Eastgate, 120 homes were evacuated")
tells of the same count (reader.analysis.figures.count_owners). A place after "from" or
"of" tells where the things counted come from, not where the count was made ("arrested 15
people from Paris"): no such place."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention

# the counted words (at most three, in small letters or hyphened) and a preposition of
# place, "the" after it: " homes in the ", " water rescues on ", " people at "
_PLACED = re.compile(
    r"(?:\s+[a-z][\w'’-]*){0,3}\s+(?:in|at|on|near|across|throughout|around)(?:\s+the)?\s+$"
)
_REACH = 40  # characters from the figure's end to the place's name, at most


def figure_place(f: UnitFeatures, m: Mention) -> str | None:
    """The key of the name of sentence ``f`` told as the place of figure ``m`` right after
    its counted words ("150 homes in the Eastgate neighborhood": "eastgate"), or None."""
    text, base = f.unit.text, f.unit.span.start
    end = m.span.end - base
    for n in f.names:
        at = n.span.start - base
        if end <= at <= end + _REACH:
            return n.key if _PLACED.fullmatch(text, end, at) else None
    return None
