"""Clock times told in words in Spanish, French and German: "las tres de la madrugada",
"a las diez de la noche", "trois heures du matin", "um drei Uhr nachts", each one time
("time:03:00"), as "3 a.m." is (and in Dutch and German by the hour they lead up to,
"half vier", "kwart voor vier", "halb drei": reader.analysis.times.hour_fractions), and
its number word no count: "pasadas las tres de la madrugada" counted "tres" and linked it
to the "tres personas" the robbers were.

Spanish and French tell a time in words with the part of the day after it ("de la
madrugada", "de la tarde", "du matin", "du soir"): without one, "a las tres" may be of
three women ("a las tres mujeres") and "trois heures" a duration, and both are left to
the figures. German's "Uhr" is a clock's whatever follows ("drei Uhr", "um drei Uhr
nachts"); "Stunden" is a duration."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.times.hour_fractions import read_hour_fractions

__all__ = ["read_worded_times"]

_SPANISH_HOURS = "una dos tres cuatro cinco seis siete ocho nueve diez once doce".split()  # noqa: SIM905
_FRENCH_HOURS = "une deux trois quatre cinq six sept huit neuf dix onze douze".split()  # noqa: SIM905
_GERMAN_HOURS = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()  # noqa: SIM905
_HOURS = {
    word: k
    for words in (_SPANISH_HOURS, _FRENCH_HOURS, _GERMAN_HOURS)
    for k, word in enumerate(words, start=1)
} | {"ein": 1}
# the parts of the day after the afternoon: their hours are 12 on (not "las doce de la
# noche", midnight, nor "zwölf Uhr mittags", noon)
_LATER = frozenset(("tarde", "noche", "soir", "après-midi", "abends", "nachmittags"))

_TIMES = re.compile(
    r"\b(?:"
    rf"las?\s+(?P<es>{'|'.join(_SPANISH_HOURS)})(?:\s+y\s+(?P<es_part>media|cuarto))?"
    r"\s+de\s+la\s+(?P<es_day>madrugada|mañana|tarde|noche)"
    rf"|(?P<fr>{'|'.join(_FRENCH_HOURS)})\s+heures?(?:\s+et\s+(?P<fr_part>demie|quart))?"
    r"\s+(?:du\s+(?P<fr_day>matin|soir)|de\s+l'(?P<fr_noon>après-midi))"
    rf"|(?P<de>{'|'.join(_GERMAN_HOURS)}|ein)\s+Uhr"
    r"(?:\s+(?P<de_day>morgens|früh|nachts|abends|nachmittags|mittags))?"
    r")\b",
    re.IGNORECASE,
)
_MINUTES = {"media": 30, "demie": 30, "cuarto": 15, "quart": 15}
# the words of a Dutch, German or Swedish time told by the hour it leads up to
# (hour_fractions)
_HALF_OR_QUARTER = re.compile(
    r"half|halb|halv|kwart|viertel|kvart|uur|over|voor|nach|vor|över|klockan", re.IGNORECASE
)


def read_worded_times(found: FoundMentions) -> None:
    """Adds to ``found`` its text's clock times in words, as "time:HH:MM" keys, each
    spanning the time from its hour ("tres de la madrugada", "drei Uhr nachts")."""
    text = found.text
    if _HALF_OR_QUARTER.search(text) is not None:
        read_hour_fractions(found)  # "half vier", "kwart voor vier", "om vier uur"
    if "Uhr" not in text and " de la " not in text and "heure" not in text:
        return  # cheap: most sentences tell none
    for m in _TIMES.finditer(text):
        word = m.group("es") or m.group("fr") or m.group("de")
        start = m.start("es") if m.group("es") else m.start()
        if not found.free(start, m.end()):
            continue
        hour = _HOURS[word.lower()]
        day = (m.group("es_day") or m.group("fr_day") or m.group("fr_noon") or "").lower()
        day = day or (m.group("de_day") or "").lower()
        if day in _LATER and hour < 12:
            hour += 12
        part = (m.group("es_part") or m.group("fr_part") or "").lower()
        found.add("time", f"time:{hour:02d}:{_MINUTES.get(part, 0):02d}", start, m.end())
