"""A weekday each article tells alike in another link: not a date discrepancy; nor a
length of time or a time of day the other article tells alike in another link.

One sentence may be linked to two of the other article's: A's "was 15% contained Thursday
morning" to B's lede ("... since Tuesday, officials said on Thursday") and, more loosely, to
B's "The fire started around 14:40 local time on Tuesday", which A tells in its own
sentence ("The fire broke out Tuesday afternoon"). Against the looser link, "Thursday vs
Tuesday" is two occasions, not two dates of one: B's lede, linked to A's sentence, tells
both days ("... since Tuesday, officials said on Thursday").

So with lengths: the Valdoran Herald's "... from Victory Square to the parliament, a route
of 3 km that took the head of the procession more than two hours to cover" is linked to
the wire's "Marchers walked 3 km from Victory Square to the parliament, and the protest
went on for more than six hours", whose six hours the Herald tells in a sentence of its
own ("The protest lasted for more than six hours"), linked to the wire's too: "two vs
six" read two lengths of two things against each other. A length of one side that a
sentence of the other side linked to it (not the one it conflicts with) tells with the
same value is that sentence's fact. Lengths only: a story tells the lengths of many
things (the walk, the protest, the siege) in one unit, which says nothing of what lasted;
a count names what it counts, and one article's two counts of one thing ("six AK-47
rifles" seized in the operation, "a total of 14 AK-47 rifles") against the other's one
("14 AK-47 rifles, 31 magazines") stay a discrepancy (ECB+ 12_4/12_7: which haul is the
boat's is for the reader to check).

And times of day, which a story tells of many moments as it does lengths: a national
daily's "A ordem de retirada foi dada às 14h30 de sábado", linked by the sentence model
to the regional paper's "O alerta foi dado às 03h40 de sábado", is also linked to its
"A retirada começou pelas 14h30 de sábado": "14h30 vs 03h40" is the evacuation's time
against the alert's, each told alike in another link.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.times.clock_times import clock_times
from reader.analysis.times.durations import durations
from reader.analysis.times.stopwatch_times import DURATION
from reader.analysis.times.weekdays import weekday_mentions
from reader.model import DiscrepancyKind

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
    not enough: "Thursday morning" / "on Friday" of one attack (ECB+ 12_4, 12_8) stands.
    A length of one side told alike by a sentence of the other linked to its own (not
    ``j`` nor ``i``) is that sentence's: "two vs six" (hours) is two lengths; so is a
    time of day: "14h30 vs 03h40" is the evacuation's and the alert's."""
    (of_a, of_b), (feats_a, feats_b) = partners, feats
    if c.kind is DiscrepancyKind.NUMBER and DURATION in (c.a.unit_word, c.b.unit_word):
        return any(c.b.key in _lengths(feats_a[k]) for k in of_b.get(j, ()) if k != i) or any(
            c.a.key in _lengths(feats_b[k]) for k in of_a.get(i, ()) if k != j
        )
    if c.a.key.startswith("clock:") and c.b.key.startswith("clock:"):
        return any(c.b.key in _times(feats_a[k]) for k in of_b.get(j, ()) if k != i) or any(
            c.a.key in _times(feats_b[k]) for k in of_a.get(i, ()) if k != j
        )
    if not c.by_weekday:
        return False
    days = {c.a.key, c.b.key}
    return _both_in(days, of_a.get(i, ()), j, feats_b) or _both_in(
        days, of_b.get(j, ()), i, feats_a
    )


def _both_in(
    days: set[str], linked: Sequence[int], but: int, feats: Sequence[UnitFeatures]
) -> bool:
    """One of the ``linked`` sentences but ``but`` tells both ``days``."""
    return any(days <= {d.key for d in weekday_mentions(feats[k])} for k in linked if k != but)


def _times(f: UnitFeatures) -> set[str]:
    """The keys of the times of day ``f`` tells, as its clock conflicts key them (in
    minutes: "14h30" is "clock:870")."""
    return {t.mention.key for t in clock_times(f)}


def _lengths(f: UnitFeatures) -> set[str]:
    """The keys of the lengths of time ``f`` tells (in minutes: "six hours" is
    "num:360")."""
    return {d.mention.key for d in durations(f)}
