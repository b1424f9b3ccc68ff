"""A weekday told as the last one in Spanish, French, German, Dutch or Swedish: "el pasado
domingo", "el domingo pasado", "el último domingo", "dimanche dernier", "am vergangenen
Sonntag", "letzten Sonntag", "afgelopen zaterdag", "zaterdag jongstleden", "i fredags",
"i söndags", read as English "last
Sunday" is (reader.analysis.times.told_days): the latest such day before the article's
date, a week back when it is that day.

A bare weekday in those languages ("detuvieron el domingo") is left unread: which week it
is in takes the tense of its clause, which is read in English alone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import day_key
from reader.ingest.calendar_words import alternation, weekdays_of
from reader.model import Span

__all__ = ["last_weekdays"]


def _pattern(language: str, before: str, after: str) -> re.Pattern[str]:
    day = alternation(weekdays_of(language))
    return re.compile(rf"\b(?:(?:{before})\s+(?P<day>{day})|(?P<later>{day})\s+(?:{after}))\b")


# the words that make a weekday the last one, before it and after it
_LAST = {
    "Spanish": _pattern("Spanish", "pasado|último|ultimo", "pasado|último|ultimo"),
    "French": _pattern("French", "(?!)", "dernier"),
    "German": _pattern("German", "vergangenen|letzten|vorigen|vergangener|letzter", "(?!)"),
    "Dutch": _pattern("Dutch", "afgelopen|vorige", "jongstleden"),
    # Swedish tells the last weekday in one form: "i fredags", "i söndags" ("förra
    # fredagen" too)
    "Swedish": re.compile(
        rf"\b(?:i\s+(?P<day>{alternation(weekdays_of('Swedish'))})s"
        rf"|förra\s+(?P<later>{alternation(weekdays_of('Swedish'))})en)\b"
    ),
}


def last_weekdays(f: UnitFeatures, published: date) -> list[Mention]:
    """The weekdays ``f``'s sentence tells as the last ones, as dates relative to
    ``published`` keyed as dates are (``date:MM-DD``), each spanning its words."""
    pattern = _LAST.get(f.language or "")
    if pattern is None:
        return []
    text, base = f.unit.text, f.unit.span.start
    days = weekdays_of(f.language or "")
    out: list[Mention] = []
    for m in pattern.finditer(text.lower()):
        word = m.group("day") or m.group("later")
        back = (published.weekday() - days[word]) % 7
        day = published - timedelta(days=back or 7)
        span = Span(base + m.start(), base + m.end())
        key = day_key(day)
        out.append(Mention("date", key, span, text[m.start() : m.end()]))
    return out
