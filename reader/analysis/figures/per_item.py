"""A figure told of each of several things, not of them all: "Redcliff Units 3 and 4,
each rated at 750MW", "two tickets at $40 each", "scored two goals apiece". Such a figure
is no count of the whole ("took about 2,300 megawatts off the grid" is not set against
"each rated at 750MW"): two figures compare only when both or neither are told per item
(reader.analysis.conflicts.count_conflicts)."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.written_units import past_unit
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern

# "each" a few words before the figure, in its clause: "each rated at 750MW", "each
# with 200 beds" (not "each of the 12 victims", which counts them all)
_EACH_BEFORE = LazyPattern(r"\beach\b(?!\s+of\b)(?:\s+[^\W\d_]+){0,3}\s+$", re.IGNORECASE)
# "each" right after the figure and its unit ("750MW each", "$40 each"), or "apiece" after
# the noun ("two goals apiece"; not "three men each received", "each other")
_EACH_AFTER = LazyPattern(
    r"\s+(?:(?:[^\W\d_]+\s+)?apiece|each)\b(?!\s+(?:other|of)\b)", re.IGNORECASE
)
_REACH = 40  # characters before a figure its "each" may stand


def per_item(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of sentence ``f`` is told of each of several things, as the module
    says."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    if _EACH_BEFORE.search(text, max(0, start - _REACH), start) is not None:
        return True
    return _EACH_AFTER.match(text, past_unit(text, end)) is not None
