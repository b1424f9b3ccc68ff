"""Lengths of time told as a stopwatch tells them, a race's times: "2:02:41" (hours,
minutes and seconds), "went through halfway in 1:01:05", "the first half in 61:05"
(minutes and seconds, more minutes than a clock has hours), "2hr 2min 41sec", "2h 02m
41s", "27min 45sec", and in words, "two hours, two minutes and 41 seconds". Each is one
length, a figure keyed in minutes with the unit word of a duration
(reader.analysis.times.durations), so that "2:02:41" and "2hr 2min 41sec" are one
figure, and "2:04:03" and "2:04:30" two that differ; not a clock time ("2:02") and a
count ("41").

"2:02.41", hours and minutes then seconds after a stop, is a marathon's time in a sentence
that names one ("set a marathon record of 2:02.41"); elsewhere it may be a track race's
minutes, seconds and hundredths ("1:43.91" for 800 metres), read as nothing, never a
clock time and a count.

A pace ("2:54 per kilometre", "4:41 a mile", "3:05/km") is neither a clock time nor a
length: one mention of kind PACE, keyed by its unit of distance and its seconds
("pace:km:174"), which reader.analysis.times.pace_partners matches to the other article's
pace per mile. A time of three parts told as a moment ("at 12:30:15",
"12:30:15 p.m.", "09:32:41 GMT") is a clock's, left to reader.analysis.times.time_mentions,
as are "hours and minutes" told without seconds ("three hours and 30 minutes":
durations reads those).
"""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions
from reader.analysis.times.time_zones import WIRE_ZONES
from reader.analysis.words.lexicon import NUMBER_WORDS

# the unit word of a figure read as a duration (its key is "num:<minutes>")
DURATION = "duration"

# "2:02:41", "1:01:05": hours, minutes and seconds (not a fraction of a second after it)
_THREE_PARTS = re.compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:]|[.,]\d)")
# "61:05", "27:45": minutes and seconds, when more minutes than a day has hours
_TWO_PARTS = re.compile(r"(?<![\d:.,])(\d{2,3}):([0-5]\d)(?![\d:]|[.,]\d)")
# "2:02.41": of hours in a marathon's sentence, else minutes, seconds and hundredths
_STOPPED = re.compile(r"(?<![\d:.,])(\d):([0-5]\d)\.([0-5]\d)(?![\d:]|[.,]\d)")
_MARATHON = re.compile(r"marathon", re.IGNORECASE)
PACE = "pace"  # the kind of a pace's mention
# a pace: "2:54 per kilometre", "4:41 a mile", "3:05/km", "4:41-per-mile"
_PACE = re.compile(
    r"(?<![\d:.,])(\d{1,2}):([0-5]\d)(?:\s*/\s*(?P<short>km|mi|mile)\b|[\s-]+(?:per|a|an|each"
    r"|every)[\s-]+(?P<unit>kilometre|kilometer|km|mile|mi)s?\b|\s+min(?:ute)?s?\s*/\s*"
    r"(?P<after>km|mi)\b)",
    re.IGNORECASE,
)
# a clock's moment: "at 12:30:15", "12:30:15 p.m.", "09:32:41 GMT"
_AT_BEFORE = re.compile(r"\b(?:at|after|before|until|till|by)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(rf"\s*(?:[ap]\.?m\b|(?:{WIRE_ZONES}|local\s+time)\b)", re.IGNORECASE)

_HOURS = r"(?:hrs?|h|hours?)"
_MINUTES = r"(?:mins?|m|minutes?)"
_SECONDS = r"(?:secs?|s|seconds?)"
# "2hr 2min 41sec", "2h 02m 41s", "2 hr 2 min": abbreviated units (a minute's at least,
# so that "18 h 50", a French clock's, is not one)
_ABBREVIATED = re.compile(
    rf"(?<![\d:.,])(?:(\d{{1,2}})\s?{_HOURS}\.?,?\s?(\d{{1,2}})\s?{_MINUTES}\.?"
    rf"(?:,?\s?(\d{{1,2}})\s?{_SECONDS}\b)?|(\d{{1,3}})\s?(?:mins?|m)\.?,?\s?(\d{{1,2}})"
    rf"\s?{_SECONDS}\b)(?=\W|$)",
    re.IGNORECASE,
)
_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n < 60 and w not in ("dozen", "dozens")}
_TENS = ("twenty", "thirty", "forty", "fifty")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER = (
    rf"(\d{{1,2}}|(?:{'|'.join(_TENS)})[\s-](?:{'|'.join(_ONES)})"
    rf"|{'|'.join(sorted(_WORDS, key=len, reverse=True))}|an?|one)"
)
# "two hours, two minutes and 41 seconds", "2 hours 2 minutes 41 seconds": all three
_SPELLED = re.compile(
    rf"\b{_NUMBER}\s+hours?,?\s+(?:and\s+)?{_NUMBER}\s+minutes?,?\s+(?:and\s+)?{_NUMBER}"
    rf"\s+seconds?\b",
    re.IGNORECASE,
)


