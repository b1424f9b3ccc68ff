"""Lengths of time told with a half and no figure (reader.analysis.times.durations reads those
told by one: "three and a half hours", "trois heures et demie"): "an hour and a half",
"one and a half hours", "a year and a half", "dreieinhalb Stunden", "anderthalb Tage",
"une heure et demie", "una hora y media", "un'ora e mezza", "uma hora e meia", and half
of one unit, "half an hour", "eine halbe Stunde", "une demi-heure", "media hora",
"mezz'ora", "meia hora", "half a minute", "ein halbes Jahr", "half a century", "un
demi-siècle", "medio siglo"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.lazy_regex import LazyPattern

# the unit words a half is told of, by language, each read as its unit's name
_UNIT_NAMES: dict[str | None, dict[str, str]] = {
    None: {"minute": "minute", "minutes": "minute", "hour": "hour", "hours": "hour",
           "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
           "months": "month", "year": "year", "years": "year", "century": "century",
           "centuries": "century"},
    "German": {"minute": "minute", "minuten": "minute", "stunde": "hour", "stunden": "hour",
               "tag": "day", "tage": "day", "tagen": "day", "woche": "week",
               "wochen": "week", "monat": "month", "monate": "month", "monaten": "month",
               "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year",
               "jahrhundert": "century", "jahrhunderte": "century",
               "jahrhunderts": "century"},
    "French": {"minute": "minute", "heure": "hour", "jour": "day", "journée": "day",
               "semaine": "week", "mois": "month", "an": "year", "année": "year",
               "siècle": "century"},
    "Spanish": {"minuto": "minute", "hora": "hour", "día": "day", "dia": "day",
                "semana": "week", "mes": "month", "año": "year", "siglo": "century"},
    "Italian": {"minuto": "minute", "ora": "hour", "giorno": "day", "giornata": "day",
                "settimana": "week", "mese": "month", "anno": "year", "secolo": "century"},
    "Portuguese": {"minuto": "minute", "hora": "hour", "dia": "day", "semana": "week",
                   "mês": "month", "mes": "month", "ano": "year", "século": "century"},
}  # fmt: skip

# German halves in one word: "anderthalb", "eineinhalb", "dreieinhalb"
_GERMAN_WHOLES = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip
_U = r"(?P<unit>[^\W\d_]+)"
_END = r"(?![^\W\d_])"
# each pattern with the count it tells, None when its "whole" group tells it
_PATTERNS: dict[str | None, tuple[tuple[LazyPattern, float | None], ...]] = {
    None: (
        (LazyPattern(rf"\b(?:an?|one)\s+{_U}\s+and\s+a\s+half{_END}", re.I), 1.5),
        (LazyPattern(rf"\bone\s+and\s+a\s+half\s+{_U}{_END}", re.I), 1.5),
        (LazyPattern(rf"\bhalf\s+an?\s+{_U}{_END}", re.I), 0.5),
    ),
    "German": (
        (LazyPattern(rf"\b(?P<whole>{'|'.join(_GERMAN_WHOLES)})einhalb\s+{_U}{_END}", re.I), None),
        (LazyPattern(rf"\banderthalb\s+{_U}{_END}", re.I), 1.5),
        (LazyPattern(rf"\bein(?:e|er|en|em|es)?\s+halbe[nrs]?\s+{_U}{_END}", re.I), 0.5),
    ),
    "French": (
        (LazyPattern(rf"\bune?\s+{_U}\s+et\s+demie?{_END}", re.I), 1.5),
        (LazyPattern(rf"\bune?\s+demi-{_U}{_END}", re.I), 0.5),
    ),
    "Spanish": (
        (LazyPattern(rf"\bun[ao]?\s+{_U}\s+y\s+medi[ao]{_END}", re.I), 1.5),
        (LazyPattern(rf"\bmedi[ao]\s+{_U}{_END}", re.I), 0.5),
    ),
    "Italian": (
        (LazyPattern(rf"\bun(?:'|[ao]?\s+){_U}\s+e\s+mezz[ao]{_END}", re.I), 1.5),
        (LazyPattern(rf"\bmezz(?:'|[ao]\s+){_U}{_END}", re.I), 0.5),
    ),
    "Portuguese": (
        (LazyPattern(rf"\bum[a]?\s+{_U}\s+e\s+mei[ao]{_END}", re.I), 1.5),
        (LazyPattern(rf"\bmei[ao]\s+{_U}{_END}", re.I), 0.5),
    ),
}


_HALVED = frozenset(("minute", "hour", "year", "century"))  # "half a minute"


@dataclass(frozen=True, slots=True)
class HalfLength:
    """A length told with a half and no figure, or of one unit with none ("a century", "a
    year": reader.analysis.times.centuries, one_unit_lengths): ``text[start:end]`` tells
    ``count`` of the unit named ``unit`` ("minute", "hour", "day", "week", "month",
    "year", "decade" or "century")."""

    start: int
    end: int
    count: float
    unit: str
    # it tells what kind of thing the noun after it is, as a figure hyphened to its unit
    # does ("a year-long inquiry", as "a 12-month inquiry": reader.analysis.times
    # .one_unit_lengths)
    kind: bool = False


def length_unit(word: str, language: str | None) -> str:
    """The unit of time ``word`` (lower case) names in ``language`` ("stunden": "hour"),
    '' when none."""
    return _UNIT_NAMES.get(language, {}).get(word, "")


def half_lengths(text: str, language: str | None) -> list[HalfLength]:
    """The lengths with a half and no figure that ``text`` (in ``language``, None for
    English) tells, in its order."""
    names = _UNIT_NAMES.get(language, {})
    found: list[HalfLength] = []
    for pattern, count in _PATTERNS.get(language, ()):
        for m in pattern.finditer(text):
            unit = names.get(m.group("unit").lower())
            # half of one unit only of a minute, an hour, a year or a century ("medio
            # día", "meio dia": noon)
            if unit is None or (count == 0.5 and unit not in _HALVED):
                continue
            whole = _GERMAN_WHOLES[m.group("whole").lower()] + 0.5 if count is None else count
            if not any(h.start < m.end() and m.start() < h.end for h in found):
                found.append(HalfLength(m.start(), m.end(), whole, unit))
    return sorted(found, key=lambda h: h.start)
