"""Lines that are only a date, a dateline or a date stamp: "Sunday, February 24, 2013",
"WASHINGTON, DC, April 28, 2009", "Anna Berg · Political correspondent · 12 Mar 2024"."""

from __future__ import annotations

import re

from reader.ingest.agencies import SHORT_AGENCIES
from reader.ingest.calendar_words import OTHER_DAY_OR_MONTH, OTHER_SHORT_MONTHS, alternation
from reader.ingest.stamp_words import PUBLISHED, STAMP_FILLERS, UPDATED
from reader.lazy_regex import LazyPattern

_DIGIT = LazyPattern(r"\d")
# an English weekday or month, whole or shortened ("Tue", "Sept")
DAY_OR_MONTH = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# a time zone's name: "EST", "PDT", "GMT", "CEST", "MESZ" (German); the short "ET", "PT"
# and "CT" (American) only with a clock time of a colon ("3.45 et 4.10" is French prose)
_NAMED_ZONES = (
    r"[ecmp][sd]t|gmt|utc|bst|kst|jst|ist|aest|aedt|cet|cest|eet|eest|mez|mesz|"
    r"oez|oesz|hkt|sgt|msk"
)
_ZONES = rf"{_NAMED_ZONES}|et|pt|ct"
# a zone as a stamp writes it, in capitals ("est" is French: "Il est 14h32")
_ZONE_NAMED = LazyPattern(
    rf"\b(?:GMT|UTC)\s?[+-]\s?\d|(?<![\w'’])(?:{_NAMED_ZONES.upper()})\b"
    r"|\d:\d{2}\s?(?:ET|PT|CT)\b"
)


# a zone as a page writes it after a clock time: "11.05 BST", "14:32 Uhr (MESZ)", "10h15
# (UTC+01:00)", "6.40pm EST", "3:45 ET" (the short American zones after a colon time only)
_CLOCK_ZONE = LazyPattern(
    r"\d{1,2}[:.h]\d{2}(?:\s?(?:[aApP]\.?[mM]\.?|Uhr|hrs|h))?\s?\(?"
    rf"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?|(?:{_NAMED_ZONES.upper()})\b)"
    r"|\d:\d{2}(?:\s?[aApP]\.?[mM]\.?)?\s?(?P<short>ET|PT|CT)\b"
)


def clock_zones(text: str) -> list[str]:
    """The zones ``text`` writes after its clock times, each once, in the order it first
    writes them, as written ("BST", "MESZ", "UTC+01:00", "ET"; "GMT+1" of "GMT + 1")."""
    zones = (
        "".join((m.group("zone") or m.group("short")).split()) for m in _CLOCK_ZONE.finditer(text)
    )
    return list(dict.fromkeys(zones))


def names_zone(stamp: str) -> bool:
    """The time stamp ``stamp`` says its time zone: "11:05 GMT", "16:32 UTC+2", "14.32 Uhr
    (MESZ)", "3:45 ET"; not "10:20 Uhr", "6:40 a.m.", "Il est 14h32"."""
    return bool(_ZONE_NAMED.search(stamp))


