"""Clock times and years that two linked sentences tell of one act with different values:
"The quake struck at 10:15 a.m." vs "The quake struck at 11:15 a.m.", "shortly after 3
p.m." vs "at 5 p.m.", "founded in 1998" vs "founded in 1996", "in 2008" vs "on June 3,
2009".

A time compares only with a time told of the same act: the content words of its clause
(reader.analysis.words.clauses) must meet the other's, so that the attack at 9 and the arrest
at 11 of one story are two moments. A window holding the other time is no conflict
("about 10 a.m." and "10:05 a.m."), nor two times in zones that cannot be converted
("10 a.m. EST" and "3 p.m." with no zone, "11 a.m. IST" and "0900 GMT"); two zones told
both are converted ("10 a.m. EST" and "3 p.m. GMT" are one moment; "ET" by the article's
date, reader.analysis.times.time_zones), on the weekdays told right after them ("1852 GMT
Tuesday" and "1:52 p.m. ET Wednesday" are a day apart). A sentence giving the other's value anywhere
agrees with it. These conflicts stand only on a close link (Conflict.by_told_value), but
two times each told in a zone, under half an hour apart ("10:44 a.m. EDT" and "14:46
UTC": reader.analysis.times.pinned_moments), which are one moment of record told with two
minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.clock_times import DAY, ClockTime, Reading, clock_times
from reader.analysis.times.entry_dates import entry_text
from reader.analysis.times.occasion_years import names_occasion
from reader.analysis.times.pinned_moments import pinned_close
from reader.analysis.times.time_zones import week_turn
from reader.analysis.times.zoned_partners import zone_note
from reader.analysis.words.clause_marks import clause_before
from reader.analysis.words.clauses import (
    CONTEXT,
    content_words,
    context_words,
    occasion_before,
)
from reader.model import DiscrepancyKind


def clock_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The clock times of ``fa`` and ``fb`` told of one act that cannot be one moment."""
    times_a, times_b = clock_times(fa), clock_times(fb)
    if not times_a or not times_b:
        return []
    told_a, told_b = [t.mention for t in times_a], [t.mention for t in times_b]
    out: list[Conflict] = []
    for ta in times_a:
        if _given(ta, times_b) or _elsewhere(fa, ta):
            continue
        for tb in times_b:
            if _given(tb, times_a) or _elsewhere(fb, tb) or not _apart(ta, tb):
                continue
            if not (
                _same_act(fa, ta.mention, told_a, fb, tb.mention, told_b)
                or _same_figure(fa, ta.mention, fb, tb.mention)
            ):
                continue
            found = told_value(DiscrepancyKind.DATE, ta.mention, tb.mention)
            # two zones: what A's time comes to in B's ("10:44 a.m. EDT vs 14:46 UTC
            # (10:44 a.m. EDT is 14:44 UTC)")
            note = zone_note(fa, ta.mention, fb, tb.mention)
            found = replace(found, detail=found.detail + note)
            if pinned_close(ta, tb):
                found = replace(found, by_told_value=False)
            out.append(found)
    return out


def year_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Years of ``fa`` and ``fb`` told of one act that differ ("founded in 1998" vs
    "founded in 1996"); a year of a full date compares as the date's ("in 2008" vs "on
    June 3, 2009")."""
    years_a, years_b = _years(fa), _years(fb)
    keys_a, keys_b = {m.key for m in years_a}, {m.key for m in years_b}
    out: list[Conflict] = []
    times_a, times_b = _times(fa), _times(fb)
    for ya in years_a:
        anchor_a = _anchor(fa, ya)
        if ya.key in keys_b or not _one_act_year(fa, anchor_a) or names_occasion(fa, ya):
            continue  # "the 2008 election" is that election's name, not a year of an act
        for yb in years_b:
            anchor_b = _anchor(fb, yb)
            if yb.key in keys_a or not _one_act_year(fb, anchor_b) or names_occasion(fb, yb):
                continue
            # "first hosted the Oscars in 2007" is not the act of "will host the Oscars
            # in 2014", but "first met in 1975" is the act of "first met in 1976"
            earlier = _told_earlier(fa, anchor_a)
            if not _one_occasion(earlier, _told_earlier(fb, anchor_b)):
                continue
            # the first meeting is one however it is told ("since the group first met")
            if not earlier and (_elsewhere_at(fa, anchor_a) or _elsewhere_at(fb, anchor_b)):
                continue
            # "previously hosted the show in 2007" and "to host the Oscars in 2014" are
            # two acts: the words of one act are the same words
            if not _same_act(fa, anchor_a, times_a, fb, anchor_b, times_b, exact=True):
                continue
            out.append(told_value(DiscrepancyKind.DATE, anchor_a, anchor_b))
    return out


