"""A figure one article tells as it stood before, revised in its next sentence to the
other article's: no discrepancy.

A wire updated through the day tells its toll as it went: "The coast guard said in the
morning that 29 bodies had been recovered. By Thursday evening it had raised the toll to
41." Its first sentence, linked to the other article's "The Greek coast guard has
recovered 41 bodies", read "29 vs 41 dead", though the wire gives the 41 itself one
sentence on. A figure the next sentence of its article revises ("raised the toll to 41",
"the number of dead rose to 41", "later revised it to 41") to the other side's very
value is the one that stood before: the two articles agree on the toll now. Only the
next sentence, only a verb of revision or rise before the figure, only the other side's
value: "29 bodies" followed by "41 people were injured" is still read against "41
bodies"; within one sentence, reader.analysis.figures.earlier_occasions reads "rose to
41, up from 29".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern
from reader.model import DiscrepancyKind

__all__ = ["revised_next"]

# words right before a figure that make it the one a figure was revised or rose to: a
# verb of revision with what it revised ("raised the toll to", "revised it to", "put
# the number of dead at") or of rise or fall ("rose to", "had climbed to"), a bound
# after it ("to at least 41")
_REVISED_TO = LazyPattern(
    r"(?<![^\W\d_])(?:"
    r"(?:raised|revised|lowered|upgraded|downgraded|corrected|adjusted|updated|increased"
    r"|put|brought|pushed)"
    r"(?:\s+(?:it|them|(?:the|its|their)(?:\s+[^\W\d_]+){1,3}))?\s+(?:to|at)"
    r"|(?:rose|risen|climbed|jumped|grew|grown|increased|fell|fallen|dropped)\s+to"
    r")\s+(?:(?:at\s+least|more\s+than|some|about|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_REACH = 80  # characters before a figure read for its verb


def revised_next(
    c: Conflict,
    i: int,
    j: int,
    feats: tuple[Sequence[UnitFeatures], Sequence[UnitFeatures]],
) -> bool:
    """Count conflict ``c`` of A's sentence ``i`` and B's ``j`` is of a figure its
    article revises, in its next sentence (``feats``: A's and B's), to the other side's
    value ("29 bodies had been recovered." then "it had raised the toll to 41", against
    "41 bodies")."""
    if c.kind is not DiscrepancyKind.NUMBER:
        return False
    feats_a, feats_b = feats
    return _revised_to(feats_a, i + 1, c.b) or _revised_to(feats_b, j + 1, c.a)


def _revised_to(feats: Sequence[UnitFeatures], k: int, other: Mention) -> bool:
    """Sentence ``k`` of ``feats`` (when there is one) tells a figure of ``other``'s
    value as the one a figure was revised or rose to."""
    if k >= len(feats):
        return False
    f = feats[k]
    text, base = f.unit.text, f.unit.span.start
    for m in f.numbers:
        if m.kind == "number" and m.key == other.key:
            start = m.span.start - base
            if _REVISED_TO.search(text, max(0, start - _REACH), start) is not None:
                return True
    return False
