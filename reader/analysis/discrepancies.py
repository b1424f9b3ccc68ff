"""Discrepancies: linked passages that state the same fact with different values."""

from __future__ import annotations

import re
from datetime import date

from reader.analysis.age_owners import age_owner
from reader.analysis.casualties import PEOPLE_UNITS, casualty
from reader.analysis.clauses import (
    CLAUSE_BREAK,
    CONTEXT,
    WORDS,
    another_occasion,
    content_words,
    context_words,
)
from reader.analysis.clock_times import clock_times
from reader.analysis.conflict import Conflict
from reader.analysis.counted_parts import different_things, same_counted, told_in_parts
from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.lexicon import DEMONYMS, REPORTING, TIME_ZONES, WEEKDAYS
from reader.analysis.mention import Mention
from reader.analysis.number_mentions import CURRENCIES
from reader.analysis.ordinals import ordinal_conflicts
from reader.analysis.scores import score_conflicts
from reader.analysis.shared_occasion import one_occasion
from reader.analysis.stems import stem
from reader.analysis.told_days import is_told_day, shown
from reader.analysis.told_times import clock_conflicts, year_conflicts
from reader.analysis.weekdays import foreign, foreign_night, foreign_told_when, weekday_mentions
from reader.ingest.agencies import is_agency
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS
from reader.model import DiscrepancyKind, Span

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Dates of the same month with different days, a month against a date or month of
    another, a day told by the article's date against another, in two sentences that may
    tell one occasion (reader.analysis.shared_occasion); counts of the same thing that
    differ; clock times and years of one act (reader.analysis.told_times), ordinals of
    one thing (reader.analysis.ordinals) and match results (reader.analysis.scores)."""
    out: list[Conflict] = []
    keys_a, keys_b = fa.number_keys, fb.number_keys
    dates_a = [m for m in fa.numbers if m.kind == "date" and m.key.startswith("date:")]
    dates_b = [m for m in fb.numbers if m.kind == "date" and m.key.startswith("date:")]
    several = _time_count(fa, dates_a) > 1 or _time_count(fb, dates_b) > 1
    for da in dates_a:
        if da.key in keys_b:
            continue
        for db in dates_b:
            if db.key in keys_a or da.key[5:7] != db.key[5:7]:
                continue
            if several and not context_words(fa, da, dates_a) & context_words(fb, db, dates_b):
                continue  # "sunk ... on November 19" is not "repulsed ... on November 11"
            out.append(Conflict(DiscrepancyKind.DATE, da, db, f"{da.surface} vs {db.surface}"))
    out.extend(_weekday_conflicts(fa, fb, bool(dates_a or dates_b)))
    out.extend(_told_day_conflicts(fa, fb, dates_a, dates_b))
    out.extend(_month_conflicts(fa, fb))
    if out and not one_occasion(fa, fb):
        out = []  # "established in August 2012 in Ashgabat" vs "On October 1 Ashgabat hosts"
    out.extend(_count_conflicts(fa, fb))
    out.extend(clock_conflicts(fa, fb))
    out.extend(year_conflicts(fa, fb))
    out.extend(ordinal_conflicts(fa, fb))
    out.extend(score_conflicts(fa, fb))
    return _once(out)


def _count_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Counts of the same thing that differ. When one side tells in parts the whole the
    other counts, the parts against the whole ("23 Somalian vs 12 Somali and 11 Yemeni"):
    parts adding up to the other's figure tell of one group, even when the two sentences
    name nobody in common but nationalities."""
    shared = _shared_names(fa, fb)
    roles_a, roles_b = _casualties(fa), _casualties(fb)
    nums_a = [m for m in fa.numbers if _counted(m, roles_a) and not _of_a_clock(fa, m)]
    nums_b = [m for m in fb.numbers if _counted(m, roles_b) and not _of_a_clock(fb, m)]
    out: list[Conflict] = []
    for na in nums_a:
        same_unit = [
            nb
            for nb in nums_b
            if _same_counted(na, roles_a.get(na.span, ""), nb, roles_b.get(nb.span, ""))
            and _comparable(na, nb)
            and _same_selection(fa, na) == _same_selection(fb, nb)
            and _cumulative(fa, na) == _cumulative(fb, nb)
            and not _consistent(fa, na, fb, nb)
            and _same_person(fa, na, fb, nb)
            and _measured_from(fa, na) == _measured_from(fb, nb)
            and _same_subject(fa, na, fb, nb)
        ]
        if not same_unit or _gives(fb, roles_b, na, roles_a.get(na.span, "")):
            continue
        for nb in same_unit:
            if _gives(fa, roles_a, nb, roles_b.get(nb.span, "")):
                continue
            split = told_in_parts(fa, na, fb, nb)
            if split is not None and split.agrees:
                continue
            if split is not None and (shared or split.adds_up):
                out.append(Conflict(DiscrepancyKind.NUMBER, split.a, split.b, split.detail))
            elif split is None and shared:
                # not "Klitschko improved to 58-3 (51 KO)" vs "Thompson fell to 36-3"
                detail = f"{na.surface} vs {nb.surface}"
                out.append(Conflict(DiscrepancyKind.NUMBER, na, nb, detail))
    return out