def same_years(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences tell the same years, or none: a year only one tells ("In 2008,
    Klitschko stopped Thompson in the 11th round") may put its act on another occasion
    than the other's ("stopped Thompson in the sixth round")."""
    return {m.key for m in _years(fa)} == {m.key for m in _years(fb)}


def same_occasions(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences tell the same years, or years that differ only where they
    disagree on the year of one act ("the 50th summit since the group first met in
    1975" vs "the 49th summit of the group, which first met in 1976"): no year puts
    either sentence on another occasion."""
    if same_years(fa, fb):
        return True
    found = year_conflicts(fa, fb)
    years_a, years_b = _years(fa), _years(fb)
    disputed_a = {y.key for y in years_a for c in found if _within(y, c.a)}
    disputed_b = {y.key for y in years_b for c in found if _within(y, c.b)}
    keys_a, keys_b = {y.key for y in years_a}, {y.key for y in years_b}
    return bool(found) and keys_a - keys_b <= disputed_a and keys_b - keys_a <= disputed_b


def _years(f: UnitFeatures) -> list[Mention]:
    return [m for m in f.numbers if m.kind == "year"]


def _within(year: Mention, told: Mention) -> bool:
    """``year`` is ``told`` or the year of that date."""
    return told.span.start <= year.span.start and year.span.end <= told.span.end


def _given(t: ClockTime, others: Sequence[ClockTime]) -> bool:
    """Another sentence's times hold ``t`` (one may be the same moment told again)."""
    return any(not _apart(t, o) for o in others)


def _apart(ta: ClockTime, tb: ClockTime) -> bool:
    """The two times can be compared and cannot be one moment: some readings of theirs
    are in comparable zones, and none of those overlap."""
    pairs = [
        (x, y, shifts)
        for x in ta.readings
        for y in tb.readings
        if (shifts := _shifts(ta, x, tb, y)) is not None
    ]
    return bool(pairs) and not any(_overlap(x, y, shifts) for x, y, shifts in pairs)


_Shifts = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def _shifts(ta: ClockTime, x: Reading, tb: ClockTime, y: Reading) -> _Shifts | None:
    """How readings ``x`` (of ``ta``) and ``y`` (of ``tb``) compare: the minutes each may
    be ahead of UTC and the days ``y`` may lie after ``x``; None when they cannot be
    compared (a zone against no zone, local time or an ambiguous zone: "3 p.m." and "2000
    GMT", "11 a.m. IST" and "0530 GMT"). One zone, or none, needs no conversion; two are
    converted, on the days told beside them ("1852 GMT Tuesday", "1:52 p.m. ET Tuesday"),
    else around the clock."""
    around = (-1, 0, 1)
    if x.zone == y.zone:
        return (0,), (0,), around
    shift_x, shift_y = ta.offsets(x), tb.offsets(y)
    if not shift_x or not shift_y:
        return None
    return shift_x, shift_y, week_turn(x.day, y.day) or around


def _overlap(x: Reading, y: Reading, shifts: _Shifts) -> bool:
    """Windows ``x`` and ``y`` share a moment, each converted to UTC by ``shifts`` when
    their zones differ, on the days told or around the clock ("11:30 p.m." and "about
    midnight"). Two rough windows that only touch do not: "about 2:30" and "about 3:30"
    are half an hour each way from stated times an hour apart, two moments."""
    shift_x, shift_y, days = shifts
    touch = 0 if x.rough and y.rough else 1
    return any(
        x.low - sx < y.high - sy + turn + touch and y.low - sy + turn < x.high - sx + touch
        for sx in shift_x
        for sy in shift_y
        for turn in (d * DAY for d in days)
    )


def _elsewhere(f: UnitFeatures, t: ClockTime) -> bool:
    """``t`` lies in a clause of another occasion ("a day after he arrived at 9 a.m.")."""
    return _elsewhere_at(f, t.mention)


def _elsewhere_at(f: UnitFeatures, m: Mention) -> bool:
    return occasion_before(f, m.span.start - f.unit.span.start)


def _same_act(
    fa: UnitFeatures,
    ma: Mention,
    others_a: Sequence[Mention],
    fb: UnitFeatures,
    mb: Mention,
    others_b: Sequence[Mention],
    *,
    exact: bool = False,
) -> bool:
    """The clauses of ``ma`` and ``mb`` share a content word that tells an act, not a
    time ("struck", "quake"; not "morning", "local", "posted"); one may write it in title
    case as part of a name, if the other writes it in small letters ("issued a level 2
    energy emergency alert at 3:50 p.m." and "declared an Energy Emergency Alert Level 2
    at 15:05"), not both ("Harlow")."""

    def words(f: UnitFeatures, m: Mention, others: Sequence[Mention], titled: bool) -> set[str]:
        ignored = _ignored(f.language, exact)
        return context_words(f, m, others, ignored, by_days=False, exact=exact, titled=titled)

    words_a, words_b = words(fa, ma, others_a, False), words(fb, mb, others_b, False)
    if words_a & words_b:
        return True
    titled_a, titled_b = words(fa, ma, others_a, True), words(fb, mb, others_b, True)
    return bool(titled_a & words_b or words_a & titled_b)


def _same_figure(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> bool:
    """The clauses of ``ma`` and ``mb`` tell one measure with its decimals, the act's own
    told in other words ("a second tremor of magnitude 5.1 at 11:30 a.m." and "An
    aftershock measuring 5.1 struck at 12:30 p.m."); a whole count ("killed 5 people")
    may be told of other acts."""
    return bool(_clause_measures(fa, ma) & _clause_measures(fb, mb))


def _clause_measures(f: UnitFeatures, m: Mention) -> set[str]:
    """The keys of the figures with decimals in the clause of time ``m``: no clause break
    between figure and time."""
    text, base = f.unit.text, f.unit.span.start
    out: set[str] = set()
    for n in f.numbers:
        if n.kind != "number" or "." not in n.key:
            continue
        if n.span.end <= m.span.start:
            between = text[n.span.end - base : m.span.start - base]
        else:
            between = text[m.span.end - base : n.span.start - base]
        if len(between) <= CONTEXT and not _CLAUSE_BREAK.search(between):
            out.add(n.key)
    return out


# a clause's end between a figure and a time; a decimal comma ("6,1") is no break
_CLAUSE_BREAK = re.compile(r"[;:]|,(?!\d)|\b(?:and|but|while|et|und|y|e)\b")


@cache
def _ignored(language: str | None, exact: bool) -> frozenset[str]:
    """Stems (``exact``: forms) of the words that tell a time or a publication, not an
    act."""
    own = content_words(_TIME_WORDS, language, exact=exact)
    return frozenset(own | content_words(_TIME_WORDS, None, exact=exact))


_TIME_WORDS = """
    local time times hour hours hrs clock morning afternoon evening night today tonight
    yesterday tomorrow noon midnight midday year years month day days week weeks date
    posted updated published modified edited filed created last originally first
    shortly just soon right little minutes about around approximately roughly nearly
    almost circa some early late
    heure heures locale matin soir après-midi nuit vers environ peu
    uhr ortszeit morgen morgens abend abends nachmittag nacht gegen etwa ungefähr kurz
    hora horas mañana tarde noche hacia sobre alrededor poco
    ora ore locale mattina sera pomeriggio notte verso intorno circa
    manhã noite volta cerca perto pouco
"""


def _times(f: UnitFeatures) -> list[Mention]:
    """The times ``f`` tells (dates, months, years), which bound each other's clauses."""
    return [m for m in f.numbers if m.kind in ("date", "year")]


def _anchor(f: UnitFeatures, year: Mention) -> Mention:
    """The mention a year is told in: its date or month when it closes one ("June 3,
    2009", "January 2009"), else itself."""
    for m in f.numbers:
        if m.kind == "date" and m.span.start <= year.span.start < m.span.end:
            return m
    return year


def _one_act_year(f: UnitFeatures, year: Mention) -> bool:
    """``year`` (or the date it closes) is the year of one act: not a bound of a span of
    years or a season ("2008-09", "from 1998 to 2002", "since 1998"), not one of a list
    ("in 2001 and 2005"), not a decade ("the 1940s")."""
    text, base = f.unit.folded, f.unit.span.start
    start, end = year.span.start - base, year.span.end - base
    before = text[max(0, start - 12) : start].lower().rstrip()
    if entry_text(text, start, end) is not None:
        before = ""  # a list's mark before a timeline entry's date ("- 2019 – ...")
    return not (
        _AFTER_YEAR.match(text, end)
        or before.endswith(("-", "–", "/", ","))
        or re.search(r"\b(?:to|and|or|from|through|until|between|since)$", before)
    )


def _told_earlier(f: UnitFeatures, year: Mention) -> str:
    """The word that tells ``year``'s clause, back to the time before it, as an earlier
    time ("previously hosted the show in 2007", "first hosted the Oscars in 2007"; not
    "re-elected" of "first elected in 2008 and re-elected in 2014"), '' when none does."""
    base = f.unit.span.start
    start = year.span.start - base
    left = max([0, start - CONTEXT] + [e for t in _times(f) if (e := t.span.end - base) <= start])
    # in the sentence's own text: folded, "a family firm—it was founded in" is one clause
    found = _EARLIER.search(clause_before(f.unit.text, start, left))
    return found.group().lower() if found else ""


def _one_occasion(earlier_a: str, earlier_b: str) -> bool:
    """Two years' clauses, told earlier by these words, can tell one occasion: neither
    is told earlier, or both are the one first or last time of their act ("first met in
    1975" and "first met in 1976"; not "previously" and "previously": two of many)."""
    return earlier_a == earlier_b and earlier_a in ("", "first", "last")


# "2008-09", "1940s", "1998 and 2002", "2001, 2005": a span, a decade, a list
_AFTER_YEAR = re.compile(r"(?:[-–/]|'?s\b|,?\s+(?:and|or|to)\s+(?:in\s+)?\d|,\s*\d)")
_EARLIER = re.compile(
    r"\b(?:previously|formerly|earlier|once|first|last|also|again|ago|former)\b", re.IGNORECASE
)
