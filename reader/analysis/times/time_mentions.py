"""The times of day of a unit as mentions: "5:30 p.m.", "1.30pm", "2 a.m.", "11am", "18 h
50", "18h50", "18.50 Uhr", "18 Uhr", "03.40 uur", "om 4 uur", "kl. 14.30", "klockan 17",
"dès 19h", "à 10 heures", "a las 3.40 horas", "pelas 10 horas", "às 10h", "1852 GMT",
each one time, not a figure or two: "2 a.m." is no count of 2 to match or contradict
another article's "2"."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.times.time_zones import WIRE_ZONES
from reader.analysis.times.worded_times import read_worded_times

_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?:\s*(a\.?m\.?|p\.?m\.?))?", re.IGNORECASE)
# a 12-hour time told to the hour: "2 a.m.", "3 p.m", "11am", "11 pm"; in a text that
# counts in another language, only "a.m." with its stops ("3 am Tatort" is German's "3
# at the scene")
_HOUR = re.compile(r"(?<![\d.,:])(\d{1,2})\s?(?:([ap])\.\s?m\b\.?|([ap])m\b)", re.IGNORECASE)
# a 12-hour time with a stop between hours and minutes, as British papers write it:
# "1.30pm", "10.45 am", "4.15 p.m."; the half of the day makes it no figure "1.3" (in a
# text that counts in another language, only with its stops, as above)
_DOT_TIME = re.compile(
    r"(?<![\d.,:])(1[0-2]|0?[1-9])\.([0-5]\d)\s?(?:([ap])\.\s?m\b\.?|([ap])m\b)", re.IGNORECASE
)
# a 24-hour time as French, Portuguese, German and Dutch write it: "18 h 50", "18h50",
# "18.50 Uhr", "18 Uhr", "03.40 uur"; one time, not two figures
# a time in four figures before its zone or "hrs", as wires write it: "1852 GMT", "0300
# UTC", "1100 hrs IST", "0000 JST", "1852Z"; no year 1852
_ZONED = re.compile(rf"(?<![\d.,:])([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hrs|{WIRE_ZONES})\b|Z\b)")
_TIME_24 = re.compile(
    r"\b([01]?\d|2[0-3])(?:\s?h\s?([0-5]\d)|[.:]([0-5]\d)\s?(?:Uhr|uur)|()\s?Uhr)\b"
)
# ... and Dutch's ("03.40 uur" above), to the hour after a word that sets a moment: "om 4
# uur", "rond 16 uur", "vanaf 8 uur"; not "binnen 24 uur", "48 uur lang" (durations)
_DUTCH_HOUR = re.compile(
    r"\b(?:om|rond|omstreeks|tegen|vanaf)\s+([01]?\d|2[0-3])\s?uur\b", re.IGNORECASE
)
# ... and the Scandinavian clock's: "kl. 14.30", "kl 9", "klockan 17", "Klockan 14.34",
# "klokken 14" (the hour alone only after the clock's word: "14.30" alone is no time)
_CLOCK_WORD = re.compile(
    r"\b(?:kl\.?|klockan|klokken|klokka)\s?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\d.,:]\d)",
    re.IGNORECASE,
)
# a French time told to the hour after a word that sets a moment: "dès 19h", "à 10 h", "à
# partir de 19 heures", "vers 7 heures 30"; not "depuis 7 heures", "pendant 12 heures",
# "une grève de 12 heures" (durations)
_FRENCH_HOUR = re.compile(
    r"\b(?:à|dès|vers|avant|après|jusqu'à|partir\s+de|entre)\s+([01]?\d|2[0-3])\s?"
    r"(?:h|heures?)(?:\s?([0-5]\d))?\b",
    re.IGNORECASE,
)

# a Portuguese time told to the hour after a word that sets a moment: "às 10h", "pelas 10
# horas", "até às 20h", "a partir das 19h", "por volta das 14 horas", "entre as 9h e as
# 20h" (the article "as" and "das" before "h" alone: "as 24 horas seguintes", "das 38 horas
# de combate" are durations)
_PORTUGUESE_HOUR = re.compile(
    r"\b(?:(?:às|pelas|(?:a\s+partir|por\s+volta|cerca)\s+das)\s+([01]?\d|2[0-3])\s?"
    r"(?:h|horas)|(?:as|das)\s+([01]?\d|2[0-3])h)(?:\s?([0-5]\d))?(?!\w)",
    re.IGNORECASE,
)
# a Spanish or Italian time after its article: "a las 3.40 horas", "las 15.30 h", "a la
# 1.05", "alle 3.40", "poco dopo le 7.30", "dalle 8.15", "alle ore 19" (to the hour only
# after "ore"); the stop between hours and minutes makes it no figure "3,4"; not a figure
# of thousands ("le 12.000 persone")
_ARTICLE_TIME = re.compile(
    r"\b(?:las?|le|alle|dalle|delle|sulle|entro\s+le|all')\s*(?:(?:ore\s+)?"
    r"([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s?(?:horas|hrs|h)\b)?|ore\s+([01]?\d|2[0-3]))"
    r"(?![.,:]?\d)",
    re.IGNORECASE,
)


def read_times(found: FoundMentions, english: bool = True) -> None:
    """Adds to ``found`` the times of day of its text, as 24-hour "time:HH:MM" keys;
    "am" and "pm" without stops only when the text is ``english``; in another language,
    those told in words too ("las tres de la madrugada": worded_times)."""
    if not english:
        read_worded_times(found)
    if not found.digits:
        return  # each time is told in figures
    text = found.text
    for m in _TIME.finditer(text):
        if found.free(m.start(), m.end()):
            hour, minute = _hour(int(m.group(1)), m.group(3)), int(m.group(2))
            found.add("time", f"time:{hour:02d}:{minute:02d}", m.start(), m.end())
    for m in _DOT_TIME.finditer(text):
        if (m.group(3) or english) and found.free(m.start(), m.end()):
            hour = _hour(int(m.group(1)), m.group(3) or m.group(4))
            found.add("time", f"time:{hour:02d}:{m.group(2)}", m.start(), m.end())
    for m in _HOUR.finditer(text):
        hour = int(m.group(1))
        if (m.group(2) or english) and 1 <= hour <= 12 and found.free(m.start(), m.end()):
            hour = _hour(hour, m.group(2) or m.group(3))
            found.add("time", f"time:{hour:02d}:00", m.start(), m.end())
    for m in _ZONED.finditer(text):
        if found.free(m.start(), m.end()):
            found.add("time", f"time:{m.group(1)}:{m.group(2)}", m.start(), m.end())
    for m in _TIME_24.finditer(text):
        if found.free(m.start(), m.end()):
            minute = int(m.group(2) or m.group(3) or 0)
            found.add("time", f"time:{int(m.group(1)):02d}:{minute:02d}", m.start(), m.end())
    if not english:
        for m in _CLOCK_WORD.finditer(text):
            if found.free(m.start(1), m.end()):
                key = f"time:{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"
                found.add("time", key, m.start(1), m.end())
        for m in _DUTCH_HOUR.finditer(text):
            if found.free(m.start(1), m.end()):
                found.add("time", f"time:{int(m.group(1)):02d}:00", m.start(1), m.end())
        for m in _ARTICLE_TIME.finditer(text):
            hour = 1 if m.group(1) else 3
            if found.free(m.start(hour), m.end()):
                key = f"time:{int(m.group(hour)):02d}:{int(m.group(2) or 0):02d}"
                found.add("time", key, m.start(hour), m.end())
        for m in _FRENCH_HOUR.finditer(text):
            if found.free(m.start(1), m.end()):
                minute = int(m.group(2) or 0)
                found.add("time", f"time:{int(m.group(1)):02d}:{minute:02d}", m.start(1), m.end())
        for m in _PORTUGUESE_HOUR.finditer(text):
            hour = 1 if m.group(1) else 2
            if found.free(m.start(hour), m.end()):
                key = f"time:{int(m.group(hour)):02d}:{int(m.group(3) or 0):02d}"
                found.add("time", key, m.start(hour), m.end())


def _hour(hour: int, half: str | None) -> int:
    """``hour`` on a 24-hour clock, told as of the half of the day ``half`` says ("a...",
    "p...", None for none): 12 a.m. is 0, 3 p.m. is 15."""
    if not half or not 1 <= hour <= 12:
        return hour
    return hour % 12 + (12 if half[0].lower() == "p" else 0)