def read_stopwatch(found: FoundMentions) -> None:
    """Adds to ``found`` the lengths of its text told as a stopwatch tells them, each one
    figure keyed in minutes (unit word DURATION), and its paces (kind PACE)."""
    text = found.text
    for m in _SPELLED.finditer(text):
        if found.free(m.start(), m.end()):
            h, mi, s = (_value(m.group(k)) for k in (1, 2, 3))
            _add(found, m.start(), m.end(), h, mi, s)
    if not found.digits:
        return
    for m in _PACE.finditer(text):
        if found.free(m.start(), m.end()):
            unit = (m.group("short") or m.group("unit") or m.group("after")).lower()
            per = "km" if unit.startswith("k") else "mile"
            seconds = int(m.group(1)) * 60 + int(m.group(2))
            found.add(PACE, f"pace:{per}:{seconds}", m.start(), m.end())
    for m in _ABBREVIATED.finditer(text):
        if found.free(m.start(), m.end()):
            h, mi, s = (int(g) if g else 0 for g in m.group(1, 2, 3))
            if m.group(4):
                h, mi, s = 0, int(m.group(4)), int(m.group(5))
            _add(found, m.start(), m.end(), h, mi, s)
    marathon = _MARATHON.search(text) is not None
    for m in _STOPPED.finditer(text):
        if found.free(m.start(), m.end()):
            if marathon:
                _add(found, m.start(), m.end(), *(int(g) for g in m.group(1, 2, 3)))
            else:
                found.taken.append((m.start(), m.end()))
    for m in _THREE_PARTS.finditer(text):
        if found.free(m.start(), m.end()) and not _a_moment(text, m.start(), m.end()):
            _add(found, m.start(), m.end(), *(int(g) for g in m.group(1, 2, 3)))
    for m in _TWO_PARTS.finditer(text):
        if int(m.group(1)) > 24 and found.free(m.start(), m.end()):
            _add(found, m.start(), m.end(), 0, int(m.group(1)), int(m.group(2)))


def _a_moment(text: str, start: int, end: int) -> bool:
    """The three-part time at ``start .. end`` of ``text`` is a clock's ("at 12:30:15",
    "12:30:15 p.m.", "09:32:41 GMT")."""
    at = _AT_BEFORE.search(text[max(0, start - 12) : start]) is not None
    return at or _CLOCK_AFTER.match(text, end) is not None


def _value(word: str) -> int:
    """The count a figure or number word of 0 to 59 tells ("41", "two", "forty-one")."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    parts = re.split(r"[\s-]", word)
    return sum(_WORDS[p] for p in parts)


def _add(found: FoundMentions, start: int, end: int, h: int, m: int, s: int) -> None:
    """One length of ``h`` hours, ``m`` minutes and ``s`` seconds at ``start .. end``."""
    minutes = h * 60 + m + s / 60
    found.add("number", f"num:{minutes:g}", start, end, DURATION)
