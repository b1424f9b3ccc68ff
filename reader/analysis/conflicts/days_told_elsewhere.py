"""A weekday each article tells alike in another link: not a date discrepancy.

One sentence may be linked to two of the other article's: A's "was 15% contained Thursday
morning" to B's lede ("... since Tuesday, officials said on Thursday") and, more loosely, to
B's "The fire started around 14:40 local time on Tuesday", which A tells in its own
sentence ("The fire broke out Tuesday afternoon"). Against the looser link, "Thursday vs
Tuesday" is two occasions, not two dates of one: B's lede, linked to A's sentence, tells
both days ("... since Tuesday, officials said on Thursday").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.times.weekdays import weekday_mentions

__all__ = ["told_alike_elsewhere"]


def told_alike_elsewhere(
    c: Conflict,
    i: int,
    j: int,
    partners: tuple[Mapping[int, Sequence[int]], Mapping[int, Sequence[int]]],
    feats: tuple[Sequence[UnitFeatures], Sequence[UnitFeatures]],
) -> bool:
    """Weekday conflict ``c`` of A's sentence ``i`` and B's ``j`` is of two days one
    article tells apart, both in one sentence linked to the other side's (``partners``:
    each sentence's linked sentences, A's then B's): B's lede linked to ``i`` tells A's
    Thursday and B's Tuesday, two occasions. One article's day told alike elsewhere is
    not enough: "Thursday morning" / "on Friday" of one attack (ECB+ 12_4, 12_8) stands."""
    if not c.by_weekday:
        return False
    (of_a, of_b), (feats_a, feats_b) = partners, feats
    days = {c.a.key, c.b.key}
    return _both_in(days, of_a.get(i, ()), j, feats_b) or _both_in(
        days, of_b.get(j, ()), i, feats_a
    )


def _both_in(
    days: set[str], linked: Sequence[int], but: int, feats: Sequence[UnitFeatures]
) -> bool:
    """One of the ``linked`` sentences but ``but`` tells both ``days``."""
    return any(days <= {d.key for d in weekday_mentions(feats[k])} for k in linked if k != but)
