"""The times of day of a unit as mentions: "5:30 p.m.", "18 h 50", "18h50", "18.50 Uhr",
"18 Uhr", each one time, not two figures."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions

_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE)
# a 24-hour time as French, Portuguese and German write it: "18 h 50", "18h50", "18.50
# Uhr", "18 Uhr"; one time, not two figures
_TIME_24 = re.compile(r"\b([01]?\d|2[0-3])(?:\s?h\s?([0-5]\d)|[.:]([0-5]\d)\s?Uhr|()\s?Uhr)\b")


def read_times(found: FoundMentions) -> None:
    """Adds to ``found`` the times of day of its text, as 24-hour "time:HH:MM" keys."""
    text = found.text
    for m in _TIME.finditer(text):
        if found.free(m.start(), m.end()):
            hour, minute = int(m.group(1)), int(m.group(2))
            if (m.group(3) or "").lower().startswith("p") and hour < 12:
                hour += 12
            found.add("time", f"time:{hour:02d}:{minute:02d}", m.start(), m.end())
    for m in _TIME_24.finditer(text):
        if found.free(m.start(), m.end()):
            minute = int(m.group(2) or m.group(3) or 0)
            found.add("time", f"time:{int(m.group(1)):02d}:{minute:02d}", m.start(), m.end())
