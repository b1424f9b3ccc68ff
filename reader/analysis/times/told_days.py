"""Days an article tells by their relation to its own date: "Wednesday", "yesterday",
"today", read as the dates they are.

A wire story dated Thursday, June 20 says the treaty was signed "on Wednesday"; a paper
abroad says "June 19", or "June 18". A reader who knows the article's date reads the
weekday as a date and sees whether the two agree; Crossread does the same when the
article has a date. News writes a weekday for the last seven days ("said Thursday", in
a story of Friday's) and, in a clause about what is to come ("will meet on Monday"), for
the next seven; "last Wednesday" is the week before. A weekday in a clause that tells
neither the past nor what is to come ("the Duma votes on Monday", "has until Monday",
"could vote Monday") may be either week's and is left unread. A weekday that names a date's day
("Wednesday, June 19") is the date's; "next Friday" and "this Friday" mean different
days to different readers and are left unread, as are days told from another day or week
("a week ago Wednesday", "the previous Wednesday") and days in an article without a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import day_key, is_date_key
from reader.analysis.times.last_weekdays import last_weekdays
from reader.analysis.times.quoted_text import inside_quotation
from reader.analysis.times.yesterdays import yesterdays
from reader.analysis.words.clause_marks import DASH
from reader.analysis.words.lexicon import IRREGULAR_PAST
from reader.ingest.agencies import is_dateline_outlet
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS
from reader.lazy_regex import longest_first
from reader.model import Span

_WEEKDAY_NUMBERS = {d: k for k, d in enumerate(ENGLISH_WEEKDAYS)}
# days told by their distance from the article's date; "last night" is the evening before
# whenever the story was written (a morning paper's, or an evening update's)
_RELATIVE_DAYS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "last night": -1,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
}
_DAY = re.compile(r"\b(?:" + "|".join(longest_first([*_WEEKDAY_NUMBERS, *_RELATIVE_DAYS])) + r")\b")
# a word before the weekday that makes its week unsure ("next Friday", "this Friday"), or
# the day a feast's ("Good Friday", "Super Tuesday"), not a day of this week
_NOT_THIS_WEEK = frozenset(
    "next this coming every each black good ash super cyber holy maundy palm easter".split()  # noqa: SIM905
)
# what is to come: the clause before the weekday says so ("will resume talks Friday",
# "is expected to sign it Monday", "scheduled for Tuesday")
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|set|expected|scheduled|"
    r"slated|going)\b|(?:is|are)\s+to|plans?\s+to|planned\s+for|scheduled\s+for)\b|['’]ll\b"
)
_CLAUSE_START = re.compile(rf".*(?:[;:]|{DASH}|,\s(?:but|and|while|after|before|as)\s|\bsaid\b)")
# past forms the lexicon's irregular pasts leave out: auxiliaries, verbs whose past is
# their present ("hit", "put"), and "ago"
_PAST_AS_PRESENT = frozenset(
    "was were had did hit put set cut quit bit beat ago".split()  # noqa: SIM905
)
# what is past: the clause says so ("signed the treaty on Wednesday", "met Kim Friday");
# a clause in the present ("the Duma votes on Monday", "has until Monday") or of what
# may be ("could vote as early as Monday") tells a day of either week, and is left unread
_PAST = re.compile(
    r"\b(?:"
    + "|".join(longest_first(IRREGULAR_PAST.keys() | _PAST_AS_PRESENT))
    + r")\b|\b[^\W\d_]{2,}ed\b"
)
_NOT_PAST = frozenset(
    "need speed feed seed indeed breed shed hundred proceed succeed exceed embed".split()  # noqa: SIM905
)
# a word before the weekday that bounds a span whose end may lie ahead ("until Monday",
# "by Monday"): unread unless the clause tells what is to come
_BOUND = frozenset(("until", "till", "by", "to"))
# where a clause after the weekday ends: "On Monday, the Duma will vote; ..."
_CLAUSE_END = re.compile(rf"[.;:!?]|{DASH}|,\s(?:but|and|while|after|before|as)\s|\bsaid\b")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
# how far before a weekday its clause is read for what is to come
_CLAUSE_REACH = 80


def told_days(f: UnitFeatures, published: date) -> list[Mention]:
    """The days ``f``'s sentence tells relative to ``published`` (the article's date), as
    date mentions keyed as dates are (``date:MM-DD``), each spanning its word."""
    text, base = f.unit.text, f.unit.span.start
    low = text.lower()
    dated = [m for m in f.numbers if m.kind == "date"]
    out: list[Mention] = []
    for m in _DAY.finditer(low):
        word = m.group()
        if _shifted(low, m.start(), m.end()):
            continue  # "a week ago Wednesday", "the previous Wednesday"
        if word in _RELATIVE_DAYS:
            if not _relative_to_now(text, m.start(), m.end()):
                continue
            day = published + timedelta(days=_RELATIVE_DAYS[word])
        else:
            if _names_a_dates_day(m.end(), base, dated):
                continue  # "Wednesday, June 19": the date tells the day
            day_or_none = _weekday(word, low, m.start(), published)
            if day_or_none is None:
                continue
            day = day_or_none
        span = Span(base + m.start(), base + m.end())
        key = day_key(day)
        out.append(Mention("date", key, span, text[m.start() : m.end()]))
    # "el pasado domingo", "dimanche dernier"; "gisteren", "ayer"
    return out + last_weekdays(f, published) + yesterdays(f, published)


def _names_a_dates_day(end: int, base: int, dated: Sequence[Mention]) -> bool:
    return any(0 <= d.span.start - base - end <= 3 for d in dated)


def _shifted(low: str, start: int, end: int) -> bool:
    """The day is told from another day or week than the article's: "a week ago
    Wednesday", "the previous Wednesday", "Wednesday of last week", "a week ago today"."""
    before = _WORD_BEFORE.search(low, max(0, start - 20), start)
    if before is not None and before.group(1) in _SHIFTING:
        return True
    return _WEEK_AFTER.match(low, end) is not None