# a day and another language's short month: "19. Jun.", "19 juil.", "19 de ene"
_DAY_SHORT_MONTH = (
    rf"\d{{1,2}}(?:\.|er|º|°)?\s*(?:de\s+)?(?:{alternation(OTHER_SHORT_MONTHS)})\b\.?"
)
# Date-only lines: every token a weekday, month, number, time, zone or filler.
_DATE_TOKEN = LazyPattern(
    rf"{_DAY_SHORT_MONTH},?"
    r"|\d{1,2}(?::\d{2}){1,2}(?:am|pm|a|p)?[.,:]?|\d{1,2}(?:am|pm)[.,]?"
    # "14h30", "14h", as French and Portuguese write it, "14 h 30" as French papers set it
    r"|\d{1,2}\s?h(?:\s?\d{2})?\b[.,]?"
    r"|\d{1,2}\.\d{2}(?:am|pm)[.,]?"  # "06.42pm IST", as Indian and British papers write
    rf"|(?:{DAY_OR_MONTH}|{OTHER_DAY_OR_MONTH})\b\.?,?"
    r"|\d{1,4}(?:[-/.:]\d{1,4}){0,2}(?:st|nd|rd|th|er|º|°)?[.,]?"
    r"|(?:am|pm|a\.m\.|p\.m\.|a\.|p\.|m\.)[.,]?"
    r"|오전|오후"  # Korean's a.m. and p.m., before the time: "오후 3:30"
    # a zone: an offset first ("UTC+02:00", "GMT+2", "(UTC-5)"), else "UTC" alone would be
    # read and the "+2" left over; a name, in brackets or not ("CEST", "(MESZ)")
    r"|\(?(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?\)?"
    rf"|\(?(?:{_ZONES})\b\)?"
    r"|hrs|h|[|,:\-–—•/@]"
    rf"|(?:{STAMP_FILLERS})\b"
    # "Published:", "Publié le", "Veröffentlicht am", "Stand:", "Mis à jour le"
    rf"|(?:(?:article|story)\s+)?(?:{PUBLISHED}|{UPDATED}|date|dated)\b[:.]?",
    re.IGNORECASE,
)
_DATE_ANCHOR = LazyPattern(
    rf"\b(?:{DAY_OR_MONTH}|{OTHER_DAY_OR_MONTH})\b|\b{_DAY_SHORT_MONTH}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|\b(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\b"  # "2024.06.19", as Korean sites stamp it
    r"|\b\d{1,2}:\d{2}"
    # "11h40", "11 h 40": a French or Portuguese live blog's update time
    r"|\b\d{1,2}\s?h\s?\d{2}\b"
    # a time with a dot, as British and German papers write it: "11.32 GMT", "6.40pm",
    # "14.32 Uhr" (a live blog's update times); a zone, am/pm or "Uhr" is needed, "3.45"
    # alone being a number, or the word for "at" before it ("a las 14.32", "um 14.32")
    rf"|\b\d{{1,2}}\.\d{{2}}\s?(?:[ap]m\b|[ap]\.m\.|\(?(?:{_NAMED_ZONES}|uhr|h)\b)"
    r"|\b(?:a\s+las|alle(?:\s+ore)?|ore|às|um|à)\s+\d{1,2}\.\d{2}\b",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    """True when ``line`` is only a date/time ("Sunday, February 24, 2013", "2013-02-24"),
    or a dateline: a full date with up to three place or agency words in capitals or before
    a comma ("WASHINGTON, DC, April 28, 2009", "TNN Nov 12, 2011, 05. 51AM IST MUMBAI:"),
    also with a relative update after it ("September 30, 2023 11:41 PM UTC · Updated 2
    hours ago")."""
    line = line.strip()
    tail = _UPDATED_TAIL.search(line)
    if tail is not None and tail.start() > 0:
        line = line[: tail.start()]
    if len(line) > 80 or not _DIGIT.search(line) or not _DATE_ANCHOR.search(line):
        return False
    pos = 0
    n = len(line)
    places = 0
    while pos < n:
        if line[pos].isspace():
            pos += 1
            continue
        # the longer reading: "ATHENS," is a place, not the time zone "AT" and more
        found = [x for x in (_DATE_TOKEN.match(line, pos), _DATELINE_PLACE.match(line, pos)) if x]
        m = max(found, key=lambda x: x.end()) if found else None
        if m is None or m.end() == pos:
            return False
        end = m.end()
        if end < n and line[end].isalnum() and line[end - 1].isalnum():
            return False  # a word's first letters ("Mon" of "Monaco"); "Moskau/Seoul" goes on
        places += m.re is _DATELINE_PLACE.compiled
        pos = end
    return places == 0 or (places <= 3 and _FULL_DATE.search(line) is not None)


# "... · Updated 2 hours ago", "... | Last updated 5 mins ago": how long ago a page changed
_UPDATED_TAIL = LazyPattern(
    r"\s*[·|•]?\s*\b(?:updated|last updated|modified)\b\s*:?\s*(?:\d{1,3}|an?|one)\s+"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s*$",
    re.IGNORECASE,
)


# A place or agency in a dateline: capitals ("MUMBAI:", "TNN", "UK"), capitalised words
# before a comma ("Washington,", "New York,", "Port Ellis,") or an agency in brackets
# ("(AP)", "(Reuters)").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin letters, accented ones included
# agencies written in small letters: "Hamburg, 19. Juni 2024 (dpa)", "(sda)"
_SMALL_AGENCIES = SHORT_AGENCIES
# a capitalised word, hyphenated as places are ("Garmisch-Partenkirchen", "Saint-Denis",
# "Aix-en-Provence")
_PLACE_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-(?:[{_LOWER}]{{1,3}}-)?[{_UPPER}][{_LOWER}]+)*"
_DATELINE_PLACE = LazyPattern(
    rf"[{_UPPER}]{{2,}}(?![{_LOWER}])[:,]?"
    rf"|{_PLACE_WORD}(?:\.)?(?:\s(?:[a-z]{{1,3}}\s)?{_PLACE_WORD}\.?){{0,2}}"
    r"(?:,|(?=/)|(?=\s*\())"
    # a state's or a district's initials after the place: "WASHINGTON, D.C.,", "N.C."
    rf"|(?:[{_UPPER}]\.){{1,3}}(?![{_UPPER}{_LOWER}])[:,]?"
    rf"|\((?:[A-Z]{{2,}}|[A-Z][a-z]+|{_SMALL_AGENCIES})\)[:,]?|(?:{_SMALL_AGENCIES})\b"
)
_FULL_DATE = LazyPattern(
    rf"\b(?:{DAY_OR_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{DAY_OR_MONTH})\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,4}[-/]\d{1,2}[-/]\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"
    # day first in other languages: "19. Juni 2024", "1er juin 2024", "19 de junio de 2024"
    rf"|\b\d{{1,2}}(?:\.|er|º|°)?\s*(?:de\s+)?"
    rf"(?:{OTHER_DAY_OR_MONTH}|{alternation(OTHER_SHORT_MONTHS)})\.?\s+(?:de\s+|del\s+)?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# A byline's parts set off by bars or dots: "Anna Berg · Political correspondent · 12 Mar
# 2024", "March 12, 2024 · 5 min read".
_SET_OFF = LazyPattern(r"\s+[|·•]\s+")
_STAMP_LINE = 120
_STAMP_PART_WORDS = 5


def is_date_stamp(line: str) -> bool:
    """``line`` is a date set off by bars or dots among short parts (a name, a role, a
    reading time), as a site prints it under the headline."""
    if len(line) > _STAMP_LINE:
        return False
    parts = _SET_OFF.split(line)
    return (
        len(parts) > 1
        and any(is_date_line(p) for p in parts)
        and all(
            is_date_line(p)
            or (len(p.split()) <= _STAMP_PART_WORDS and not p.endswith((".", "!", "?")))
            for p in parts
        )
    )
