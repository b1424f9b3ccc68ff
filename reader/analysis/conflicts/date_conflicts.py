"""Dates that disagree between two linked sentences: weekdays, a day told by the article's
date ("on Wednesday" in a story of Thursday, June 20), a month against a date or month,
two dates of different months told of one act (reader.analysis.conflicts.discrepancies
compares the dates of one month itself)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import is_date_key
from reader.analysis.times.told_days import is_told_day, shown
from reader.analysis.times.weekdays import (
    foreign,
    foreign_night,
    foreign_told_when,
    weekday_mentions,
)
from reader.analysis.times.yearless_months import yearless_months
from reader.analysis.words.clauses import (
    CLAUSE_BREAK,
    CONTEXT,
    WORDS,
    another_occasion,
    context_words,
    occasion_before,
    one_other_occasion,
)
from reader.analysis.words.lexicon import REPORTING, TIME_ZONES, WEEKDAYS
from reader.analysis.words.stems import stem
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS
from reader.lazy_regex import LazyPattern
from reader.model import DiscrepancyKind, Span


def weekday_conflicts(fa: UnitFeatures, fb: UnitFeatures, dated: bool) -> list[Conflict]:
    """Two linked sentences that each put what they tell on one weekday, and not the same
    ("spotted the boats at 9:25 Thursday morning" vs "foiled the attack on Friday"). A
    weekday of reporting ("state media said Thursday") is when it was told, not when it
    happened, and a sentence with a date is judged by its date. Each side's days are read
    in its article's language ("am Dienstag" vs "on Wednesday": reader.analysis.times.weekdays)."""
    days_a, days_b = _event_weekdays(fa), _event_weekdays(fb)
    if dated or len(days_a) != 1 or len(days_b) != 1 or days_a[0].key == days_b[0].key:
        return []
    a, b = days_a[0], days_b[0]
    if b.key in {d.key for d in weekday_mentions(fa)} - {a.key}:
        return []  # another weekday of A's (told when) may be B's
    if a.key in {d.key for d in weekday_mentions(fb)} - {b.key}:
        return []
    if period_end(fa, a) != period_end(fb, b):
        return []  # "as of Tuesday" vs "in the seven days to Sunday"
    until_a, until_b = _until(fa, a), _until(fb, b)
    if until_a is not None and until_b is not None:
        # "closed until Monday" vs "closed until Tuesday": one deadline, judged from
        # before its "until"
        if occasion_before(fa, until_a) or occasion_before(fb, until_b):
            return []
    elif another_occasion(fa, a) or another_occasion(fb, b):
        return []  # "..., while underachieving when Cheeks was fired Saturday morning"
    apart = abs(ENGLISH_WEEKDAYS.index(a.key[8:]) - ENGLISH_WEEKDAYS.index(b.key[8:]))
    if apart in (1, 6) and (_by_the_clock(fa, a) or _by_the_clock(fb, b)):
        return []  # "late Tuesday" and "early Wednesday local time" may be one moment
    return [Conflict(DiscrepancyKind.DATE, a, b, f"{a.surface} vs {b.surface}", by_weekday=True)]


def _until(f: UnitFeatures, day: Mention) -> int | None:
    """Where the word that makes ``day`` a deadline starts in its sentence ("until
    Monday", "bis Dienstag", "jusqu'à lundi", "hasta el lunes", "fino a lunedì", "até
    segunda-feira"); None when the day is no deadline."""
    start = day.span.start - f.unit.span.start
    found = _UNTIL.search(f.unit.text[max(0, start - _CLOCK_REACH) : start])
    return None if found is None else start - len(found.string) + found.start()


_UNTIL = LazyPattern(
    r"\b(?:until|till|through|bis(?:\s+(?:zum|am))?|jusqu'(?:à|au)|jusqu’(?:à|au)"
    r"|hasta(?:\s+el)?|fino\s+a(?:l)?|até(?:\s+(?:à|a|ao|o))?)\s+(?:next\s+|on\s+)?$",
    re.IGNORECASE,
)


def _by_the_clock(f: UnitFeatures, m: Mention) -> bool:
    """The day ``m`` is told with an hour near midnight or a time zone ("Wednesday night",
    "early Thursday", "Wednesday, Pyongyang time", "3 a.m. Wednesday"): a moment that,
    told in another time zone, may fall on the day before or after. A morning or an
    afternoon ("at 9:25 Thursday morning") is that day to nearly every reader: the careful
    reader's gold lists "Thursday morning" against "on Friday" (12_3 and 12_4) as two days.
    A day in another language is read with that language's words too ("Dienstagnacht")."""
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    near = f.unit.text[max(0, start - _CLOCK_REACH) : end + _CLOCK_REACH]
    if foreign(f):
        # read in its language: the English words would take "est" ("is") for EST
        if foreign_night(f, m):
            return True
    elif _NEAR_MIDNIGHT.search(near) or _PLACE_TIME.search(near):
        return True
    return any(_late_or_small_hour(c) for c in _CLOCK_TIME.finditer(near))