_SHIFTING = frozenset("previous following prior ago before after".split())  # noqa: SIM905
_WEEK_AFTER = re.compile(r"[\s,]+(?:of\s+)?(?:last|next|this|a|one|the\s+\w+)\s+weeks?\b")


def _relative_to_now(text: str, start: int, end: int) -> bool:
    """A "today" that is a day: not "today's world" (nowadays), nor NBC's "Today" show,
    nor the "today" of a quotation, said at a time not known and most often meaning the
    present age ("we can grow our economy today"), nor the "today" of a poll's question
    ("If the election were held today, for whom would you vote?"), a day supposed."""
    if text[end : end + 2] in ("'s", "’s") or inside_quotation(text, start):
        return False
    if _SUPPOSED.search(text, max(0, start - _SUPPOSED_REACH), start):
        return False
    opening = text[:start].rstrip(" \"“‘'(")
    return not text[start].isupper() or not opening or opening[-1] in ".!?:"


# a supposition told right before "today": "if the election were held today", "if an
# election took place today"
_SUPPOSED = re.compile(
    r"\bif\b[^.;!?]*\b(?:(?:were|was)\s+(?:held|called)|took\s+place|happened)\s+$",
    re.IGNORECASE,
)
_SUPPOSED_REACH = 80


def _weekday(word: str, low: str, start: int, published: date) -> date | None:
    before = _WORD_BEFORE.search(low, max(0, start - 20), start)
    modifier = before.group(1) if before else ""
    if modifier in _NOT_THIS_WEEK:
        return None
    back = (published.weekday() - _WEEKDAY_NUMBERS[word]) % 7
    if modifier == "last":
        return published - timedelta(days=back or 7)
    clause = low[max(0, start - _CLAUSE_REACH) : start]
    opening = _CLAUSE_START.match(clause)
    if opening is not None:
        clause = clause[opening.end() :]
    end = start + len(word)
    after = low[end : end + _CLAUSE_REACH]
    closing = _CLAUSE_END.search(after)
    if closing is not None:
        after = after[: closing.start()]
    if _FUTURE.search(clause) or (not _past(clause) and _FUTURE.search(after)):
        return published + timedelta(days=(7 - back) % 7)
    if modifier in _BOUND:
        return None
    # "said Thursday": the day it was told, a day gone
    reported = opening is not None and opening.group().endswith("said")
    if reported or _past(_whole_clause(low, start)) or _past(after):
        return published - timedelta(days=back)
    return None


def _whole_clause(low: str, start: int) -> str:
    """The clause before ``start``, however long ("An Indian warship foiled a five-boat
    pirate attack on merchant vessels transiting the Gulf of Aden on ")."""
    opening = _CLAUSE_START.match(low[:start])
    return low[opening.end() : start] if opening is not None else low[:start]


def _past(clause: str) -> bool:
    return any(m.group() not in _NOT_PAST for m in _PAST.finditer(clause))


