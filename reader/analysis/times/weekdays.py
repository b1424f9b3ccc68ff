"""The weekdays a sentence names, read in its article's language, and what the words
around a day in another language than English tell of it.

An article in English, or in a language whose weekdays are not read here, names its days
in English ("on Tuesday"). One in German, French, Spanish, Italian or Portuguese names
them in its own words ("am Dienstag", "mardi", "el miércoles", "martedì", "na
terça-feira"), and only those are read there, so that no name is taken for a day: "Plácido
Domingo" in an English article, "Mardi" in a German one. French, Spanish, Italian and
Portuguese write their days in small letters: a capitalised one inside a sentence is a
name ("Plácido Domingo cantó el domingo"); German writes a time of day into the day
("Dienstagabend", "am Mittwochmorgen"), which is that day. Each day is keyed by its
English name (``weekday:tuesday``), so that "am Dienstag" and "Tuesday" are one day.

In those languages, as in English (reader.analysis.conflicts.discrepancies), a day can tell when
something was said rather than when it happened ("sagte am Dienstag", "teilte die Polizei
am Dienstag mit", "a déclaré mardi", "dijo el martes", "ha detto martedì", "disse na
terça-feira"), or name an occasion ("l'attaque de mardi", as "Friday's setback"); and a
night or a time zone near it ("Dienstagnacht", "mardi soir vers 23h", "hora local") may
make it the day before or after in another time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.clause_marks import CLAUSE_MARK
from reader.analysis.words.lexicon import (
    CAPITALISED_CALENDAR,
    NIGHT_WORDS,
    TIME_ZONES,
    WEEKDAY_FEASTS,
    WEEKDAY_OCCASION_OF,
    WEEKDAY_REPORTING,
)
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS, alternation, weekdays_of
from reader.model import Span

__all__ = ["FOREIGN_WEEKDAYS", "foreign", "foreign_night", "foreign_told_when", "weekday_mentions"]

# German's times of day written into the day ("Dienstagabend", "Mittwochfrüh")
_GERMAN_DAY_PARTS = "morgen vormittag mittag nachmittag abend nacht früh".split()  # noqa: SIM905


@dataclass(frozen=True, slots=True)
class _Reading:
    """How one language's weekdays are found in a sentence written in small letters."""

    days: dict[str, int]  # each spelling, with its number (Monday 0)
    pattern: re.Pattern[str]  # a day, its name in the group "day"
    small_letters: bool  # the language writes its days in small letters inside a sentence


def _reading(language: str, days: dict[str, int]) -> _Reading:
    parts = f"(?:{'|'.join(_GERMAN_DAY_PARTS)})?" if language == "German" else ""
    pattern = re.compile(rf"\b(?P<day>{alternation(days)}){parts}\b")
    return _Reading(days, pattern, language not in CAPITALISED_CALENDAR)


# English's, as reader.analysis.conflicts.discrepancies has always read them: any case, anywhere
_ENGLISH = _Reading(
    {day: k for k, day in enumerate(ENGLISH_WEEKDAYS)},
    re.compile(r"\b(?P<day>" + "|".join(sorted(ENGLISH_WEEKDAYS)) + r")\b"),
    small_letters=False,
)
# the languages whose weekdays are read: those whose words of saying are known
FOREIGN_WEEKDAYS = {
    language: _reading(language, weekdays_of(language)) for language in WEEKDAY_REPORTING
}


def foreign(f: UnitFeatures) -> bool:
    """``f``'s weekdays are read in its article's language, not English."""
    return f.language in FOREIGN_WEEKDAYS


def weekday_mentions(f: UnitFeatures) -> list[Mention]:
    """Each weekday ``f``'s sentence names, in its article's language, keyed
    ``weekday:<its English name>``; a feast ("mardi gras", "viernes santo") is none."""
    reading = FOREIGN_WEEKDAYS.get(f.language or "", _ENGLISH)
    text, base = f.unit.text, f.unit.span.start
    low = text.lower()
    out: list[Mention] = []
    for m in reading.pattern.finditer(low):
        start, end = m.span()
        if reading is not _ENGLISH and (
            (reading.small_letters and text[start].isupper() and not _opens(text, start))
            or _word_after(low, end) in WEEKDAY_FEASTS
        ):
            continue
        key = f"weekday:{ENGLISH_WEEKDAYS[reading.days[m.group('day')]]}"
        out.append(Mention("date", key, Span(base + start, base + end), text[start:end]))
    return out


