"""Two clock times each pinned to UTC by its zone and under half an hour apart: "10:44 a.m.
EDT" and "14:46 UTC", "1852 GMT" and "1:58 p.m. ET" of a dated article. A story tells
several moments (the attack at 9, the arrest at 11), so two times of two linked sentences
are compared only on a close link (reader.analysis.conflicts.conflict.Conflict); but a
time told with its zone is a moment of record, and two such of one act (the clause words
meet: reader.analysis.conflicts.told_times) minutes apart are one moment told with two
minutes, the disagreement a fact-checker looks for, whatever the link's score (the link
itself may rest on them: reader.analysis.linking.zoned_moments)."""

from __future__ import annotations

from reader.analysis.times.clock_times import DAY, ClockTime
from reader.analysis.times.time_zones import week_turn
from reader.analysis.times.zoned_partners import CLOSE_MINUTES


def pinned_close(ta: ClockTime, tb: ClockTime) -> bool:
    """Every reading of ``ta`` and of ``tb`` is told in a zone of one offset, and some two
    are at most CLOSE_MINUTES apart in UTC (on the weekdays told beside them, else around
    the clock)."""
    shifts_a = [ta.offsets(x) for x in ta.readings]
    shifts_b = [tb.offsets(y) for y in tb.readings]
    if not all(len(s) == 1 for s in (*shifts_a, *shifts_b)):
        return False
    return any(
        abs(x.low - sx[0] - (y.low - sy[0] + d * DAY)) <= CLOSE_MINUTES
        for x, sx in zip(ta.readings, shifts_a, strict=True)
        for y, sy in zip(tb.readings, shifts_b, strict=True)
        for d in (week_turn(x.day, y.day) or (-1, 0, 1))
    )