def _late_or_small_hour(clock: re.Match[str]) -> bool:
    """A clock time from 8 p.m. to 5 a.m. ("11:30 p.m.", "3 a.m.", "23:10", "02:00")."""
    hour = int(clock.group("hour"))
    half = (clock.group("half") or clock.group("ampm") or "").lower()
    if half.startswith("p"):
        return 8 <= hour < 12
    if half.startswith("a"):
        return hour < 6 or hour == 12
    return hour < 6 or hour >= 20


_CLOCK_REACH = 30
_NEAR_MIDNIGHT = LazyPattern(
    r"\b(?:night|overnight|tonight|late|early|midnight|dawn|local|"
    + "|".join(sorted(TIME_ZONES))
    + r")\b",
    re.IGNORECASE,
)
# "9:25", "11:30 p.m.", "3 a.m.": an hour with its minutes or its half of the day
_CLOCK_TIME = LazyPattern(
    r"\b(?P<hour>\d{1,2})(?::\d\d(?!\d)\s*(?:(?P<half>[ap])\.?m\b)?|\s*(?P<ampm>[ap])\.?m\b)",
    re.IGNORECASE,
)
_PLACE_TIME = LazyPattern(r"\b[A-Z][a-z]+\s+time\b")  # "Pyongyang time"


def told_day_conflicts(
    fa: UnitFeatures, fb: UnitFeatures, dates_a: list[Mention], dates_b: list[Mention]
) -> list[Conflict]:
    """A day told by the article's date ("on Wednesday", "yesterday") against the one date
    or day the other sentence tells, when they are not the same day of the same week
    ("signed on Wednesday" in a story of Thursday, June 20, against "signed on June 18").
    Each sentence must tell one time only; two weekday names are judged by their names
    (:func:`weekday_conflicts`)."""
    times_a = dates_a + [d for d in fa.days if not _told_when(fa.unit.text, d, fa.unit.span.start)]
    times_b = dates_b + [d for d in fb.days if not _told_when(fb.unit.text, d, fb.unit.span.start)]
    if len(times_a) != 1 or len(times_b) != 1 or not (fa.days or fb.days):
        return []
    a, b = times_a[0], times_b[0]
    if another_occasion(fa, a) or another_occasion(fb, b):
        return []
    if period_end(fa, a) != period_end(fb, b):
        return []  # "as of Tuesday, 1,240 cases" vs "86 cases in the week to Nov. 29"
    told_a, told_b = is_told_day(a), is_told_day(b)
    if a.key == b.key or not (told_a or told_b) or (_weekday_named(a) and _weekday_named(b)):
        return []
    if a.surface.lower() == b.surface.lower():
        return []  # "today" in both: only the articles' dates differ, not what they say
    if not 0 < _days_apart(a.key, b.key) <= _WEEK:
        return []  # a date weeks away tells another occasion, or the article is misdated
    if _days_apart(a.key, b.key) == 1 and (_by_the_clock(fa, a) or _by_the_clock(fb, b)):
        return []  # "early Wednesday (local time)" and "late on June 18" may be one moment
    by_weekday = _weekday_named(a) or _weekday_named(b)
    detail = f"{shown(a)} vs {shown(b)}"
    return [Conflict(DiscrepancyKind.DATE, a, b, detail, by_weekday=by_weekday)]


_WEEK = 7
_DAY_TO_DATE = 3  # "Wednesday, June 19": a weekday naming the date's day


def month_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """A month one sentence tells ("Passed in January 2009") against the date or month the
    other tells, in another month ("On Dec. 16, the Bush administration allowed ..."), each
    sentence telling that one time only, and of one act: a time told of something else in
    either sentence ("takes effect in December" against "signed on June 19") tells
    another occasion. Two dates of different months (:func:`_same_act`) stand only when
    told of the same act in the same words ("began operating on March 3, 2025" against
    "... on April 3, 2025")."""
    times_a = [m for m in fa.numbers if m.kind == "date"]
    times_b = [m for m in fb.numbers if m.kind == "date"]
    if len(times_a) != 1 or len(times_b) != 1:
        return []
    a, b = times_a[0], times_b[0]
    if _occasions_apart(fa, a, fb, b) or _month_of(a) == _month_of(b):
        return []
    if is_date_key(a.key) and is_date_key(b.key):
        if not _same_act(fa, a, fb, b):
            return []
    else:
        told_a, told_b = _told_of(fa, a), _told_of(fb, b)
        if told_a and told_b and told_a != told_b:
            return []  # "takes effect in December 2024" is not "signed in Pyongyang on June 19"
    return [Conflict(DiscrepancyKind.DATE, a, b, f"{a.surface} vs {b.surface}")]


