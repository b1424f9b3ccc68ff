"""The moment a running figure is told as standing by ("By Tuesday, 12 people had died",
"as of Friday night, 40 were dead", "the toll had reached 58 by 3 p.m.").

A toll, a count of the missing or of homes flooded rises as the days pass, and each report
gives it as it stood by its own moment: "By Tuesday, 12 people had died" in Wednesday's
paper and "By Friday, 40 people had died" in Saturday's are both right. Two figures told
by two different moments are not the same figure; two told by one moment, or one told
without a moment, still compare (reader.analysis.conflicts.count_conflicts).

A moment is read after "by", "as of", "until" or "through" in the figure's clause (with
the sentence's short opener, reader.analysis.figures.earlier_occasions.figure_clause): a
weekday with its part of the day ("Tuesday night"), a date ("June 3", "3 June"), a time
of day ("midday", "nightfall", "3 p.m.") or the end of a day or week. A weekday the
article's date makes a date (reader.analysis.times.told_days) is that date, so that
"by Tuesday" in Wednesday's paper and "by June 2" in another are one moment.
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.ingest.calendar_words import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, alternation
from reader.lazy_regex import LazyPattern

_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_TIME_OF_DAY = (
    r"(?:midday|noon|midnight|mid-?morning|dawn|daybreak|nightfall|dusk|sunset|sunrise"
    r"|(?:(?:early|late|mid-?)\s*|the\s+)?(?:morning|afternoon|evening)"
    r"|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?"
    r"|the\s+end\s+of\s+(?:the\s+)?(?:day|week|weekend))"
)
_DAYS = alternation(frozenset(ENGLISH_WEEKDAYS))
_WEEKDAY = rf"(?:(?:late|early)\s+)?(?P<day>{_DAYS}){_PART_OF_DAY}"
_MONTHS = alternation(frozenset(ENGLISH_MONTHS))
_DATE = rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?!\d)|\d{{1,2}}\s+(?:{_MONTHS})\b)"
_BY_MOMENT = LazyPattern(
    rf"(?<!\w)(?:by|as\s+of|until|through)\s+(?:(?:late|early)\s+)?"
    rf"(?P<moment>{_WEEKDAY}|{_DATE}|{_TIME_OF_DAY})(?!\w)",
    re.IGNORECASE,
)


def moment_told(f: UnitFeatures, m: Mention) -> str | None:
    """The moment figure ``m`` of sentence ``f`` is told as standing by, in its clause
    ("By Tuesday, 12 people had died": "tuesday", or the date the article's date makes
    it), None when its clause tells none."""
    found = _moment(f, m)
    if found is None:
        return None
    base, day_start = f.unit.span.start, found.start("day")
    if day_start >= 0:
        for d in f.days:
            if d.span.start - base <= day_start < d.span.end - base:
                return d.key
    return " ".join(found.group("moment").lower().replace(".", "").split())


def _moment(f: UnitFeatures, m: Mention) -> re.Match[str] | None:
    """Where the moment figure ``m`` is told by stands in its clause, or None."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    left = start - len(before)
    found = _BY_MOMENT.search(text, left, end + len(after))
    if found is None:
        # a longer opener of the sentence: "By the end of the week, 12 people had died"
        opening = _BY_MOMENT.match(text, len(text) - len(text.lstrip()))
        if opening is not None and text[opening.end() : left].strip() in ("", ","):
            return opening
    return found


def moments_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Figures ``na`` and ``nb`` are each told as standing by a moment, and the two
    moments differ ("By Tuesday, 12 had died" and "By Friday, 40 had died")."""
    a, b = moment_told(fa, na), moment_told(fb, nb)
    return a is not None and b is not None and a != b


def moment_of_a_figure(f: UnitFeatures, when: Mention) -> bool:
    """The day, date or time ``when`` of sentence ``f`` is the moment one of its counts
    is told as standing by ("By Tuesday, 12 people had died"): it tells when the count
    was taken, not when anything happened, and two such moments differ as the reports'
    days do."""
    base = f.unit.span.start
    for m in f.numbers:
        if m.kind == "date" or m.span.start <= when.span.start < m.span.end:
            continue
        found = _moment(f, m)
        if found is not None and found.start("moment") <= when.span.start - base < found.end():
            return True
    return False
