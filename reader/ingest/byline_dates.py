"""A date stamp a site prints on a byline's line, after the writers: "Von Anna Müller (dpa)
| 12.03.2024, 06:40 Uhr", "Par Jean Dupont (AFP) - 12 mars 2024 à 06h40", "By Jane Doe,
AP | March 12, 2024 6:40 AM", "di Marco Rossi (ANSA) - 12 marzo 2024, 06:40".

The byline is read before the stamp (reader.ingest.bylines: a byline, its agency the
document's source), the stamp as a date line (reader.ingest.date_lines: the article's
date, reader.ingest.metadata).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.ingest.calendar_words import OTHER_DAY_OR_MONTH
from reader.ingest.date_lines import DAY_OR_MONTH, is_date_line
from reader.ingest.stamp_words import PUBLISHED, UPDATED

__all__ = ["SetOffDate", "set_off_date"]


class SetOffDate(NamedTuple):
    """A line's part before its date stamp, and the stamp."""

    before: str
    date: str


# what sets a stamp off: a bar, a dot, a dash between spaces, a comma ("Anna-Lena" and
# "12.03.2024" keep their hyphen and dots)
_SEPARATOR = re.compile(r"\s*[|·•,]\s*|\s+[-–—]\s+|\s*[–—]\s*")
# a stamp opens with its date, its weekday or month, or its label ("Publié le ...",
# "Stand: ..."); not with an agency ("AP | March 12": the agency is the byline's)
_STAMP_START = re.compile(
    rf"\d|(?:{DAY_OR_MONTH}|{OTHER_DAY_OR_MONTH}|{PUBLISHED}|{UPDATED})\b", re.IGNORECASE
)


# a page's byline element run together with its <time>: "By Jane Smith (Hamburg) 26
# November 2024, 09:30 CET" (a space is all that sets the stamp off)
_SPACED = re.compile(rf"{_SEPARATOR.pattern}|\s+")


def set_off_date(line: str, *, spaced: bool = False) -> SetOffDate | None:
    """``line`` cut before the date stamp set off at its end ("Von Anna Müller (dpa)" and
    "12.03.2024, 06:40 Uhr"), the first place where what follows is a date line only; None
    when no such stamp ends the line, or only a date stands before it (the line is a date
    line: "12.03.2024, 06:40 Uhr"). A space sets the stamp off too when ``spaced`` (a
    page's byline element holding its ``<time>``, reader.ingest.page_byline)."""
    line = line.strip()
    for m in (_SPACED if spaced else _SEPARATOR).finditer(line):
        rest = line[m.end() :]
        if m.start() > 0 and _STAMP_START.match(rest) and is_date_line(rest):
            before = line[: m.start()]
            return None if is_date_line(before) else SetOffDate(before, rest)
    return None
