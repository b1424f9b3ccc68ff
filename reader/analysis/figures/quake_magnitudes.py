"""A quake's magnitude told with its figure: "magnitude 6.8", "a
6.8-magnitude earthquake", "a 6.8 magnitude quake", "put the magnitude at 7.1", "6.8 on
the Richter scale", "un sismo de magnitud 6,3". Each counts the magnitude (MAGNITUDE),
however written, so that two outlets' ways of telling it compare and match: "a magnitude
6.8 earthquake" is no count of 6.8 earthquakes, nor is "a 6.8-magnitude earthquake" a
kind of quake that counts nothing ("a 10-point plan":
reader.analysis.figures.hyphened_points)."""

from __future__ import annotations

import re

from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern

MAGNITUDE = stem("magnitude")

# the words before the figure: "magnitude 6.8", "magnitude-6.8", "a magnitude of 6.8",
# "the magnitude at 7.1", "the magnitude was 6.8"; as Spanish, French, Portuguese and
# Italian write it: "de magnitud 6,1", "de magnitude 6,1", "di magnitudo 6,1"
_BEFORE = LazyPattern(
    r"\b(?:magnitude|magnitud|magnitudo)(?:\s+(?:of|at|was|is|to|de))?(?:\s+|-)$",
    re.IGNORECASE,
)
# the words after it: "6.8-magnitude", "6.8 magnitude", "6.8 on the Richter scale"
_AFTER = LazyPattern(
    r"(?:-|\s+)magnitude\b|\s+on\s+the\s+(?:richter|moment[-\s]magnitude)\s+scale\b",
    re.IGNORECASE,
)
_REACH = 30  # characters before a figure read for its word
_HYPHENED = "-magnitude"


def told_magnitude(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is told as a quake's magnitude."""
    before = text[max(0, start - _REACH) : start]
    return _BEFORE.search(before) is not None or _AFTER.match(text, end) is not None


def hyphened_magnitude(text: str, end: int) -> bool:
    """The figure ending at ``end`` of ``text`` is hyphened to "magnitude" ("a
    6.8-magnitude quake"), which it counts, as "magnitude 6.8" does."""
    return text[end : end + len(_HYPHENED)].lower() == _HYPHENED
