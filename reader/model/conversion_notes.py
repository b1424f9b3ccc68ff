"""The note a discrepancy's detail may end with, telling what one side's value comes to in
the other's unit, zone or currency: "130 mph vs 240km/h (240 km/h is 149 mph)", "10:44
a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC)", "$600 million vs £600mn (≈ £475mn
at the rate told)". The note belongs to neither side: the sides swap without it, and a
detail's two values are read without it (reader.model.fact_kinds)."""

from __future__ import annotations

import re

# a conversion's note at the end of a detail: "(240 km/h is 149 mph)", "(≈ £475mn at the
# rate told)"
_NOTE = re.compile(r" \((?:≈ [^()]* at the rate told|[^()]+ is [^()]+)\)$")


def note_of(detail: str) -> tuple[str, str]:
    """``detail`` without its conversion's note, and the note (with its leading space;
    '' when it has none)."""
    found = _NOTE.search(detail)
    if found is None or " vs " not in detail[: found.start()]:
        return detail, ""
    return detail[: found.start()], found.group()
