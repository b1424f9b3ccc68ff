"""Clock times told in words as Dutch, German and Swedish tell them, by the hour they
lead up to: "half vier", "halb vier" and "halv fyra" are 3:30 (half-way to four, not
half past it), "kwart voor vier" and "kvart i fyra" 3:45, "kwart over vier", "Viertel
nach vier" and "kvart över fyra" 4:15, "twintig voor vier" and "tien over half vier"
3:40, "fünf vor halb vier" 3:25; and Dutch's "vier uur" after a word that sets a moment
("om vier uur", "rond vier uur"), Swedish's "klockan fyra". Each is one time
("time:03:30"), as "03.30 uur" is, and its number word no count: "rond half vier 's
nachts" counted a "vier" and linked it to the "vier" of "kwart over vier".

A part of the day after the time sets its half of the day: "'s nachts", "'s ochtends",
"på morgonen" before noon, "'s middags", "'s avonds", "am Nachmittag", "abends", "på
eftermiddagen" after it. Forms that
are something else without a clock ("vijf voor twaalf", the eleventh hour; "vier uur",
four hours) are read only after a word that sets a moment ("om", "rond", "tegen",
"vanaf", "um", "gegen", "ab") or before a part of the day; those with "half" or "kwart"
("half vier", "kwart over vier", "Viertel vor vier") are clock times wherever they
stand."""

from __future__ import annotations

import re

from reader.analysis.figures.found_mentions import FoundMentions

__all__ = ["read_hour_fractions"]

_DUTCH = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()  # noqa: SIM905
_GERMAN = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split()  # noqa: SIM905
_SWEDISH = "ett två tre fyra fem sex sju åtta nio tio elva tolv".split()  # noqa: SIM905
_DUTCH_TEENS = "dertien veertien vijftien zestien zeventien achttien negentien twintig"
_GERMAN_TEENS = "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig"
_SWEDISH_TEENS = "tretton fjorton femton sexton sjutton arton nitton tjugo"
_HOUR_WORDS = {w: k for words in (_DUTCH, _GERMAN, _SWEDISH) for k, w in enumerate(words, 1)} | {
    "één": 1
}
# the minutes told before "over" and "voor", "nach" and "vor" ("twintig voor vier")
_MINUTE_WORDS = {
    w: k
    for words in (
        (*_DUTCH, *_DUTCH_TEENS.split()),
        (*_GERMAN, *_GERMAN_TEENS.split()),
        (*_SWEDISH, *_SWEDISH_TEENS.split()),
    )
    for k, w in enumerate(words, 1)
} | {"één": 1, "ein": 1}
_HOUR = "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
_MINUTE = "|".join(sorted(_MINUTE_WORDS, key=len, reverse=True))
# the words before a time that set a moment
_CUE = r"(?:om|rond|rondom|omstreeks|tegen|vanaf|um|gegen|ab|vid|kring|omkring|runt|från)"
# the parts of the day after a time, those after noon apart
_EARLY = (
    r"(?:['’]s\s+(?:nachts|ochtends|morgens)|nachts|morgens|früh|am\s+morgen|in\s+der\s+nacht"
    r"|på\s+(?:natten|morgonen|förmiddagen))"
)
_LATE = (
    r"(?:['’]s\s+(?:middags|avonds)|nachmittags|abends|am\s+(?:nachmittag|abend)"
    r"|på\s+(?:eftermiddagen|kvällen))"
)
# the Swedish words for half, quarter, past and to ("halv tre", "kvart i tre", "tio över
# tre"), beside the Dutch and German
_HALF = r"(?:half|halb|halv)"
_WAY = r"(?:over|voor|nach|vor|över|i)"
_TIMES = re.compile(
    rf"(?<![\w-])(?P<cue>{_CUE}\s+)?(?:"
    rf"(?P<half>{_HALF})\s+(?P<h1>{_HOUR})"
    rf"|(?P<quarter>kwart|viertel|kvart)\s+(?P<q_way>{_WAY})\s+(?P<q_half>{_HALF}\s+)?"
    rf"(?P<h2>{_HOUR})"
    rf"|(?P<minutes>{_MINUTE})\s+(?:minuten\s+)?(?P<m_way>{_WAY})\s+"
    rf"(?P<m_half>{_HALF}\s+)?(?P<h3>{_HOUR})"
    rf"|(?P<h4>{_HOUR})\s+uur|(?P<clock>klockan\s+)(?P<h5>{_HOUR})"
    rf")(?![\w-])(?:\s+(?:(?P<early>{_EARLY})|(?P<late>{_LATE}))(?![\w-]))?",
    re.IGNORECASE,
)
_AFTER = frozenset(("over", "nach", "över"))


def read_hour_fractions(found: FoundMentions) -> None:
    """Adds to ``found`` its text's clock times told by the hour they lead up to, as
    "time:HH:MM" keys, each spanning the time and its part of the day (not the word
    before it)."""
    for m in _TIMES.finditer(found.text):
        start = m.end("cue") if m.group("cue") else m.start()
        told = _told(m)
        if told is None or not found.free(start, m.end()):
            continue
        hour, minute = told
        if hour in (0, 12):
            # "half een": half past twelve, at night only if told so
            hour = 0 if m.group("early") else 12
        if m.group("late") and hour < 12:
            hour += 12
        found.add("time", f"time:{hour % 24:02d}:{minute:02d}", start, m.end())


def _told(m: re.Match[str]) -> tuple[int, int] | None:
    """The hour (0-12) and minute a time match tells, None when it needs a word that
    sets a moment or a part of the day and has neither."""
    anchored = bool(m.group("cue") or m.group("early") or m.group("late") or m.group("clock"))
    if m.group("half"):
        return _before(_HOUR_WORDS[m.group("h1").lower()], 30)
    if m.group("quarter"):
        return _toward(m.group("h2"), 15, m.group("q_way"), bool(m.group("q_half")))
    if m.group("minutes"):
        minutes = _MINUTE_WORDS[m.group("minutes").lower()]
        half = bool(m.group("m_half"))
        if minutes >= 30 or not (half or anchored):
            return None  # "vijf voor twaalf", the eleventh hour
        return _toward(m.group("h3"), minutes, m.group("m_way"), half)
    if not anchored:
        return None  # "vier uur" alone is as likely four hours
    return _HOUR_WORDS[(m.group("h4") or m.group("h5")).lower()], 0


def _toward(hour_word: str, minutes: int, way: str, half: bool) -> tuple[int, int]:
    """The time ``minutes`` past (``way`` "over", "nach") or before the hour
    ``hour_word``, or its half-way mark before it when ``half``."""
    hour = _HOUR_WORDS[hour_word.lower()]
    offset = (minutes if way.lower() in _AFTER else -minutes) - (30 if half else 0)
    return (hour, offset) if offset >= 0 else _before(hour, -offset)


def _before(hour: int, minutes: int) -> tuple[int, int]:
    """The time ``minutes`` (at most 60) before ``hour`` o'clock."""
    return hour - 1, 60 - minutes
