"""Discrepancies: linked passages that state the same fact with different values.

The dates of one month are compared here; weekdays, days told by the article's date,
months and dates of two months in reader.analysis.conflicts.date_conflicts, counts in
reader.analysis.conflicts.count_conflicts."""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.conflicts.contract_terms import term_conflicts
from reader.analysis.conflicts.count_conflicts import count_conflicts
from reader.analysis.conflicts.date_conflicts import (
    month_conflicts,
    time_count,
    told_day_conflicts,
    weekday_conflicts,
    yearless_month_conflicts,
)
from reader.analysis.conflicts.match_minutes import minute_conflicts
from reader.analysis.conflicts.ordinals import ordinal_conflicts
from reader.analysis.conflicts.pace_conflicts import pace_conflicts
from reader.analysis.conflicts.scores import score_conflicts
from reader.analysis.conflicts.told_times import clock_conflicts, year_conflicts
from reader.analysis.conflicts.unit_conflicts import converted_conflicts
from reader.analysis.conflicts.vote_conflicts import vote_conflicts
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.several_against_one import several_against_one
from reader.analysis.figures.told_moments import moment_of_a_figure
from reader.analysis.times.date_keys import is_date_key
from reader.analysis.times.occasion_years import one_event_years, other_occasions
from reader.analysis.times.shared_occasion import one_occasion
from reader.analysis.words.clauses import context_words
from reader.model import DiscrepancyKind


def conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Dates of the same month with different days, a month against a date or month of
    another, two dates of different months told of one act, a day told by the article's
    date against another, in two sentences that may tell one occasion
    (reader.analysis.times.shared_occasion); counts of the same thing that differ; clock
    times and years of one act (reader.analysis.conflicts.told_times), a contract's term
    against the year it runs to (reader.analysis.conflicts.contract_terms), ordinals of one
    thing (reader.analysis.conflicts.ordinals), minutes of a match
    (reader.analysis.conflicts.match_minutes), paces (reader.analysis.conflicts
    .pace_conflicts), match results
    (reader.analysis.conflicts.scores) and an item listed as several against one
    (reader.analysis.figures.several_against_one); nothing when the two name occasions of
    one kind with different years (reader.analysis.occasion_years), unless they name one
    event with two years and tell nothing else differently: that year."""
    if other_occasions(fa, fb):
        # "won the 2008 election" and "won the 2012 election": two elections; "the 2008
        # Mumbai attacks" and "the 2009 Mumbai attacks", each killing 166: one event
        # (their counts read whatever occasion each clause tells: "166" against "26" of the
        # attacks of two years tell two attacks)
        return [] if _told(fa, fb, by_occasion=False) else one_event_years(fa, fb)
    return _told(fa, fb)


def _told(fa: UnitFeatures, fb: UnitFeatures, *, by_occasion: bool = True) -> list[Conflict]:
    """What the two sentences tell differently, the years naming an occasion aside; counts
    only of one occasion told unless not ``by_occasion`` (reader.analysis.figures
    .told_occasions)."""
    out: list[Conflict] = []
    keys_a, keys_b = fa.number_keys, fb.number_keys
    dates_a = [m for m in fa.numbers if m.kind == "date" and is_date_key(m.key)]
    dates_b = [m for m in fb.numbers if m.kind == "date" and is_date_key(m.key)]
    several = time_count(fa, dates_a) > 1 or time_count(fb, dates_b) > 1
    for da in dates_a:
        if da.key in keys_b:
            continue
        for db in dates_b:
            if db.key in keys_a or da.key[5:7] != db.key[5:7]:
                continue
            if several and not context_words(fa, da, dates_a) & context_words(fb, db, dates_b):
                continue  # "sunk ... on November 19" is not "repulsed ... on November 11"
            out.append(Conflict(DiscrepancyKind.DATE, da, db, f"{da.surface} vs {db.surface}"))
    out.extend(weekday_conflicts(fa, fb, bool(dates_a or dates_b)))
    out.extend(told_day_conflicts(fa, fb, dates_a, dates_b))
    out.extend(month_conflicts(fa, fb))
    out.extend(yearless_month_conflicts(fa, fb))
    if out and not one_occasion(fa, fb):
        out = []  # "established in August 2012 in Ashgabat" vs "On October 1 Ashgabat hosts"
    out.extend(count_conflicts(fa, fb, by_occasion=by_occasion))
    out.extend(converted_conflicts(fa, fb))
    out.extend(clock_conflicts(fa, fb))
    out.extend(pace_conflicts(fa, fb))
    out = [c for c in out if not _moments_of_counts(fa, fb, c)]
    out.extend(year_conflicts(fa, fb))
    out.extend(term_conflicts(fa, fb))
    out.extend(ordinal_conflicts(fa, fb))
    out.extend(minute_conflicts(fa, fb))
    out.extend(score_conflicts(fa, fb))
    out.extend(vote_conflicts(fa, fb))
    out.extend(several_against_one(fa, fb))
    return _once(out)


def _moments_of_counts(fa: UnitFeatures, fb: UnitFeatures, c: Conflict) -> bool:
    """Discrepancy ``c`` is between two days, dates or times each the moment a count of
    its sentence is told as standing by ("By Tuesday, 12 people had died" and "By Friday,
    40 people had died": reader.analysis.figures.told_moments), which tell when the
    reports were written."""
    if c.kind is not DiscrepancyKind.DATE:
        return False
    return moment_of_a_figure(fa, c.a) and moment_of_a_figure(fb, c.b)


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