def _of_a_clock(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` is the hour of a clock time ("3 p.m.", "um 16 Uhr"), which counts
    nothing (reader.analysis.told_times compares those)."""
    return any(t.mention.span.start <= m.span.start < t.mention.span.end for t in clock_times(f))


def _gives(f: UnitFeatures, roles: dict[Span, str], m: Mention, role: str) -> bool:
    """Sentence ``f`` gives figure ``m`` (of the other sentence, counting people that
    ``role`` befell when not ''), so that ``m`` is not contradicted by a count of ``f``:
    the same value counting the same thing, or counting nothing said ("58 wins" vs "58-3
    with 51 wins coming by knockout": the record's 58 may be the wins). The same value
    counting another thing is no such figure ("Four people died" vs "Three people died
    in the three-storey building", "three died" vs "four died and three were hurt")."""
    return any(
        x.key == m.key and not _counts_another(m, role, x, roles.get(x.span, "")) for x in f.numbers
    )


def _counts_another(m: Mention, role_m: str, x: Mention, role_x: str) -> bool:
    """Counts ``m`` and ``x`` (with the fates of the people they count, '' when not said)
    are known to count different things: people that different fates befell, or two
    things both named and not alike (people of any kind are one thing)."""
    if role_m and role_x:
        return role_m != role_x
    a, b = _thing(m, role_m), _thing(x, role_x)
    return different_things(a, b) and not same_counted(a, b)


def _thing(m: Mention, role: str) -> str:
    """What count ``m`` counts, as a unit word: people for a toll ("12 dead", "killed
    15", "12 lives"), else its unit word ('' when it names nothing)."""
    if m.unit_word in PEOPLE_UNITS and (m.unit_word or role):
        return _PEOPLE
    return m.unit_word


_PEOPLE = stem("people")


def _casualties(f: UnitFeatures) -> dict[Span, str]:
    """What befell the people each count of ``f`` counts, where its clause says
    (reader.analysis.casualties)."""
    text, base = f.unit.text, f.unit.span.start
    out: dict[Span, str] = {}
    for m in f.numbers:
        # a count in another language is read by that language's words, whatever it counts
        if m.kind == "number" and (m.unit_word in PEOPLE_UNITS or f.language is not None):
            role = casualty(text, m.span.start - base, m.span.end - base, m.unit_word, f.language)
            if role:
                out[m.span] = role
    return out


def _counted(m: Mention, roles: dict[Span, str]) -> bool:
    """``m`` is a count that can disagree: of a thing it names, or of people killed,
    injured or missing ("the fire killed 15")."""
    return m.kind == "number" and not m.qualifier and bool(m.unit_word or m.span in roles)


def _same_counted(na: Mention, role_a: str, nb: Mention, role_b: str) -> bool:
    """Two counts count one thing: the same word ("12 people", "15 people"), unless one
    counts the dead and the other the injured; or people that the same befell, however
    named ("killed 12 people", "left 15 dead", "claimed 15 lives")."""
    if role_a and role_b:
        return role_a == role_b
    return same_counted(na.unit_word, nb.unit_word)


def _once(found: list[Conflict]) -> list[Conflict]:
    """``found`` without repeats (two parts against one whole are one discrepancy)."""
    seen: set[tuple[str, int, int, int, int]] = set()
    out = []
    for c in found:
        key = (c.kind.value, c.a.span.start, c.a.span.end, c.b.span.start, c.b.span.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _weekday_conflicts(fa: UnitFeatures, fb: UnitFeatures, dated: bool) -> list[Conflict]:
    """Two linked sentences that each put what they tell on one weekday, and not the same
    ("spotted the boats at 9:25 Thursday morning" vs "foiled the attack on Friday"). A
    weekday of reporting ("state media said Thursday") is when it was told, not when it
    happened, and a sentence with a date is judged by its date. Each side's days are read
    in its article's language ("am Dienstag" vs "on Wednesday": reader.analysis.weekdays)."""
    days_a, days_b = _event_weekdays(fa), _event_weekdays(fb)
    if dated or len(days_a) != 1 or len(days_b) != 1 or days_a[0].key == days_b[0].key:
        return []
    if [d.key for d in weekday_mentions(fa)] != [days_a[0].key]:
        return []  # another weekday of A's (told when) may be B's
    if [d.key for d in weekday_mentions(fb)] != [days_b[0].key]:
        return []
    a, b = days_a[0], days_b[0]
    if another_occasion(fa, a) or another_occasion(fb, b):
        return []  # "..., while underachieving when Cheeks was fired Saturday morning"
    apart = abs(ENGLISH_WEEKDAYS.index(a.key[8:]) - ENGLISH_WEEKDAYS.index(b.key[8:]))
    if apart in (1, 6) and (_by_the_clock(fa, a) or _by_the_clock(fb, b)):
        return []  # "late Tuesday" and "early Wednesday local time" may be one moment
    return [Conflict(DiscrepancyKind.DATE, a, b, f"{a.surface} vs {b.surface}", by_weekday=True)]


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
_NEAR_MIDNIGHT = re.compile(
    r"\b(?:night|overnight|tonight|late|early|midnight|dawn|local|"
    + "|".join(sorted(TIME_ZONES))
    + r")\b",
    re.IGNORECASE,
)
# "9:25", "11:30 p.m.", "3 a.m.": an hour with its minutes or its half of the day
_CLOCK_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::\d\d(?!\d)\s*(?:(?P<half>[ap])\.?m\b)?|\s*(?P<ampm>[ap])\.?m\b)",
    re.IGNORECASE,
)
_PLACE_TIME = re.compile(r"\b[A-Z][a-z]+\s+time\b")  # "Pyongyang time"


def _told_day_conflicts(
    fa: UnitFeatures, fb: UnitFeatures, dates_a: list[Mention], dates_b: list[Mention]
) -> list[Conflict]:
    """A day told by the article's date ("on Wednesday", "yesterday") against the one date
    or day the other sentence tells, when they are not the same day of the same week
    ("signed on Wednesday" in a story of Thursday, June 20, against "signed on June 18").
    Each sentence must tell one time only; two weekday names are judged by their names
    (:func:`_weekday_conflicts`)."""
    times_a = dates_a + [d for d in fa.days if not _told_when(fa.unit.text, d, fa.unit.span.start)]
    times_b = dates_b + [d for d in fb.days if not _told_when(fb.unit.text, d, fb.unit.span.start)]
    if len(times_a) != 1 or len(times_b) != 1 or not (fa.days or fb.days):
        return []
    a, b = times_a[0], times_b[0]
    if another_occasion(fa, a) or another_occasion(fb, b):
        return []
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


def _month_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """A month one sentence tells ("Passed in January 2009") against the date or month the
    other tells, in another month ("On Dec. 16, the Bush administration allowed ..."), each
    sentence telling that one time only, and of one act: a time told of something else in
    either sentence ("takes effect in December" against "signed on June 19") tells
    another occasion."""
    times_a = [m for m in fa.numbers if m.kind == "date"]
    times_b = [m for m in fb.numbers if m.kind == "date"]
    if len(times_a) != 1 or len(times_b) != 1:
        return []
    a, b = times_a[0], times_b[0]
    if not (a.key.startswith("month:") or b.key.startswith("month:")):
        return []  # two dates: compared day by day above
    if another_occasion(fa, a) or another_occasion(fb, b):
        return []
    if _month_of(a) == _month_of(b):
        return []
    told_a, told_b = _told_of(fa, a), _told_of(fb, b)
    if told_a and told_b and told_a != told_b:
        return []  # "takes effect in December 2024" is not "signed in Pyongyang on June 19"
    return [Conflict(DiscrepancyKind.DATE, a, b, f"{a.surface} vs {b.surface}")]


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
    article's language ("sagte am Dienstag": reader.analysis.weekdays)."""
    text, base = f.unit.text, f.unit.span.start
    if foreign(f):
        return [d for d in weekday_mentions(f) if not foreign_told_when(f, d)]
    return [d for d in weekday_mentions(f) if not _told_when(text, d, base)]


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
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that)\s+$", re.IGNORECASE)
_TELLING_AFTER = re.compile(
    r"\s+(?:news\s+|press\s+)?(?:conference|briefing|statement|interview|announcement"
    r"|address|speech|release)\b",
    re.IGNORECASE,
)


# "confirmed to People and Us Weekly on Friday": told to someone on that day
_TOLD_TO = re.compile(
    r"\b(?:said|told|confirmed|announced|reported|wrote)\s+(?:to\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|and|of|the)\s+)+on\s+$"
)
_FOLLOWING = re.compile(r"\s+([^\W\d_]+)")  # the next word, with no comma between
_TOLD = REPORTING | frozenset(
    "wrote writes write tweeted posted statement confirm confirms confirmed".split()  # noqa: SIM905
)
# "02:41 GMT Friday": the same moment told in another time zone
_ZONES = TIME_ZONES | {"local"}
_OCCASION = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b", re.IGNORECASE)
_SELECTORS = frozenset(
    "first next last final previous past other remaining additional another".split()  # noqa: SIM905
)
_SELECTING_AFTER = _SELECTORS | {"more", "further"}  # "two more times", "three other rifles"
# "nine days before", "five rounds sooner": a distance in time or a difference, not a span
_RELATIVE = frozenset(
    "before after ago later earlier sooner longer shorter fewer less faster slower".split()  # noqa: SIM905
)


def _same_selection(f: UnitFeatures, m: Mention) -> tuple[str, str]:
    """Which of the things counted a count takes: "the first two games" and "their next 23
    games" count different games, "nine days before" a distance, not a span. Returns the
    selecting word before the figure and the relative word after what it counts ('' when
    none); two counts compare only when these agree."""
    text = f.unit.text
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    before = WORDS.findall(text[max(0, start - 20) : start])
    following = WORDS.findall(text[end : end + 30])
    after = following[1:2]  # the word after the counted one
    selector = before[-1].lower() if before and before[-1].lower() in _SELECTORS else ""
    if not selector and following and following[0].lower() in _SELECTING_AFTER:
        selector = following[0].lower()  # "three other rifles", "20 more people"
    relative = after[0].lower() if after and after[0].lower() in _RELATIVE else ""
    if _RATE.match(text, end):
        relative = "rate"  # "$4 million a year" is no total
    elif after and after[0].lower() == "as" and m.unit_word in _SPANS:
        # "four seasons as the Sixers' director" and "19 seasons with the 76ers" count
        # two spans; "seven seasons as an assistant coach" and "as coach" two roles
        relative = "as " + " ".join(sorted(content_words(text[end : end + 60])))
    return selector, relative


_RATE = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:a|an|per|each|every)\s+(?:year|season|month|week|day|game|hour)\b"
    r"|\s+(?:[^\W\d_]+\s+)?(?:annually|yearly|monthly|weekly|daily)\b",
    re.IGNORECASE,
)
_SPANS = frozenset("year season month week day term".split())  # noqa: SIM905


def _cumulative(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` counts over a whole, not one occasion: it is a running total
    ("bringing the total to 40"), or its sentence counts over a whole ("in their five
    operations so far", "a combined 157 games", "Overall, ..."), or tells a total in the
    perfect ("has seized a total of 14 rifles"). Such a count does not compare with one
    occasion's. "A total of 23 pirates were captured" is 23 captured: the word "total"
    alone makes no running total."""
    text = f.unit.text
    start = m.span.start - f.unit.span.start
    return bool(
        _TOTAL_TO.search(text, max(0, start - 80), start)
        or _OVER_A_WHOLE.search(text)
        or _TOTAL_SO_FAR.search(text)
    )


_OVER_A_WHOLE = re.compile(
    r"\b(?:combined|cumulative|so far|thus far|to date)\b"
    # "Overall, he finished the season with 33 homers", "157 games in all.": summing the
    # clause up (not "firefighters worked overall to contain it")
    r"|(?:^|[,;:(])\s*(?:overall|altogether|in all)\b"
    r"|\b(?:overall|altogether|in all)\s*(?:[,.;:)]|$)",
    re.IGNORECASE,
)
# "bringing the total to 40", "raising the year's total of deaths to 40": a running total
# (not a toll: "bringing the death toll to 15" is the toll of the occasion told)
_TOTAL_TO = re.compile(
    r"\b(?:bring|brings|brought|bringing|raise|raises|raised|raising|take|takes|took|taking"
    r"|push|pushes|pushed|pushing|lift|lifts|lifted|lifting)\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w']+\s+){0,2}(?:total|tally)\s+(?:[\w']+\s+){0,3}?to\s+(?:US\$|[$€£])?$",
    re.IGNORECASE,
)
# a total told in the perfect, with a verb between ("INS Sukanya has seized a total of 14
# rifles", "has been in rehab a total of five times"), not "the boats had a total of 26"
_TOTAL_SO_FAR = re.compile(
    r"\b(?:has|have|had)\s+(?:[^\W\d_]+\s+){1,3}?a\s+total\s+of\b", re.IGNORECASE
)


_AT_LEAST = re.compile(
    r"\b(?:more than|over|at least|upwards of|in excess of|no (?:fewer|less) than)\s+$",
    re.IGNORECASE,
)
_AT_MOST = re.compile(
    r"\b(?:up to|as many as|at most|no more than|fewer than|less than|under)\s+$", re.IGNORECASE
)
_ABOUT = re.compile(
    r"\b(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated)\s+$",
    re.IGNORECASE,
)


def _hedge(f: UnitFeatures, m: Mention) -> str:
    """How a figure is given: "min" ("more than three"), "max" ("up to $180 million"),
    "about" ("some 420"), or "" (exactly)."""
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    text = f.unit.text
    before = text[max(0, start - 25) : start]
    # "more than 30 home runs and 100 RBIs": the bound holds for the second figure too
    listed = _LISTED_AFTER.search(text[max(0, start - 60) : start])
    for name, rx in (("min", _AT_LEAST), ("max", _AT_MOST), ("about", _ABOUT)):
        if rx.search(before) or (listed is not None and rx.search(listed.group(1) + " ")):
            return name
    if _RANGE_WORD.match(text, end):
        return "about"  # "a five-year deal in the $75 million range"
    return ""


_LISTED_AFTER = re.compile(
    r"([^\W\d_]+(?: [^\W\d_]+)?)\s+[$€£]?[\d.,]+(?:\s+[^\W\d_]+){1,3},?\s+and\s+$"
)
_RANGE_WORD = re.compile(r"\s+range\b", re.IGNORECASE)


def _consistent(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """A bound on one side that the other side's figure keeps: "more than three years" and
    "485 years", "up to $180 million" and "$160 million"; or "about" a figure within 15%.
    Two bounds of the same kind still differ ("at least 24 people" vs "at least 31")."""
    if not (na.key.startswith("num:") and nb.key.startswith("num:")):
        return False
    x, y = float(na.key[4:]), float(nb.key[4:])
    ha, hb = _hedge(fa, na), _hedge(fb, nb)
    if ha == hb:
        return False
    if "about" in (ha, hb):
        return abs(x - y) <= 0.15 * max(x, y)
    if ha:
        return y > x if ha == "min" else y <= x
    return x > y if hb == "min" else x <= y


def _shared_names(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences name one person, place or thing in common, or one of them names
    nothing ("At least 24 people died"). Counts in sentences naming different subjects do
    not compare; a nationality is no subject ("12 Somali and 11 Yemeni nationals" and "two
    Yemeni fishing boats" tell of different people)."""
    sure_a, sure_b = _sure_names(fa), _sure_names(fb)
    if not sure_a or not sure_b:
        return True
    names_a, names_b = fa.name_keys - DEMONYMS, fb.name_keys - DEMONYMS
    return any(_within(x, y) or _within(y, x) for x in names_a for y in names_b)


def _same_subject(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Whose count it is: the nearest name before each figure ("the Nationals made
    Teixeira an eight-year, $160 million offer" vs "the Sixers fired Jim O'Brien after one
    season") must be one, when both sentences have one."""
    x, y = _subject(fa, na, fb), _subject(fb, nb, fa)
    if not (x is None or y is None or _within(x, y) or _within(y, x)):
        return False
    # each sentence names someone before its figure whom the other never names: "the Red
    # Sox offer Teixeira $200 million" vs "the Nationals made Teixeira a $160 million offer"
    return not (_own_names(fa, na, fb) and _own_names(fb, nb, fa))


def _own_names(f: UnitFeatures, m: Mention, other: UnitFeatures) -> list[str]:
    """The names within reach before figure ``m`` that the ``other`` sentence lacks."""
    keys = other.name_keys - DEMONYMS
    return [
        n.key
        for n in _sure_names(f)
        if n.span.end <= m.span.start
        and m.span.start - n.span.end <= _SUBJECT_REACH
        and n.key not in DEMONYMS
        and not is_agency(n.surface)
        and not any(_within(n.key, k) or _within(k, n.key) for k in keys)
    ]


def _subject(f: UnitFeatures, m: Mention, other: UnitFeatures) -> str | None:
    before = [
        n
        for n in _sure_names(f, other)
        if n.span.end <= m.span.start
        and m.span.start - n.span.end <= _SUBJECT_REACH
        and n.key not in DEMONYMS
        and not is_agency(n.surface)  # the dateline's "(Reuters)" counts nothing
    ]
    return before[-1].key if before else None


_SUBJECT_REACH = 60  # characters from a name to the figure it owns, at most


def _measured_from(f: UnitFeatures, m: Mention) -> str:
    """What a distance is measured from ("150 nautical miles from Aden": aden; "13 miles
    from the warship": warship), '' when not said or when the figure is no distance. Two
    distances from different points are different facts."""
    if m.unit_word not in _DISTANCES:
        return ""
    end = m.span.end - f.unit.span.start
    found = _FROM.search(f.unit.text, end, end + 50)
    return stem(found.group(1).lower()) if found else ""


_DISTANCES = frozenset(("mile", "km", "kilometr", "kilometer", "metr", "meter", "yard", "feet"))
_FROM = re.compile(
    r"\b(?:from|off|of|away from|(?:west|east|north|south)(?:west|east)? of)\s+"
    r"(?:the\s+)?([^\W\d_]{3,})"
)


def _same_person(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Two ages may be one person's: the same name when both are told with one ("Scott
    Russell, 46" vs "51-year-old Capt. Tom Tennant" are two people), else nouns that may
    tell of one person ("a 41-year-old man" vs "his 15-year-old daughter", "the 67-year-old
    pilot" vs "a 9-year-old passenger" are two: reader.analysis.age_owners); other counts
    are not told of a person."""
    if na.unit_word != "age":
        return True
    x, y = age_owner(fa, na), age_owner(fb, nb)
    if x.name is not None and y.name is not None:
        return _within(x.name, y.name) or _within(y.name, x.name)
    return x.may_be(y)


def _sure_names(f: UnitFeatures, other: UnitFeatures | None = None) -> list[Mention]:
    """The sentence's names, less a lone capitalised word opening it ("Marine commandos
    boarded ..."), which may be no name at all, unless the ``other`` sentence names it
    too ("Rahman (45-7-2, 36 KOs) fell ..." beside "... flooring Rahman")."""
    start = f.unit.span.start
    known = other.name_keys if other is not None else frozenset()
    return [
        m
        for m in f.names
        if not (m.span.start - start <= 1 and " " not in m.key.strip()) or m.key in known
    ]


def _within(short: str, long: str) -> bool:
    """``short`` is ``long`` or a run of its words: "teixeira" of "mark teixeira", "red
    sox" of "boston red sox" (not "new" of "new york" with "new delhi")."""
    return f" {short} " in f" {long} "


def _time_count(f: UnitFeatures, dates: list[Mention]) -> int:
    """How many times a sentence tells: its dates, and its weekdays other than one
    naming a date's day ("Wednesday, June 19"): "died Thursday ... after a heart attack on
    Dec. 2" tells two."""
    alone = [
        w
        for w in weekday_mentions(f)
        if not any(0 <= d.span.start - w.span.end <= 3 for d in dates)
    ]
    return len(dates) + len(alone)


def _comparable(a: Mention, b: Mention) -> bool:
    """Two amounts of money are one figure told differently only when within a factor of
    two ("$200 million" vs "$184 million", not the "$23 million" a season of the same
    deal); counts of a thing are compared whatever their values."""
    if a.unit_word not in CURRENCIES:
        return True
    x, y = float(a.key.split(":")[1]), float(b.key.split(":")[1])
    return min(x, y) > 0 and max(x, y) <= 2 * min(x, y)