def iso_date(text: str | None) -> date | None:
    """The date of an ISO ``YYYY-MM-DD`` string (a document's date), or None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


# A dateline that opens a story: a place, then the day without a year ("Mumbai, Nov 11 -",
# "WASHINGTON, Dec. 15 (Reuters) -"); the date mention must start where the place ends.
# The place may be hyphenated or dotted ("WINSTON-SALEM", "St. Louis", "Évry") and
# followed by its state or country ("WASHINGTON, D.C., June 5", "SEOUL, South Korea,
# June 5").
_PLACE_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*\.?(?:[ .'’-]+[A-Za-zÀ-ÖØ-öø-ÿ][^\W\d_]*\.?){0,3}"
_DATELINE_PLACE = re.compile(rf"{_PLACE_NAME},\s*(?:{_PLACE_NAME},\s*)?")
# how many of the article's first sentences may hold its dateline
DATELINE_UNITS = 3
# two reports of one event are written within days of each other: a dateline's day is
# read in the other article's year when that puts it this close to the other's date
BORROWED_DAYS = 7


def dateline_day(feats: Sequence[UnitFeatures]) -> tuple[int, int] | None:
    """The month and day of the dateline among the article's first sentences, when it
    gives no year ("Mumbai, Nov 11 -"); None when there is none (or it has a year)."""
    for f in feats[:DATELINE_UNITS]:
        place = _DATELINE_PLACE.match(f.unit.text)
        if place is None:
            continue
        base = f.unit.span.start
        for m in f.numbers:
            if m.kind == "date" and m.span.start - base == place.end():
                if re.search(r"\d{4}", f.unit.text[place.end() : place.end() + 20]):
                    return None  # a year: the article's date was read from it if at all
                return int(m.key[5:7]), int(m.key[8:10])
    return None


def dateline_end(f: UnitFeatures) -> int:
    """Where the dateline opening sentence ``f`` ends, relative to its text ("DALLAS, May 6
    (Reuters) - " or "ALLEN, Texas, May 6 (AP) — "): a place, then its day, its outlet or
    both, then a dash (the outlet an agency, initials, or ``f.outlet``, its page's own,
    spelled out); 0 when the sentence opens with none. Its place is where the report was
    filed, no name the sentence tells of."""
    text = f.unit.text
    place = _DATELINE_PLACE.match(text)
    if place is None:
        return 0
    end = place.end()
    day = next(
        (m for m in f.numbers if m.kind == "date" and m.span.start - f.unit.span.start == end),
        None,
    )
    if day is not None:
        end = day.span.end - f.unit.span.start
        tail = _DATELINE_TAIL.match(text, end)
    else:  # no day: its state, then its agency ("ALLEN, Texas (AP) —")
        tail = _UNDATED_TAIL.match(text, end)
    if tail is None:
        return 0
    agency = tail.group("agency")
    # a day or an outlet makes it a dateline, not "Smith, Jones (left) - ...": an agency,
    # an outlet's initials ("(CW)") or the page's own outlet spelled out ("(Continental
    # Wire)"), which name no one the sentence tells of
    told = is_dateline_outlet(agency, f.outlet) if agency is not None else day is not None
    return tail.end() if told else 0


_AGENCY = r"(?:\((?P<agency>[^()]{1,40})\))"
_DATELINE_TAIL = re.compile(rf"\s*{_AGENCY}?\s*[-—–]+\s*")
_UNDATED_TAIL = re.compile(rf"(?:{_PLACE_NAME}\s*)?{_AGENCY}?\s*[-—–]+\s*")


def borrowed_date(month_day: tuple[int, int], other: date) -> date | None:
    """The date of a dateline's ``month_day`` in the year that puts it nearest to
    ``other`` (the other article's date), when that is within BORROWED_DAYS."""
    years = ((year, *month_day) for year in (other.year - 1, other.year, other.year + 1))
    return nearest_date(years, other, BORROWED_DAYS)


def nearest_date(told: Iterable[tuple[int, int, int]], other: date, within: int) -> date | None:
    """The date of the ``told`` (year, month, day) nearest to ``other``, when it is within
    ``within`` days of it; those no calendar has (February 29 of another year, "dia 31"
    of a month of thirty days) are passed over."""
    best: date | None = None
    for year, month, day in told:
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs(found - other) < abs(best - other):
            best = found
    if best is None or abs(best - other) > timedelta(days=within):
        return None
    return best


def is_told_day(m: Mention) -> bool:
    """``m`` is a day told by its relation to the article's date ("Wednesday")."""
    return is_date_key(m.key) and _DAY.fullmatch(m.surface.lower()) is not None


def shown(m: Mention) -> str:
    """A date as a reader checks it: a told day with its date, "Wednesday (June 19)"."""
    if not is_told_day(m):
        return m.surface
    month, day = int(m.key[5:7]), int(m.key[8:10])
    return f"{m.surface} ({date(2000, month, day):%B} {day})"
