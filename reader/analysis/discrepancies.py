"""Discrepancies: linked passages that state the same fact with different values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.features import CURRENCIES, Mention, UnitFeatures
from reader.analysis.lexicon import REPORTING, WEEKDAYS
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


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: DiscrepancyKind
    a: Mention
    b: Mention
    detail: str


def conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Dates of the same month with different days; counts of the same thing that differ."""
    out: list[Conflict] = []
    keys_a, keys_b = fa.number_keys, fb.number_keys
    dates_a = [m for m in fa.numbers if m.kind == "date" and m.key.startswith("date:")]
    dates_b = [m for m in fb.numbers if m.kind == "date" and m.key.startswith("date:")]
    for da in dates_a:
        if da.key in keys_b:
            continue
        for db in dates_b:
            if db.key in keys_a:
                continue
            if da.key[5:7] == db.key[5:7]:
                out.append(Conflict(DiscrepancyKind.DATE, da, db, f"{da.surface} vs {db.surface}"))
    out.extend(_weekday_conflicts(fa, fb, bool(dates_a or dates_b)))
    nums_a = [m for m in fa.numbers if m.kind == "number" and m.unit_word]
    nums_b = [m for m in fb.numbers if m.kind == "number" and m.unit_word]
    for na in nums_a:
        same_unit = [
            nb
            for nb in nums_b
            if nb.unit_word == na.unit_word
            and _comparable(na, nb)
            and _same_selection(fa, na) == _same_selection(fb, nb)
            and _cumulative(fa) == _cumulative(fb)
        ]
        if not same_unit or any(nb.key == na.key for nb in same_unit):
            continue
        for nb in same_unit:
            if not any(x.key == nb.key and x.unit_word == nb.unit_word for x in nums_a):
                out.append(
                    Conflict(DiscrepancyKind.NUMBER, na, nb, f"{na.surface} vs {nb.surface}")
                )
    return out


def _weekday_conflicts(fa: UnitFeatures, fb: UnitFeatures, dated: bool) -> list[Conflict]:
    """Two linked sentences that each put what they tell on one weekday, and not the same
    ("spotted the boats at 9:25 Thursday morning" vs "foiled the attack on Friday"). A
    weekday of reporting ("state media said Thursday") is when it was told, not when it
    happened, and a sentence with a date is judged by its date."""
    days_a, days_b = _event_weekdays(fa), _event_weekdays(fb)
    if dated or len(days_a) != 1 or len(days_b) != 1 or days_a[0].key == days_b[0].key:
        return []
    if _WEEKDAY.findall(fa.unit.text.lower()) != [days_a[0].key[8:]]:
        return []  # another weekday of A's (told when) may be B's
    if _WEEKDAY.findall(fb.unit.text.lower()) != [days_b[0].key[8:]]:
        return []
    a, b = days_a[0], days_b[0]
    return [Conflict(DiscrepancyKind.DATE, a, b, f"{a.surface} vs {b.surface}")]


def _event_weekdays(f: UnitFeatures) -> list[Mention]:
    """The weekdays a sentence names, less those of reporting ("said Thursday", "on
    Thursday reported") and those naming an occasion ("Friday's 88-72 setback")."""
    out: list[Mention] = []
    text = f.unit.text
    for m in _WEEKDAY.finditer(text.lower()):
        before = _WORDS.findall(text[max(0, m.start() - 25) : m.start()].lower())[-2:]
        follows = _FOLLOWING.match(text, m.end())
        after = follows.group(1).lower() if follows else ""
        if (
            any(w in REPORTING for w in before)
            or after in REPORTING
            or _OCCASION.match(text, m.end())
        ):
            continue
        span = Span(f.unit.span.start + m.start(), f.unit.span.start + m.end())
        out.append(Mention("date", f"weekday:{m.group()}", span, text[m.start() : m.end()]))
    return out


_FOLLOWING = re.compile(r"\s+([^\W\d_]+)")  # the next word, with no comma between
_OCCASION = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(WEEKDAYS)) + r")\b")
_SELECTORS = frozenset(
    "first next last final previous past other remaining additional another".split()  # noqa: SIM905
)
_RELATIVE = frozenset("before after ago later earlier".split())  # noqa: SIM905
_WORDS = re.compile(r"[^\W\d_]+")


def _same_selection(f: UnitFeatures, m: Mention) -> tuple[str, str]:
    """Which of the things counted a count takes: "the first two games" and "their next 23
    games" count different games, "nine days before" a distance, not a span. Returns the
    selecting word before the figure and the relative word after what it counts ('' when
    none); two counts compare only when these agree."""
    text = f.unit.text
    start, end = m.span.start - f.unit.span.start, m.span.end - f.unit.span.start
    before = _WORDS.findall(text[max(0, start - 20) : start])
    after = _WORDS.findall(text[end : end + 30])[1:2]  # the word after the counted one
    selector = before[-1].lower() if before and before[-1].lower() in _SELECTORS else ""
    relative = after[0].lower() if after and after[0].lower() in _RELATIVE else ""
    return selector, relative


_CUMULATIVE = re.compile(
    r"\b(?:total|overall|altogether|combined|cumulative|so far|in all|to date)\b", re.IGNORECASE
)


def _cumulative(f: UnitFeatures) -> bool:
    """The sentence counts over a whole ("a total of 14 rifles", "in their five operations so
    far", "a combined 157 games"): its counts do not compare with one occasion's."""
    return _CUMULATIVE.search(f.unit.text) is not None


def _comparable(a: Mention, b: Mention) -> bool:
    """Two amounts of money are one figure told differently only when within a factor of
    two ("$200 million" vs "$184 million", not the "$23 million" a season of the same
    deal); counts of a thing are compared whatever their values."""
    if a.unit_word not in CURRENCIES:
        return True
    x, y = float(a.key.split(":")[1]), float(b.key.split(":")[1])
    return min(x, y) > 0 and max(x, y) <= 2 * min(x, y)
