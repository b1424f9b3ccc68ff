"""A ship's prefix before its name: "M/S Gullskär", "MS Gullskär", "MV Sea Star", "HMS
Argyll", "USS Cole" name the ship Gullskär, Sea Star, Argyll, Cole, as a report writing
"the Gullskär" or "Argyll" alone does. "M/S" and "M/V" are written with a slash, which
splits a run of capitalised words ("Färjan M" and "S Gullskär"): the letter on each side
of it goes. Ambiguous prefixes ("INS", also the US Immigration and Naturalization
Service; "SS") are left as written."""

from __future__ import annotations

import re

# prefixes written as one word before the ship's name
_PREFIXES = frozenset(("MS", "MV", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "RMS"))
# "M/S Gullskär", "M/V Sea Star": the "M" ends one run, the "S" opens the next
_SLASHED_AFTER = re.compile(r"/[SV]\s+[^\W\d_]")
_SLASHED_BEFORE = re.compile(r"M/$")


def without_ship_prefix(
    text: str, offset: int, words: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """A run of ``text`` (at ``offset``, its words at their offsets from it) less a ship's
    prefix opening it before the ship's name ("HMS Argyll": "Argyll"; "S Gullskär" after
    "M/": "Gullskär") or the "M" of "M/S" ending it ("Färjan M": "Färjan")."""
    if len(words) > 1:
        at, first = words[0]
        start = offset + at
        if first in _PREFIXES or (
            first in ("S", "V") and _SLASHED_BEFORE.search(text, max(0, start - 2), start)
        ):
            words = words[1:]
    if words and words[-1][1] == "M":
        end = offset + words[-1][0] + 1
        if _SLASHED_AFTER.match(text, end):
            words = words[:-1]
    return words
