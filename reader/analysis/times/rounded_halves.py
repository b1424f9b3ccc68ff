"""A length told with a half and no figure ("half a minute", "a minute and a half", "an
hour and a half", reader.analysis.times.half_lengths) is a round one: a writer gives it
for a length the other article tells to the second or the minute ("31 seconds behind"
and "half a minute back", "lowered the record by 91 seconds" and "took a minute and a
half off it", "95 minutes" and "an hour and a half"), so the two agree within a tenth of
the round length; not "40 seconds" and "half a minute", nor "two hours" and "an hour and
a half"."""

from __future__ import annotations

from typing import Protocol

from reader.analysis.mention import Mention

ROUNDING = 0.1  # of the round length, at most, between it and the finer one


class _Told(Protocol):
    """What is read here of a duration (reader.analysis.times.durations.Duration)."""

    @property
    def mention(self) -> Mention: ...
    @property
    def finest(self) -> float: ...
    @property
    def by_figure(self) -> bool: ...


def rounds_to_half(round_one: _Told, other: _Told) -> bool:
    """``round_one`` is told with a half and no figure, ``other`` in a finer unit, and
    ``other``'s length is within ROUNDING of ``round_one``'s."""
    minutes = float(round_one.mention.key[4:])
    halved = (minutes / round_one.finest) % 1 == 0.5
    if round_one.by_figure or not halved or other.finest >= round_one.finest:
        return False
    return abs(float(other.mention.key[4:]) - minutes) <= ROUNDING * minutes
