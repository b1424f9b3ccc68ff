"""The kind of fact a discrepancy sets apart, as the reader is told it (Qt-free).

A discrepancy of two moments of one day told in clock times ("10:44 a.m. EDT vs 14:46
UTC", "1.30pm vs 2pm") is kept as a ``date`` one (reader.model.alignment.DiscrepancyKind
has no kind of its own for a time, and the JSON keeps "date"), but "date: 14:46 UTC vs
10:44 a.m. EDT" had a fact-checker look for a day: the text report and the exports say
"time" of it."""

from __future__ import annotations

import re

from reader.model.conversion_notes import note_of

# a clock reading: "14:46", "10:44 a.m.", "1.30pm", "4pm", "1432 GMT", "10:15 UTC"
_CLOCK = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+[A-Z]{2,5})?"
    r"|\d{1,2}\s*[ap]\.?m\b\.?(?:\s+[A-Z]{2,5})?"
    r"|\d{4}\s+(?:GMT|UTC)",
    re.IGNORECASE,
)
_SIDES = re.compile(r"(.+?) vs (.+)")


def is_clock_time(value: str) -> bool:
    """``value`` is a clock reading and nothing more (its zone after it, if any)."""
    return _CLOCK.fullmatch(value.strip()) is not None


def told_kind(kind: str, detail: str) -> str:
    """``kind`` ("date", "number", ...) as the reader is told it: "time" for a "date"
    discrepancy whose two values are clock readings ("10:44 a.m. EDT vs 14:46 UTC")."""
    sides = _SIDES.fullmatch(note_of(detail.strip())[0])
    if kind == "date" and sides and all(is_clock_time(s) for s in sides.groups()):
        return "time"
    return kind