def _same_act(fa: UnitFeatures, a: Mention, fb: UnitFeatures, b: Mention) -> bool:
    """The dates ``a`` and ``b`` of two months, each its sentence's one time (no weekday
    of another day, no day told by the article's date), are told of the same word and
    more: linked sentences of one story tell a timeline, and a date opening its clause
    ("On Feb. 27, the administration announced ...", "On January 30, Obama signed an
    executive order ...") or told of one verb alone ("signed by President Obama on March
    11") may be another step of it (ECB+ 9_13ecbplus against 9_3ecbplus and 9_9ecbplus)."""
    if _other_times(fa, a) or _other_times(fb, b):
        return False
    a, b = _with_its_day(fa, a), _with_its_day(fb, b)
    told = _told_of(fa, a)
    if not told or told != _told_of(fb, b):
        return False
    return len(context_words(fa, a, [a]) & context_words(fb, b, [b])) >= _SAME_ACT_WORDS


_SAME_ACT_WORDS = 2  # the act and what it is of ("unit", "began", "operating")


def _with_its_day(f: UnitFeatures, m: Mention) -> Mention:
    """The date ``m`` with the weekday naming its day before it, read as one time ("began
    operating Monday, March 3, 2025": told of "operating", not opening a clause)."""
    for w in weekday_mentions(f):
        if 0 <= m.span.start - w.span.end <= _DAY_TO_DATE:
            return replace(m, span=Span(w.span.start, m.span.end))
    return m


def _other_times(f: UnitFeatures, m: Mention) -> bool:
    """The sentence of the date ``m`` tells another time besides: a weekday that is not
    its day's name ("Wednesday, June 19"), or a day told by the article's date."""
    told = [d for d in f.days if not _told_when(f.unit.text, d, f.unit.span.start)]
    return time_count(f, [m]) > 1 or bool(told)


def yearless_month_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """A month told without a year ("The trial began in January", "começou em janeiro")
    against the month or date the other sentence tells of the same act, in another month
    ("began in February"): each sentence telling that one time only, and the word it is
    told of the same ("began"). These stand only on a close link."""
    months_a, months_b = yearless_months(fa), yearless_months(fb)
    if not (months_a or months_b):
        return []
    if weekday_mentions(fa) or weekday_mentions(fb):
        return []  # a day of the week is another time told, judged by its name
    times_a = months_a + [m for m in fa.numbers if m.kind == "date"]
    times_b = months_b + [m for m in fb.numbers if m.kind == "date"]
    if len(times_a) != 1 or len(times_b) != 1:
        return []
    a, b = times_a[0], times_b[0]
    if _month_of(a) == _month_of(b) or _occasions_apart(fa, a, fb, b):
        return []
    told_a, told_b = _told_of(fa, a), _told_of(fb, b)
    if not told_a or told_a != told_b:
        return []  # "inspected in June" is not "will reopen in July"
    return [told_value(DiscrepancyKind.DATE, a, b)]


def _occasions_apart(fa: UnitFeatures, a: Mention, fb: UnitFeatures, b: Mention) -> bool:
    """Either time tells another occasion than its sentence's, unless both tell the same
    one in the same words (reader.analysis.words.clauses.one_other_occasion)."""
    apart = another_occasion(fa, a) or another_occasion(fb, b)
    return apart and not one_other_occasion(fa, a, fb, b)


def _told_of(f: UnitFeatures, m: Mention) -> str:
    """What a time is told of: the stem of the last lower-case content word before it in
    its clause ("signed" in "Putin and Kim signed in Pyongyang on June 19", "effect" in
    "takes effect in December 2024"); '' when the time opens its clause ("On Dec. 16,
    the administration allowed ..."), where it tells the time of the whole sentence."""
    start = m.span.start - f.unit.span.start
    before = CLAUSE_BREAK.split(f.unit.text[max(0, start - CONTEXT) : start])[-1]
    words = [w for w in WORDS.findall(before) if w.islower() and len(w) > 2 and w not in STOPWORDS]
    return stem(words[-1]) if words else ""