def _opens(text: str, start: int) -> bool:
    """The word at ``start`` opens its sentence (after quotation marks, a dash, a
    dateline's agency: "(AFP) - Mardi, ...")."""
    opening = text[:start].rstrip(" \"“”‘’'«»(¿¡-–—")
    return not opening or opening[-1] in ".!?:)"


def foreign_told_when(f: UnitFeatures, day: Mention) -> bool:
    """``day`` (one of ``f``'s weekday mentions, in a language of FOREIGN_WEEKDAYS) says
    when something was told, not when it happened: a word of saying in its clause before
    it ("sagte der Sprecher am Dienstag", "a déclaré mardi", "según informó el martes") or
    right after it ("wie die Polizei am Dienstag mitteilte", "gab am Dienstag bekannt");
    or it names an occasion ("l'attaque de mardi", "el ataque del martes"). A clause
    told ("a annoncé qu'il avait été arrêté mardi", "sagte, dass am Dienstag") is not."""
    language = f.language or ""
    saying = WEEKDAY_REPORTING[language]
    start, end = day.span.start - f.unit.span.start, day.span.end - f.unit.span.start
    low = f.unit.text.lower()
    clause = _CLAUSE_MARK.split(low[max(0, start - _SAYING_REACH) : start])[-1]
    before = _WORDS.findall(clause)
    if any(w in saying for w in before):
        return True
    if before and before[-1] in WEEKDAY_OCCASION_OF[language]:
        return True
    return _word_after(low, end) in saying


_SAYING_REACH = 60  # characters before a day in which its clause is read, at most
# where a clause ends before a day: a clause mark (reader.analysis.words.clause_marks), a
# quotation mark, or "that" opening what was said
_CLAUSE_MARK = re.compile(rf"{CLAUSE_MARK.pattern}|[«»\"“”]|\b(?:dass|que|qu|che)\b")
_WORDS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # the next word, with no comma between


def _word_after(low: str, end: int) -> str:
    follows = _NEXT_WORD.match(low, end)
    return follows.group(1) if follows else ""


def foreign_night(f: UnitFeatures, day: Mention) -> bool:
    """``day`` (as above) is told near midnight or in a time zone: a night, an early or
    late hour, a local time near it ("in der Nacht zum Mittwoch", "Dienstagnacht",
    "mardi tard", "hora local", "um 23 Uhr", "vers 2h"), a moment that may fall on the day
    before or after in another time zone (date_conflicts._by_the_clock)."""
    night = NIGHT_WORDS[f.language or ""]
    start, end = day.span.start - f.unit.span.start, day.span.end - f.unit.span.start
    shown = f.unit.text[max(0, start - _NIGHT_REACH) : end + _NIGHT_REACH]
    near = shown.lower()
    if any(w in night for w in _WORDS.findall(near)):
        return True
    # a time zone is written in capitals ("GMT", "MEZ"): French "est" and "et" are no EST
    if any(w.isupper() and w.lower() in TIME_ZONES for w in _WORDS.findall(shown)):
        return True
    if any(day.surface.lower().endswith(w) for w in night):
        return True  # "Dienstagnacht", "Mittwochfrüh"
    return any(_small_hour(int(c.group("hour"))) for c in _CLOCK.finditer(near))


_NIGHT_REACH = 30
# a 24-hour clock's hour, as these languages write it: "23.30 Uhr", "23 Uhr", "23h30",
# "23 heures", "a las 23.00", "23:00 horas", "às 23h"
_CLOCK = re.compile(
    r"(?<![\d.,])(?P<hour>\d{1,2})(?:[.:h]\d\d(?![\d]|[.,]\d)|\s*(?:uhr|h|heures?|horas?|hs)\b)"
)


def _small_hour(hour: int) -> bool:
    """From 8 p.m. to 5 a.m. on a 24-hour clock."""
    return hour < _DAWN or hour >= _EVENING


_DAWN, _EVENING = 6, 20
