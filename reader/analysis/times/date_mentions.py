"""The dates of a unit as mentions: "June 12, 2024", "12 June", "on 10 Nov 11" (10
November 2011), "20. Juni 2024", "7月25日", "March 2010"; the year of each a mention of
its own."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.figures.numerals import foreign_date
from reader.analysis.times.date_keys import date_key
from reader.analysis.words.lexicon import MONTHS
from reader.lazy_regex import longest_first

_MONTH_NAMES = "|".join(longest_first(MONTHS))
_DATE_MDY = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_DATE_DMY = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
# "on 10 Nov 11": a British or Indian date with its year in two digits (10 November 2011),
# not November 11
_DATE_DMY_YY = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?\s+(?P<yy>\d\d)\b(?![.,:]?\d)",
    re.IGNORECASE,
)
# a date in figures, day first, as French, Spanish and Italian write it after an article
# or a preposition: "le 3/12", "jusqu'au 6/12", "du 3/12/2026", "el 3/12", "il 29/11",
# "chiuso dal 29/11" (not a fraction, "3/4", nor a score)
_DATE_DM = re.compile(
    r"\b(?:le|du|au|el|del|al|il|dal)\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})"
    r"(?:/(?P<year>(?:19|20)?\d\d))?(?![\d/])",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _century(yy: int) -> int:
    """The year of a two-digit year: news dates lie between 1970 and 2069."""
    return 1900 + yy if yy >= 70 else 2000 + yy


def read_dates(found: FoundMentions, day_first: bool = False) -> None:
    """Adds to ``found`` the dates of its text and their years, then its months of a
    year ("March 2010"); when ``day_first`` (an article in another language than
    English), its dates in figures ("le 3/12")."""
    if not found.digits:
        return  # each date has its day or its year in figures
    text = found.text
    if day_first:
        _read_day_month(found)
    for rx in (_DATE_DMY_YY, _DATE_MDY, _DATE_DMY):
        for m in rx.finditer(text):
            if not found.free(m.start(), m.end()):
                continue
            day = int(m.group("day"))
            if not 1 <= day <= 31:
                continue
            month = MONTHS[m.group("month").lower().rstrip(".")]
            key = date_key(month, day)
            found.add("date", key, m.start(), m.end())
            group = "yy" if "yy" in m.re.groupindex else "year"
            year = m.group(group)
            if year:
                full = year if len(year) == 4 else str(_century(int(year)))
                found.add_year(m.start(group), m.end(group), full, year)
    for a, b, month, day, year in foreign_date(text):  # "20. Juni 2024", "7月25日"
        if found.free(a, b):
            if month:
                found.add("date", date_key(month, day), a, b)
            else:  # "19 يونيو/تموز": two months, a date not read and no count of 19
                found.take(a, b)
            if year is not None:
                y = str(int(text[year[0] : year[1]]))
                found.add_year(year[0], year[1], y, y)
    for m in _MONTH_YEAR.finditer(text):
        if found.free(m.start(), m.end()):
            month = MONTHS[m.group("month").lower()]
            found.add("date", f"month:{month:02d}-{m.group('year')}", m.start(), m.end())
            y = m.group("year")
            found.add_year(m.start("year"), m.end("year"), y, y)


def _read_day_month(found: FoundMentions) -> None:
    """Adds to ``found`` the dates in figures of its text, day first ("le 3/12")."""
    for m in _DATE_DM.finditer(found.text):
        day, month = int(m.group("day")), int(m.group("month"))
        start = m.start("day")
        if 1 <= day <= 31 and 1 <= month <= 12 and found.free(start, m.end()):
            found.add("date", date_key(month, day), start, m.end())
            year = m.group("year")
            if year:
                full = year if len(year) == 4 else str(_century(int(year)))
                found.add_year(m.start("year"), m.end("year"), full, year)
