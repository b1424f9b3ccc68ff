"""A ship's prefix written with a slash before its name: "M/S Gullskär" (motor ship, as
Nordic papers write it), "M/V Ocean Pride". The slash splits a run of capitalised words,
so "Färjan M/S Gullskär" read as two names, "Färjan M" and "S Gullskär", neither the
ship's: the letter on each side of the slash goes, and the ship is Gullskär, as a report
writing "Gullskär" alone names it.

A prefix written as one word ("MS", "MV", "HMS", "USS") is left in the name: "MV Gibe"
already matches "Gibe" as a name matches its last words, and taking it out changed the
links of an ECB+ pair (12_19ecb/12_2ecb: two more, both wrong by the careful reader)."""

from __future__ import annotations

import re

# "M/S Gullskär", "M/V Ocean Pride": the "M" ends one run, the "S" or "V" opens the next
_SLASHED_AFTER = re.compile(r"/[SV]\s+[^\W\d_]")
_SLASHED_BEFORE = re.compile(r"M/$")


def ship_named(text: str, start: int) -> bool:
    """The run of capitals at ``start`` of ``text`` opens with the letter after a ship's
    slashed prefix ("V Queen Mary" of "M/V Queen Mary"): what follows is the ship's name,
    which no title cuts ("Queen", "Star" of "M/V Sea Star")."""
    return _SLASHED_BEFORE.search(text, max(0, start - 2), start) is not None and bool(
        _SLASHED_AFTER.match(text, start - 1)
    )


def without_ship_prefix(
    text: str, offset: int, words: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A run of ``text`` (at ``offset``, its words at their offsets from it) less the
    letter after the slash of a ship's prefix opening it before the ship's name ("S
    Gullskär" after "M/": "Gullskär") or the "M" before the slash ending it ("Färjan M":
    "Färjan")."""
    if len(words) > 1:
        at, first = words[0]
        start = offset + at
        if first in ("S", "V") and _SLASHED_BEFORE.search(text, max(0, start - 2), start):
            words = words[1:]
    if words and words[-1][1] == "M":
        end = offset + words[-1][0] + 1
        if _SLASHED_AFTER.match(text, end):
            words = words[:-1]
    return words
