"""A figure told as a total ("a total of $80,000 in prize and bonus money", "$80,000 in
all", "320 in total", "a combined 1,200") against figures of the same thing the other
sentence gives separately, which add up to it ("the $50,000 winner's prize and a $30,000
course-record bonus"): one sum told whole and in parts, no disagreement between the
total and either part (reader.analysis.conflicts.count_conflicts). Parts that do not add
up to it still disagree with it ("$50,000 and $20,000" against "a total of $80,000")."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention

_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|total(?:l?ing)?|in\s+all|a\s+combined|combined|altogether)\s+$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether|combined)\b", re.IGNORECASE)


def total_of_parts(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Figure ``na`` of ``fa`` is told as a total, and ``nb`` is one of two or more figures
    of ``fb`` counting the same thing that add up to it; or the other way round."""
    return _sums(fa, na, fb, nb) or _sums(fb, nb, fa, na)


def _sums(f: UnitFeatures, total: Mention, g: UnitFeatures, part: Mention) -> bool:
    if not _told_as_total(f, total) or not total.key.startswith("num:"):
        return False
    parts = [
        x
        for x in g.numbers
        if x.kind == "number" and x.key.startswith("num:") and x.unit_word == total.unit_word
    ]
    if len(parts) < 2 or part not in parts:
        return False
    return abs(sum(float(x.key[4:]) for x in parts) - float(total.key[4:])) < 1e-6


def _told_as_total(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of ``f`` follows "a total of" or its like, or is followed by "in
    total" or its like."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before = _TOTAL_BEFORE.search(text[max(0, start - 20) : start]) is not None
    return before or _TOTAL_AFTER.match(text, end) is not None
