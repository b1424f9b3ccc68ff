"""Clock times a sentence tells, as windows of the day: "10:15 a.m.", "at 9.25 am",
"shortly after 3 p.m." (3:00 to 3:30), "about 11 a.m. (IST)", "around noon", and the
24-hour times of other languages ("à 14h30", "um 14.30 Uhr", "a las 14:30", "alle 14.30",
"às 14h30"). Each window keeps the time zone it is told in ('' when none; "local" is
none either: a time without a zone is the place's), and a time given again in another
zone in brackets ("6:00 p.m. local time (1300 GMT)") is one moment told twice. A weekday
right after a zoned time ("1852 GMT Tuesday") is its day in that zone.

Times of a span ("from 9 to 11 a.m.", "until 3 p.m.", "between ..."), of a date's
timestamp without words around it, or of a noun ("midnight rules") are not read; nor is
a pace ("2:54 per kilometre": reader.analysis.times.stopwatch_times), no time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.city_zones import CITY_ZONE_WORDS
from reader.analysis.times.stopwatch_times import PACE
from reader.analysis.times.time_zones import WIRE_ZONES, ZONE_NAMES, weekday_after, zone_offsets
from reader.lazy_regex import LazyPattern
from reader.model import Span

DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a told time: the minutes of the day it may lie within (``low`` may
    exceed ``high`` for a window across midnight), its zone ('' when not told), and
    whether "about" widened it around the stated time ("about 2:30", "vers 2 h 30"): two
    such windows that only touch are two moments (``rough``)."""

    low: int
    high: int
    zone: str
    rough: bool = False
    day: int | None = None  # the weekday told right after a zoned time (Monday 0)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A clock time of a sentence: ``mention`` spans its bound word, the time and its
    zone ("shortly after 3 p.m."), ``readings`` are the windows it may mean (two for
    "10:15" written without a.m. or p.m. in English; one per zone when given twice)."""

    mention: Mention
    readings: tuple[Reading, ...]
    at: int  # where the time proper starts in the sentence's text (after its bound word)
    published: date | None = None  # its article's date: of "ET", EST or EDT

    def offsets(self, r: Reading) -> tuple[int, ...]:
        """The minutes ahead of UTC reading ``r`` may be told in (reader.analysis.times.
        time_zones); () for no zone, local time or an ambiguous zone."""
        return zone_offsets(r.zone, self.published) if r.zone else ()


def clock_times(f: UnitFeatures) -> list[ClockTime]:
    """The clock times of sentence ``f``, in order."""
    text, base = f.unit.folded, f.unit.span.start
    found: list[tuple[int, int, int, int, bool]] = []  # start, end, minutes, slack, halved
    # a pace's minutes and seconds ("2:54 per kilometre") tell no time of day
    taken = [(m.span.start - base, m.span.end - base) for m in f.numbers if m.kind == PACE]
    for rx, halved in _PATTERNS[_kind(f.language)]:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            told = _minutes(m, halved)
            if told is None:
                continue
            taken.append((m.start("time"), m.end()))
            found.append((m.start("time"), m.end(), told[0], told[1], told[2]))
    found.sort()
    out: list[ClockTime] = []
    k = 0
    while k < len(found):
        start, end, minutes, slack, unmarked = found[k]
        zone, end = zone_after(text, end)
        day, end = _day(f, text, end, zone)
        readings = _windows(minutes, slack, unmarked and f.language is None, zone, day)
        again = _AGAIN.match(text, end)
        if again is not None and k + 1 < len(found) and found[k + 1][0] == again.end():
            _, end2, minutes2, slack2, _ = found[k + 1]
            zone2, end2 = zone_after(text, end2)
            day2, end2 = _day(f, text, end2, zone2)
            if zone2 != zone:  # "6:00 p.m. local time (1300 GMT)": one moment
                readings += _windows(minutes2, slack2, False, zone2, day2)
                close = _CLOSE.match(text, end2)
                end = close.end() if close is not None else end2
                k += 1
        k += 1
        bound = _bound(text, start, f.language)
        if bound is None:
            continue  # a span's end, or a timestamp's time
        word, first = bound
        shaped = tuple(_bounded(r, word) for r in readings)
        span = Span(base + first, base + end)
        mention = Mention("time", f"clock:{minutes}", span, f.unit.text[first:end].strip())
        out.append(ClockTime(mention, shaped, start, f.published))
    return out


def _kind(language: str | None) -> str:
    """Which patterns read a language's times: English's (12-hour), else 24-hour ones."""
    return "English" if language is None else language if language in _PATTERNS else "other"


def _minutes(m: re.Match[str], halved: bool) -> tuple[int, int, bool] | None:
    """The minutes after midnight ``m`` tells, the slack of its precision (a whole hour
    may be rounded, "5:30" too), and whether it may be read twelve hours later (a time
    like "10:15" written without a.m. or p.m.); None for no time of day."""
    groups = m.groupdict()
    if groups.get("noon"):
        return 12 * 60, _ROUNDED, False
    if groups.get("midnight"):
        return 0, _ROUNDED, False
    if groups.get("hhmm"):
        hour, minute = int(groups["hhmm"][:2]), int(groups["hhmm"][2:])
    else:
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    half = (groups.get("half") or "").lower()
    if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12):
        return None
    if half:
        hour = hour % 12 + (12 if half == "p" else 0)
    exact = groups.get("minute") is not None or groups.get("hhmm") is not None
    slack = _ROUNDED if not exact else 5 if minute % 15 == 0 else 2 if minute % 5 == 0 else 0
    unmarked = halved and not half and 1 <= hour <= 11
    return hour * 60 + minute, slack, unmarked


_ROUNDED = 15  # a time told to the hour may be rounded by this much (a quarter by 5)


def _windows(
    minutes: int, slack: int, twice: bool, zone: str, day: int | None = None
) -> tuple[Reading, ...]:
    out: tuple[Reading, ...] = (Reading(minutes - slack, minutes + slack, zone, day=day),)
    if twice:  # "at 10:15" in English: 10:15 a.m. or p.m.
        out += (Reading(minutes + 720 - slack, minutes + 720 + slack, zone, day=day),)
    return out


def _day(f: UnitFeatures, text: str, end: int, zone: str) -> tuple[int | None, int]:
    """The weekday told right after a time of ``f`` told in ``zone``, ending at ``end``
    ("1852 GMT Tuesday"; an English sentence's), and where it ends."""
    if not zone or f.language is not None:
        return None, end
    return weekday_after(text, end)


def _bounded(r: Reading, word: str) -> Reading:
    """Reading ``r`` as its bound word ``word`` shapes it ('' exactly, "about" within
    half an hour either way, "after" from then on, ...)."""
    middle = (r.low + r.high) // 2
    if word == "about":
        low, high = min(r.low, middle - _ABOUT), max(r.high, middle + _ABOUT)
        return replace(r, low=low, high=high, rough=True)
    if word == "shortly after":
        return replace(r, high=max(r.high, middle + _SHORTLY))
    if word == "shortly before":
        return replace(r, low=min(r.low, middle - _SHORTLY))
    if word == "after":
        return replace(r, high=DAY - 1)
    if word == "before":
        return replace(r, low=0)
    return r


_ABOUT = 30
_SHORTLY = 30


def _bound(text: str, start: int, language: str | None) -> tuple[str, int] | None:
    """The word that bounds the time at ``start`` ("about", "shortly after", "before",
    '' for none) and where it starts; None for a span's end or start ("until 3 p.m.",
    "from 9 a.m.", "between ...") and for a time with no preposition nor bound word
    before it when its sentence is a timestamp (a date right before it)."""
    before = text[max(0, start - 60) : start]
    for word, rx in _BOUND_WORDS.get(language or "English", _BOUND_WORDS["English"]):
        found = rx.search(before)
        if found is not None:
            return None if word is None else (word, start - len(before) + found.start())
    if _DATED.search(before):
        return None  # "May 2, 2013 1:35 pm", "Posted August 2nd, 2013 at 5:19 pm"
    return "", start


def _bounds(table: dict[str, str]) -> list[tuple[str | None, LazyPattern]]:
    """A language's bound words as patterns ending where the time starts ("span": None)."""
    return [
        (None if word == "span" else word, LazyPattern(rf"(?:^|(?<=[\s(]))(?:{words})\s*$", re.I))
        for word, words in table.items()
    ]


# the words before a time, checked in this order: a span's ends first (not read)
_BOUND_WORDS_TABLE: dict[str, dict[str, str]] = {
    "English": {
        "span": r"until|till|til|from|between|through|to|and|since|as\s+of",
        "shortly after": r"(?:shortly|just|soon|right|a\s+little|minutes)\s+after",
        "shortly before": r"(?:shortly|just|right|a\s+little|minutes)\s+before",
        "about": r"(?:at\s+)?(?:about|around|approximately|roughly|some|circa|near|nearly"
        r"|almost)",
        "after": r"after",
        "before": r"before|by",
    },
    "French": {
        "span": r"jusqu'à|jusqu'a|de|depuis|dès|entre|à\s+partir\s+de|et",
        "shortly after": r"peu\s+après",
        "shortly before": r"peu\s+avant",
        "about": r"vers|environ|aux\s+alentours\s+de|autour\s+de|(?:à\s+)?environ",
        "after": r"après",
        "before": r"avant",
    },
    "German": {
        "span": r"bis|von|ab|seit|zwischen|und",
        "shortly after": r"kurz\s+nach",
        "shortly before": r"kurz\s+vor",
        "about": r"gegen|(?:um\s+)?(?:etwa|ungefähr|circa|ca\.|rund)(?:\s+um)?",
        "after": r"nach",
        "before": r"vor",
    },
    "Spanish": {
        # "de las" ends "alrededor de las", "después de las" too: those are bounds
        "span": r"(?:hasta|desde|entre|(?<!cerca\s)(?<!alrededor\s)(?<!después\s)"
        r"(?<!antes\s)de|y|a\s+partir\s+de)\s+las",
        "shortly after": r"poco\s+después\s+de\s+las",
        "shortly before": r"poco\s+antes\s+de\s+las",
        "about": r"(?:hacia|sobre|alrededor\s+de|cerca\s+de)\s+las",
        "after": r"después\s+de\s+las",
        "before": r"antes\s+de\s+las",
    },
    "Italian": {
        "span": r"fino\s+alle|dalle|tra\s+le|fra\s+le|e\s+le",
        "shortly after": r"poco\s+dopo\s+le",
        "shortly before": r"poco\s+prima\s+delle",
        "about": r"verso\s+le|intorno\s+alle|attorno\s+alle|circa\s+alle|alle\s+circa",
        "after": r"dopo\s+le",
        "before": r"prima\s+delle",
    },
    "Portuguese": {
        # "das" ends "por volta das", "depois das" too: those are bounds
        "span": r"até\s+[àa]s|desde\s+as|(?<!volta\s)(?<!cerca\s)(?<!perto\s)(?<!depois\s)"
        r"(?<!antes\s)das|entre\s+as|e\s+as|a\s+partir\s+das",
        "shortly after": r"pouco\s+depois\s+das",
        "shortly before": r"pouco\s+antes\s+das",
        "about": r"(?:por\s+volta|cerca|perto)\s+das",
        "after": r"depois\s+das|após\s+as",
        "before": r"antes\s+das",
    },
}
_BOUND_WORDS = {language: _bounds(table) for language, table in _BOUND_WORDS_TABLE.items()}

_DATED = LazyPattern(r"(?:\b(?:19|20)\d\d|\d/\d\d?)[,|@\s]*(?:at\s+)?$", re.IGNORECASE)
_ZONES = (
    rf"{ZONE_NAMES}"
    rf"|{CITY_ZONE_WORDS}"
    r"|local\s+time|heure\s+locale|hora\s+local|ora\s+locale|Ortszeit|[A-Z][a-z]+\s+time"
)
# a zone after a time, in brackets or not; "Z" glued to four figures ("1852Z")
_ZONE = LazyPattern(
    rf"(?:\s*(?:hrs|hours)\b)?\s*(?:\((?P<held>{_ZONES})\)|(?P<zone>{_ZONES})\b)|(?<=\d)(?P<zulu>Z)\b"
)
_AGAIN = LazyPattern(r"\s*\(\s*")  # "6:00 p.m. local time (1300 GMT)"
_CLOSE = LazyPattern(r"\s*\)")
_LOCAL = frozenset(("local time", "heure locale", "hora local", "ora locale", "ortszeit"))


def zone_after(text: str, end: int) -> tuple[str, int]:
    """The zone told right after a time ending at ``end`` ('' for none or local time) and
    where it ends."""
    m = _ZONE.match(text, end)
    if m is None:
        return "", end
    zone = " ".join((m.group("held") or m.group("zone") or m.group("zulu")).lower().split())
    return ("" if zone in _LOCAL else zone), m.end()


# 12-hour times ("10:15 a.m.", "9. 25 am", "3 p.m.", "11am"), the hours and minutes of a
# clock ("10:15"), four figures before a zone or "hrs" ("1100 hrs IST", "0300 GMT"),
# noon and midnight after a preposition
_HOUR_MINUTES = r"(?i)(?<![\d.,:])(?P<time>(?P<hour>\d{1,2})(?:[:.]\s?(?P<minute>\d{2}))?\s*"
_TWELVE = LazyPattern(_HOUR_MINUTES + r"(?P<half>[ap])(?:\.\s?m\b\.?|\s?m\b))")
_DOTTED_TWELVE = LazyPattern(_HOUR_MINUTES + r"(?P<half>[ap])\.\s?m\.)")  # "a.m." with its stops
_COLON = LazyPattern(r"(?<![\d.,:])(?P<time>(?P<hour>\d{1,2}):(?P<minute>\d{2}))(?![\d:])")
_MILITARY = LazyPattern(
    rf"(?<![\d.,:])(?P<time>(?P<hhmm>[0-2]\d[0-5]\d))(?=\s*(?:hrs|hours|{WIRE_ZONES})\b|Z\b)"
)
_NOON = LazyPattern(
    r"(?i)\b(?:at|around|about|after|before|by|shortly\s+after|just\s+after)\s+"
    r"(?P<time>(?P<noon>noon|midday)|(?P<midnight>midnight))\b(?!\s+(?:rule|regulation|hour))"
)
# 24-hour times: "14h30", "14 h 30", "14h", "14.30 Uhr", "14 Uhr", "14:30 horas"
_HOURS_WORD = LazyPattern(
    r"(?i)(?<![\d.,:])(?P<time>(?P<hour>[01]?\d|2[0-3])(?:\s?[h:.]\s?(?P<minute>[0-5]\d))?\s?"
    r"(?:h|Uhr)\b)(?!\s?\d)"
)
_H_MINUTES = LazyPattern(
    r"(?i)(?<![\d.,:])(?P<time>(?P<hour>[01]?\d|2[0-3])\s?h\s?(?P<minute>[0-5]\d))(?!\d)"
)
# "alle 14.30", "a las 14:30", "às 14", "verso le 14": a time after its preposition, not
# a count of something named after it ("alle 14 vittime", "a las 14 personas")
_AFTER_PREPOSITION = {
    language: LazyPattern(
        rf"(?i)\b(?:{words})\s+(?P<time>(?P<hour>[01]?\d|2[0-3])(?:[.:](?P<minute>[0-5]\d))?)"
        r"(?![\d.,:]?\d)(?!\s*%)(?!\s+(?!(?:e|y|di|del|de|do|della|circa|ora|ore|horas?"
        r"|locale?)\b)[^\W\d_]{2,})"
    )
    for language, words in {
        "Italian": r"alle|le",
        "Spanish": r"(?:a|hacia|sobre|de|desde|hasta|y)\s+las",
        "Portuguese": r"às|das",
    }.items()
}
_NOON_OTHER = LazyPattern(
    r"(?i)\b(?:à|vers|um|gegen|a|al|a\s+las|verso|ao|por\s+volta\s+do)\s+"
    r"(?P<time>(?P<noon>midi|Mittag|mediodía|mezzogiorno|meio-dia)"
    r"|(?P<midnight>minuit|Mitternacht|medianoche|mezzanotte|meia-noite))\b"
)
_OTHER_LANGUAGE = [
    (_HOURS_WORD, False),
    (_H_MINUTES, False),
    (_COLON, False),
    (_MILITARY, False),
    (_DOTTED_TWELVE, False),
    (_NOON_OTHER, False),
]
_PATTERNS: dict[str, list[tuple[LazyPattern, bool]]] = {
    "English": [(_TWELVE, False), (_MILITARY, False), (_COLON, True), (_NOON, False)],
    # German's "am" is "on the": only "a.m." with its stops is a half of the day
    "German": _OTHER_LANGUAGE,
    "French": _OTHER_LANGUAGE,
    "Spanish": [*_OTHER_LANGUAGE, (_AFTER_PREPOSITION["Spanish"], False)],
    "Italian": [*_OTHER_LANGUAGE, (_AFTER_PREPOSITION["Italian"], False)],
    "Portuguese": [*_OTHER_LANGUAGE, (_AFTER_PREPOSITION["Portuguese"], False)],
    "other": [(_COLON, False), (_DOTTED_TWELVE, False), (_MILITARY, False)],
}
