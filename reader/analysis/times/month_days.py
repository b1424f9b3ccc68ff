"""A day of the month told without its month, as Portuguese, Spanish and Italian news
write it: "no sábado, dia 8", "desde o dia 8", "el día 8", "il giorno 8", and Korean news
its every day of this month: "19일 새벽", "19일에" (not a span of days: "3일간", "30일 동안",
"10일 만에"). The figure is
no count of 8 but a date, of the month that puts it nearest the article's date: a story
of August 10 telling "dia 8" tells August 8, as "8 de agosto" would.

A day more than ten days from the article's date is left a figure (its month, and
whether it is past or to come, are the reader's guess: "a feira abre no dia 27" in a
story of August 10), and so is one whose weekday, told right before it ("sábado, dia
8"), is not the date's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import day_key
from reader.analysis.times.told_days import nearest_date
from reader.analysis.words.korean_particles import HANGUL
from reader.ingest.calendar_words import weekdays_of
from reader.model import Span

__all__ = ["month_days"]

# the word for "day" right before the figure, after an article or a preposition or alone
_DAY_WORD = re.compile(r"(?<![\w-])(?:dia|día|giorno)\s+$", re.IGNORECASE)
# a weekday told right before: "sábado, dia 8", "el sábado, día 8"
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_][\w-]*),?\s+(?:dia|día|giorno)\s+$", re.IGNORECASE)
# how far from the article's date a day told without its month may lie
NEAREST_DAYS = 10
_LANGUAGES = ("Portuguese", "Spanish", "Italian")
# Korean: "일" glued after the figure, alone or with its particle, no span of days after it
_KOREAN_DAY = re.compile(
    rf"일(?:에는|에|부터|까지|의|은|도)?(?![{HANGUL}])(?!\s*(?:동안|만에|만|간|째))"
)


def month_days(f: UnitFeatures, published: date) -> list[Mention]:
    """The figures of ``f``'s sentence that tell a day of the month after "dia", "día" or
    "giorno" (or before Korean "일"), as dates relative to ``published``, keyed as dates
    are (``date:MM-DD``), each spanning the word and its figure ("dia 8", "19일")."""
    spelled = f.language in _LANGUAGES
    text, base = f.unit.text, f.unit.span.start
    out: list[Mention] = []
    for m in f.numbers:
        if m.kind != "number" or not m.key.startswith("num:"):
            continue
        start, end = m.span.start - base, m.span.end - base
        # "dia 8": the word and the figure; "19일 새벽" (Korean): the figure and its "일"
        word = _DAY_WORD.search(text, max(0, start - 8), start) if spelled else None
        opens, closes = (start, end + 1) if word is None else (word.start(), end)
        told = word is not None or _KOREAN_DAY.match(text, end) is not None
        if not told or not text[start:end].isdigit():
            continue
        day = _nearest(int(text[start:end]), published)
        if day is None or not _weekday_agrees(text, start, day, f.language):
            continue
        span = Span(base + opens, base + closes)
        out.append(Mention("date", day_key(day), span, text[opens:closes]))
    return out


def _nearest(day: int, published: date) -> date | None:
    """The date whose day of the month is ``day`` nearest ``published`` (of its month, the
    one before or the one after), when within NEAREST_DAYS of it."""
    first = published.replace(day=1)
    months = (first - timedelta(days=1), first, first + timedelta(days=31))
    return nearest_date(((m.year, m.month, day) for m in months), published, NEAREST_DAYS)


def _weekday_agrees(text: str, start: int, day: date, language: str | None) -> bool:
    """No weekday is told right before the day at ``start`` of ``text``, or it is
    ``day``'s."""
    before = _WEEKDAY_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return True
    weekdays = weekdays_of(language or "")
    told = weekdays.get(before.group(1).lower())
    return told is None or told == day.weekday()
