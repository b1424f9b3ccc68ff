"""The occasion a figure's clause tells: another one than the article's, a past one by its
year, the article's own day, or none told.

An article often recalls an earlier occasion's toll beside the event's: "It was the
deadliest accident since 2016, when an explosion at the BASF plant killed five people",
"A similar explosion in 2016 killed five", "Two years ago, a fire at the same plant killed
five". Such a toll is not the event's ("Fourteen people were killed on Tuesday"), so the
two are no discrepancy (:func:`one_occasion_told`). What each figure's clause tells
(:func:`told_occasion`):

- **another** occasion than the one reported: a clause hung on a past time ("since 2016,
  when ...", "in 2016, when ...", "seit 2016, als", "depuis 2016, lorsque", "desde 2016,
  cuando"), or told of one like it ("a similar explosion", "the last such blast", "a
  previous fire", "une explosion similaire", "eine ähnliche Explosion");
- a **past** occasion by its time: a year ("in 2016", "a 2016 explosion", "in March
  2021", "the 2008 Mumbai attacks"; not "the deadliest since 2016", "more than in 2016"),
  or a time before now ("two years ago", "last year", "vor zwei Jahren", "il y a deux
  ans", "hace dos años");
- **now**, the article's own time: a weekday, "today", "yesterday", a date with no year;
  the year of the article's date ("The 2026 flood" in an article of June 3, 2026), or
  "this year" ("dieses Jahr", "cette année", "este año"), unless the clause tells another
  time of that year ("in March 2026", "earlier this year", "Anfang des Jahres": another
  occasion). An article without a date has no year of its own: its years are past ones,
  and "this year" tells no time.

A figure with no subject in its clause ("The last such blast, in 2016, killed five") is
read with its subject's clause and the short time set off between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.mention import Mention
from reader.analysis.times.date_keys import is_date_key
from reader.analysis.words.clause_marks import CLAUSE_MARK
from reader.analysis.words.lexicon import IRREGULAR_VERBS, WEEKDAYS
from reader.ingest.calendar_words import ENGLISH_MONTHS, OTHER_WEEKDAYS, months_of
from reader.lazy_regex import LazyPattern

ANOTHER = "another"
PAST = "past"
NOW = "now"


@dataclass(frozen=True)
class ToldOccasion:
    """The occasion a figure's clause tells (ANOTHER, PAST, NOW or '' when none) and the
    years it tells it by."""

    kind: str
    years: frozenset[str] = frozenset()


def one_occasion_told(a: ToldOccasion, b: ToldOccasion) -> bool:
    """Figures told with occasions ``a`` and ``b`` may be of one occasion: not of two
    years, nor another occasion's against one told with none or with the article's day,
    nor a past one's against the article's day, unless both tell one year (the year of
    one article's date, "the 2026 flood", told by the other, undated)."""
    if a.years and b.years and not a.years & b.years:
        return False
    kinds = {a.kind, b.kind}
    if ANOTHER in kinds:
        return kinds <= {ANOTHER, PAST}
    return bool(a.years & b.years) or kinds != {PAST, NOW}


def told_occasion(f: UnitFeatures, m: Mention) -> ToldOccasion:
    """The occasion figure ``m`` of sentence ``f`` is told of, as the module says."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before, after = figure_clause(text, start, end)
    language = f.language if f.language in _ANOTHER else None
    opening = start - len(before)
    hung = bool(_HUNG_CLAUSE[language].match(before) or _HUNG_CLAUSE[None].match(before))
    read = [*_read_with(text[:opening], hung, before, language), (opening, end + len(after))]
    clause = " ".join(text[left:right] for left, right in read)
    years = frozenset().union(*(_past_years(f, m, left, right) for left, right in read))
    if (hung and len(read) > 1) or _ANOTHER[language].search(clause):
        return ToldOccasion(ANOTHER, years)
    if _ANOTHER[None].search(clause):
        return ToldOccasion(ANOTHER, years)
    own = _own_year(f)
    if _EARLIER_THIS_YEAR.search(clause) or (years & own and _another_month(f, read)):
        return ToldOccasion(ANOTHER, years | own)  # "earlier this year", "in March 2026"
    if years - own or _PAST[language].search(clause) or _PAST[None].search(clause):
        return ToldOccasion(PAST, years)
    if years or (own and _THIS_YEAR.search(clause)):
        return ToldOccasion(NOW, own)  # "the 2026 flood" in an article of 2026, "this year"
    if any(_now(f, text[left:right], left, right) for left, right in read):
        return ToldOccasion(NOW)
    return ToldOccasion("")


def _own_year(f: UnitFeatures) -> frozenset[str]:
    """The key of the year of ``f``'s article's date, none when it has no date."""
    return frozenset() if f.published is None else frozenset({f"year:{f.published.year}"})


def _another_month(f: UnitFeatures, read: list[tuple[int, int]]) -> bool:
    """A month of the article's year other than its date's is told in the stretches
    ``read`` of ``f``'s text ("In March 2026", "im März 2026", "en marzo de 2026" in an
    article of June 3, 2026)."""
    if f.published is None:
        return False
    text, base = f.unit.text, f.unit.span.start
    months = {**ENGLISH_MONTHS, **months_of(f.language or "")}
    for y in f.numbers:
        at = y.span.start - base
        if y.key != f"year:{f.published.year}" or not any(a <= at < b for a, b in read):
            continue
        word = _MONTH_BEFORE.search(text, max(0, at - 16), at)
        month = months.get(word.group(1).lower()) if word is not None else None
        if month is not None and month != f.published.month:
            return True
    return False


def _read_with(head: str, hung: bool, before: str, language: str | None) -> list[tuple[int, int]]:
    """The stretches of ``head`` (the sentence before the figure's clause, which opens with
    ``before``, with "when" when ``hung``) the clause is read with: the past time a clause
    opening with "when" hangs on ("since 2016, when ..."); or, when the clause has no
    subject ("..., killed five"), its subject's clause, and a short time set off between
    them ("The last such blast, in 2016, killed five"; not a relative clause, "The blast,
    which happened in 2026, killed 12"); or the sentence's opener before its one comma, of
    six words at most ("Il y a deux ans, un incendie ...")."""
    commas = [mk.start() for mk in CLAUSE_MARK.finditer(head) if mk.group().strip() == ","]
    if not commas:
        return []
    last = head[: commas[-1]]
    if hung:
        time = _TIME_AT_END[language].search(last) or _TIME_AT_END[None].search(last)
        return [(time.start(), time.end())] if time is not None else []
    if not _NO_SUBJECT.match(before) or not _a_verb(before.split()[0]):
        # a time opening the sentence, longer than figure_clause reads ("Il y a deux ans,")
        opener = len(commas) == 1 and len(last.split()) <= _OPENER_WORDS
        return [(0, commas[0])] if opener else []
    aside = commas[-2] + 1 if len(commas) > 1 else 0
    if not aside:
        return [(0, commas[-1])]
    subject = commas[-3] + 1 if len(commas) > 2 else 0
    piece = last[aside:]
    if _RELATIVE.match(piece):
        return [(subject, aside)]
    if len(piece.split()) <= _SHORT_TIME_WORDS:
        return [(subject, commas[-1])]  # "The last such blast, in 2016, killed five"
    return [(aside, commas[-1])]


_RELATIVE = LazyPattern(
    r"\s*(?:which|who|that|welche[rs]?|der|die|das|qui|que|lequel|laquelle|que|quien|cual)\b",
    re.IGNORECASE,
)
_SHORT_TIME_WORDS = 4
_OPENER_WORDS = 6
# a clause opening with a small verb and no subject ("..., killed five people")
_NO_SUBJECT = LazyPattern(r"\s*[a-zäöüéèàáíóú]+\s+(?:[\w-]+\s+)?$")


def _a_verb(word: str) -> bool:
    """``word`` is a verb in the past ("killed", "left", "tötete", "a tué" is not read)."""
    low = word.lower()
    return low.endswith("ed") or low in IRREGULAR_VERBS or low.endswith(("te", "ten"))


def _words(*alternatives: str) -> LazyPattern:
    """Any of ``alternatives`` as whole words."""
    return LazyPattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_YEAR = r"(?:1[89]|20)\d\d"
# a clause opening with "when" right after a comma, hung on the time before it
_HUNG_CLAUSE = {
    None: LazyPattern(r"\s*(?:when|as)\b", re.IGNORECASE),
    "German": LazyPattern(r"\s*als\b", re.IGNORECASE),
    "French": LazyPattern(r"\s*(?:quand|lorsqu['’]?|lorsque)", re.IGNORECASE),
    "Spanish": LazyPattern(r"\s*cuando\b", re.IGNORECASE),
}
# a past time ending the text before such a clause: "since 2016", "in March 2021", "two
# years ago"
_TIME_AT_END = {
    None: LazyPattern(
        rf"(?:\b(?:since|in)\s+(?:[A-Z][a-z]+\s+)?{_YEAR}|\b\w+\s+years?\s+ago|\blast\s+year)\s*$",
        re.IGNORECASE,
    ),
    "German": LazyPattern(
        rf"(?:\b(?:seit|im\s+Jahr)\s+(?:[A-ZÄÖÜ][a-zäöü]+\s+)?{_YEAR}|\bvor\s+\w+\s+Jahren)\s*$",
        re.IGNORECASE,
    ),
    "French": LazyPattern(
        rf"(?:\b(?:depuis|en)\s+(?:\w+\s+)?{_YEAR}|\bil\s+y\s+a\s+\w+\s+ans)\s*$", re.IGNORECASE
    ),
    "Spanish": LazyPattern(
        rf"(?:\b(?:desde|en)\s+(?:\w+\s+(?:de\s+)?)?{_YEAR}|\bhace\s+\w+\s+años)\s*$",
        re.IGNORECASE,
    ),
}
# an occasion like the one reported, told as another: "a similar explosion", "the last
# such blast", "a previous fire"
_ANOTHER = {
    None: _words(
        r"(?:a|an|the)\s+(?:similar|previous|prior)",
        r"(?:the\s+)?last\s+such",
        r"(?:a|an)\s+[a-z]+\s+similar",
    ),
    "German": _words(
        r"(?:eine?[mnrs]?|de[mnrs]|die|das)\s+(?:ähnlichen?|früheren?|vorherigen?)"
        r"(?:\s+\w+)?",
        r"(?:de[rnm]|die|das)\s+letzten?\s+(?:solchen?|derartigen?)",
    ),
    "French": _words(
        r"(?:une?|la|le)\s+\w+\s+(?:similaire|semblable|comparable)",
        r"(?:une?|la|le)\s+semblable",
        r"(?:la|le)\s+derni(?:er|ère)\s+\w+\s+de\s+ce\s+(?:type|genre)",
    ),
    "Spanish": _words(
        r"(?:un|una|el|la)\s+\w+\s+(?:similar|parecid[oa])",
        r"(?:el|la)\s+últim[oa]\s+\w+\s+de\s+este\s+tipo",
    ),
}
# a time before now in the figure's clause: "two years ago", "last year"
_PAST = {
    None: _words(r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+ago",
                 r"last\s+year"),
    "German": _words(r"vor\s+(?:einem|\w+)\s+Jahre?n?", r"(?:im\s+)?(?:vergangenen|letzten)\s+Jahr",
                     r"im\s+Vorjahr"),
    "French": _words(r"il\s+y\s+a\s+(?:un|\w+)\s+ans?", r"l['’]an\s+(?:dernier|passé)",
                     r"l['’]année\s+(?:dernière|passée)"),
    "Spanish": _words(r"hace\s+(?:un|\w+)\s+años?", r"el\s+año\s+pasado"),
}  # fmt: skip
# a time earlier in the article's own year: another occasion than the one reported
_EARLIER_THIS_YEAR = _words(
    r"earlier\s+(?:this|in\s+the)\s+year",
    r"(?:Anfang|Beginn|zu\s+Beginn)\s+(?:dieses|des)\s+Jahres",
    r"zu\s+Jahresbeginn",
    r"früher\s+in\s+diesem\s+Jahr",
    r"plus\s+tôt\s+(?:cette\s+année|dans\s+l['’]année)",
    r"(?:au|en)\s+début\s+(?:de\s+l['’]année|d['’]année|de\s+cette\s+année)",
    r"a\s+(?:principios|comienzos|inicios)\s+de(?:\s+este|l)\s+año",
    r"(?:más\s+temprano|antes)\s+este\s+año",
)
# a month's name right before a year: "March 2026", "Mar. 2026", "marzo de 2026"
_MONTH_BEFORE = LazyPattern(r"([^\W\d_]+)\.?\s+(?:(?:de|of)\s+)?$")
# the article's own year: "this year", "dieses Jahr", "cette année", "este año"
_THIS_YEAR = _words(
    r"this\s+year(?:['’]s)?",
    r"(?:dieses|diesem)\s+Jahr(?:es)?",
    r"diesjährige[mnrs]?",
    r"cette\s+année",
    r"este\s+año",
)
# words before a year that make it the time the figure is measured against, not its own:
# "the deadliest since 2016", "more than in 2016", "until 2016"
_YEAR_AS_MEASURE = LazyPattern(
    r"(?<!\w)(?:since|than|than\s+in|until|till|before|after|by|seit|bis|vor|nach|depuis"
    r"|que|qu['’]en|que\s+en|jusqu['’]en|avant|après|desde|hasta|antes\s+de|después\s+de)"
    r"\s+$",
    re.IGNORECASE,
)
# the article's own day: "today", "yesterday", "this morning"
_TODAY = _words(
    r"today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)",
    r"heute|gestern|aujourd['’]hui|hier|hoy|ayer",
)
_DAY_WORDS = frozenset(WEEKDAYS) | OTHER_WEEKDAYS
_WORD = LazyPattern(r"[^\W\d_]+")


def _past_years(f: UnitFeatures, m: Mention, left: int, right: int) -> frozenset[str]:
    """The years told in ``f``'s text between ``left`` and ``right`` (offsets of its text)
    other than ``m``: not in a date with a day ("March 4, 2026"), nor one a figure is
    measured against ("since 2016")."""
    text, base = f.unit.text, f.unit.span.start
    out = set()
    for y in f.numbers:
        at = y.span.start - base
        if y is m or y.kind != "year" or not left <= at < right:
            continue
        if any(is_date_key(d.key) and d.span.start <= y.span.start < d.span.end
               for d in f.numbers):  # fmt: skip
            continue
        if _YEAR_AS_MEASURE.search(text, max(0, at - 12), at):
            continue
        out.add(y.key)
    return frozenset(out)


def _now(f: UnitFeatures, clause: str, left: int, right: int) -> bool:
    """The clause tells the article's own day: a weekday, "today", "yesterday", or a date
    with no year ("on March 4")."""
    if _TODAY.search(clause) or any(w.lower() in _DAY_WORDS for w in _WORD.findall(clause)):
        return True
    base = f.unit.span.start
    return any(
        is_date_key(d.key) and left <= d.span.start - base < right and not _has_year(f, d)
        for d in f.numbers
    )


def _has_year(f: UnitFeatures, d: Mention) -> bool:
    return any(y.kind == "year" and d.span.start <= y.span.start < d.span.end for y in f.numbers)