def _month_of(m: Mention) -> str:
    """The month of a ``date:MM-DD`` or ``month:MM-YYYY`` key, as two digits."""
    return m.key[6:8] if m.key.startswith("month:") else m.key[5:7]


def _weekday_named(m: Mention) -> bool:
    return m.surface.lower() in WEEKDAYS


def _days_apart(key_a: str, key_b: str) -> int:
    """Days between two ``date:MM-DD`` keys, across a year's end ("12-31" to "01-01": 1)."""
    a = date(2000, int(key_a[5:7]), int(key_a[8:10]))
    b = date(2000, int(key_b[5:7]), int(key_b[8:10]))
    apart = abs((a - b).days)
    return min(apart, 366 - apart)


def _event_weekdays(f: UnitFeatures) -> list[Mention]:
    """The weekdays a sentence names, less those of reporting ("said Thursday", "on
    Thursday reported") and those naming an occasion ("Friday's 88-72 setback"), in its
    article's language ("sagte am Dienstag": reader.analysis.times.weekdays)."""
    text, base = f.unit.text, f.unit.span.start
    if foreign(f):
        return [d for d in weekday_mentions(f) if not foreign_told_when(f, d)]
    return [d for d in weekday_mentions(f) if not _told_when(text, d, base)]


def period_end(f: UnitFeatures, day: Mention) -> bool:
    """``day`` ends a period a figure is counted over ("86 new cases in the week to Nov.
    29", "in the seven days to Sunday", "the week ending Saturday", "in the 12 months to
    June"): the day a tally was drawn up, not when what it counts happened, so no other
    single day told ("as of Tuesday") is at odds with it; another period's end may be."""
    start = day.span.start - f.unit.span.start
    return _PERIOD_TO.search(f.unit.text[max(0, start - _CLOCK_REACH) : start]) is not None


_PERIOD_TO = LazyPattern(
    r"\b(?:week|weeks|fortnight|days|months?|quarter|year|period)\s+"
    r"(?:to|ending|ended|through|up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _told_when(text: str, day: Mention, base: int) -> bool:
    """``day`` (a mention in the sentence ``text``, which starts at ``base``) says when
    something was told ("said Thursday", "on Thursday reported", "told People on
    Friday", "at a Tuesday news conference"), or names an occasion ("Friday's 88-72
    setback"), rather than when what is told happened."""
    start, end = day.span.start - base, day.span.end - base
    before = WORDS.findall(text[max(0, start - 25) : start].lower())[-2:]
    follows = _FOLLOWING.match(text, end)
    after = follows.group(1).lower() if follows else ""
    return bool(
        any(w in _TOLD or w in _ZONES for w in before)
        or after in _TOLD
        or _OCCASION.match(text, end)
        or (
            _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
            and _TELLING_AFTER.match(text, end)
        )
        or _TOLD_TO.search(text, max(0, start - 60), start)
    )


# "at a Tuesday news conference", "in a Friday statement": the day of a telling, not
# of what is told (as "said Tuesday"); "the Tuesday attack" is the day of the attack
_ARTICLE_BEFORE = LazyPattern(r"\b(?:a|an|the|this|that)\s+$", re.IGNORECASE)
_TELLING_AFTER = LazyPattern(
    r"\s+(?:news\s+|press\s+)?(?:conference|briefing|statement|interview|announcement"
    r"|address|speech|release)\b",
    re.IGNORECASE,
)


# "confirmed to People and Us Weekly on Friday": told to someone on that day
_TOLD_TO = LazyPattern(
    r"\b(?:said|told|confirmed|announced|reported|wrote)\s+(?:to\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|and|of|the)\s+)+on\s+$"
)
_FOLLOWING = LazyPattern(r"\s+([^\W\d_]+)")  # the next word, with no comma between
_TOLD = REPORTING | frozenset(
    "wrote writes write tweeted posted statement confirm confirms confirmed".split()  # noqa: SIM905
)
# "02:41 GMT Friday": the same moment told in another time zone
_ZONES = TIME_ZONES | {"local"}
_OCCASION = LazyPattern(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b", re.IGNORECASE)


def time_count(f: UnitFeatures, dates: list[Mention]) -> int:
    """How many times a sentence tells: its dates, and its weekdays other than one
    naming a date's day ("Wednesday, June 19"): "died Thursday ... after a heart attack on
    Dec. 2" tells two."""
    alone = [
        w
        for w in weekday_mentions(f)
        if not any(0 <= d.span.start - w.span.end <= _DAY_TO_DATE for d in dates)
    ]
    return len(dates) + len(alone)
