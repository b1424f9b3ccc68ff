"""A launch's countdown written with a hyphen: "T-10 minutes" is ten minutes before
lift-off, as "T-minus 10 minutes" and "T+8 minutes 30 seconds" are told
(reader.analysis.times.length_frames reads them as a distance from the launch). The "T-"
glued to the figure looked like a model's name ("AK-47", "F-16"): the figure was part of
a name and "T-10" a name of its own, so two reports' "T-10 minutes" and "T-12 minutes"
were never compared. It is a countdown only when a unit of time follows (the "T-72"
tank stays a name)."""

from __future__ import annotations

import re

from reader.analysis.times.half_lengths import length_unit

# "T-" right before the figure, no letter nor hyphen before the T
_T_MINUS = re.compile(r"(?<![\w-])T-$")
# "T-10" as a name's word
_T_FIGURE = re.compile(r"T-\d{1,3}")
_UNIT_AFTER = re.compile(r"\s+([a-z]+)")


def countdown_at(text: str, start: int, end: int) -> bool:
    """The figure from ``start`` to ``end`` of ``text`` is a countdown's: "T-" before it,
    a unit of time after it ("T-10 minutes")."""
    if not _T_MINUS.search(text, max(0, start - 3), start):
        return False
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and bool(length_unit(unit.group(1), None))


def countdown_word(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` of ``text`` is a countdown ("T-10" of "T-10 minutes"), no
    name."""
    return _T_FIGURE.fullmatch(word) is not None and countdown_at(
        text, start + 2, start + len(word)
    )
