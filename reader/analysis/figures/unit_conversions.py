"""Figures told in two systems of units: "150 mph" and "240km/h", "12 feet" and "a
3.7-metre surge", "20 inches" and "500mm", "86 degrees Fahrenheit" and "30C", "940
millibars" and "940 hPa". A figure's unit is read from the words right after it (glued or
not); two measures of one dimension are one value when, converted, they lie within the
rounding each writer used (a figure ending in zeros may be rounded to its last non-zero
digit, by 5% of it at most: "240km/h" is 150 mph, 241.4 km/h, rounded). Kept to a handful
of common news units; a word that may mean another thing ("m" for million, "tons",
"degrees" alone) is none."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import converted_evidence, in_unit, three, with_name
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.rounded_figures import figure_place
from reader.analysis.figures.written_units import UNIT as _UNIT
from reader.analysis.figures.written_units import UNITS as _UNITS
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import STOPWORDS
from reader.analysis.words.stems import WORD, stem
from reader.model import Span

# two figures more than this far apart, beyond their rounding, differ
_APART = 0.05


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure with a unit: ``low`` .. ``high`` the values it may stand for, in the base
    unit of its ``dimension`` (the writer's rounding), ``unit`` the index of its unit."""

    mention: Mention
    dimension: str
    unit: int
    low: float
    high: float
    shown: str
    length: int = 0  # the characters spanned from the figure on, when not ``shown``'s

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2

    @property
    def span(self) -> Span:
        """The figure and its unit ("12 feet", "3.7-metre"), as ``shown``."""
        start = self.mention.span.start
        return Span(start, start + (self.length or len(self.shown)))


def measure(f: UnitFeatures, m: Mention, scale: int | None = None) -> Measure | None:
    """``m`` of ``f`` as a measure, when a known unit follows it; None else (or when it
    is a percentage, a currency or written in words). ``scale``: the temperature scale
    (an index in UNITS) of ``f``'s article, that "degrees" alone stand for ("highs near
    117 degrees" in a paper writing "117.1 degrees Fahrenheit": :func:`article_scale`).
    A temperature told above or below another ("5.5C above the July average", "10
    degrees warmer") is a difference of temperatures, converted without the scales'
    offset: 10 F-degrees are 5.6 C-degrees."""
    if m.kind != "number" or not m.key.startswith("num:"):
        return None
    end = m.span.end - f.unit.span.start
    if not m.surface[-1:].isdigit():
        return _part_of_a_point(f, m, end)
    found = _UNIT.match(f.unit.text, end) or _bare_degrees(f.unit.text, end, scale)
    length = 0
    if found is None:  # the first figure of a range: "30 to 40 km/h", "20-25 mph"
        other = _RANGE_END.match(f.unit.text, end)
        found = None if other is None else _UNIT.match(f.unit.text, other.end())
        length = len(m.surface)
    place = figure_place(m)
    if found is None or place is None:
        return None
    unit = scale if found.re is _DEGREES else int(str(found.lastgroup)[1:])
    if unit is None:
        return None
    dimension, size, offset = _UNITS[unit].dimension, _UNITS[unit].size, _UNITS[unit].offset
    if dimension == "temperature" and _difference(
        f.unit.text, m.span.start - f.unit.span.start, found.end()
    ):
        dimension, offset = "temperature difference", 0.0
    value = float(m.key[4:])
    slack = max(place / 2, min(_nonzero_place(value, place) / 2, abs(value) * 0.05))
    low, high = sorted(((value - slack) * size + offset, (value + slack) * size + offset))
    shown = f"{m.surface}{found.group()}"
    return Measure(m, dimension, unit, low, high, shown, length)


def _part_of_a_point(f: UnitFeatures, m: Mention, end: int) -> Measure | None:
    """A rate's move told as a part of a point in words ("a quarter point", "half a
    percentage point": reader.analysis.figures.worded_magnitudes) as a measure in
    percentage points, exact: "a quarter point" is "25 basis points"."""
    found = _POINT_AFTER.match(f.unit.text, end)
    if found is None:
        return None
    value = float(m.key[4:])
    return Measure(m, _POINTS.dimension, _POINTS_AT, value, value, m.surface + found.group(), 0)


# the point after a part of one in words: " point" of "a quarter point", " percentage
# point" of "half a percentage point", "-point" of "a quarter-point cut"
_POINT_AFTER = re.compile(r"[\s-]+(?:percentage[\s-]+)?points?(?![\w-])", re.IGNORECASE)
_POINTS_AT = next(i for i, unit in enumerate(_UNITS) if unit.word == "point")
_POINTS = _UNITS[_POINTS_AT]


# "degrees" alone after a figure ("highs near 117 degrees", "a 45-degree angle")
_DEGREES = re.compile(r"[\s-]degrees?(?![\w-])", re.IGNORECASE)
# what tells a temperature a difference of two, after it: "above the July average",
# "warmer than", "below normal", "a 3C rise"
_APART_FROM = re.compile(
    r"\s+(?:above|below|warmer|hotter|cooler|colder|higher|lower"
    r"|rise|drop|fall|increase|decrease|jump|swing)\b",
    re.IGNORECASE,
)
# ... or before it, a change by it: "rose by 3C", "up 5 degrees", "fell 4 degrees", "a
# drop of 7F" (not "rose to 45C", "up to 45C": a temperature reached)
_CHANGE_BY = re.compile(
    r"\b(?:(?:rose|rise|risen|rising|fell|fall|fallen|falling|dropped|drop|dropping|climbed"
    r"|climb|jumped|jump|increased|decreased|plunged|soared|warmed|cooled)(?:\s+by)?"
    r"|(?:up|down|by)|(?:rise|drop|fall|increase|decrease|jump|swing)\s+of)"
    r"\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def _difference(text: str, start: int, unit_end: int) -> bool:
    """The temperature starting at ``start`` of ``text`` (its unit ending at ``unit_end``)
    is a difference of two: told above or below another, or a change by it."""
    told_apart = _APART_FROM.match(text, unit_end) is not None
    return told_apart or _CHANGE_BY.search(text, max(0, start - 40), start) is not None


def _bare_degrees(text: str, end: int, scale: int | None) -> re.Match[str] | None:
    """ "degrees" alone right after a figure ending at ``end`` of ``text``, when its article
    has a ``scale`` they stand for; None else."""
    return None if scale is None else _DEGREES.match(text, end)


def article_scale(feats: Sequence[UnitFeatures]) -> int | None:
    """The temperature scale an article writes in (an index in UNITS): that of its first
    temperature written with one ("117.1 degrees Fahrenheit (47.3 Celsius)": Fahrenheit;
    "47.3C (117.1F)": Celsius), the conversion after it in brackets; None when it names
    none."""
    for f in feats:
        for x in measures(f):
            if x.dimension == "temperature":
                return x.unit
    return None


# the rest of a range after its first figure, up to the unit both share: " to 40" of "30
# to 40 km/h", "-25" of "20-25 mph" (not "30 miles and 40", "3 to 4.5 million")
_RANGE_END = re.compile(r"(?:\s(?:to|and)\s|\s?[-–]\s?)\d[\d,]*(?:\.\d+)?(?=[\s-]?[^\W\d])")


def unit_after(f: UnitFeatures, m: Mention, scale: int | None = None) -> str:
    """The unit written right after figure ``m`` of ``f``, as written (" feet" of "12
    feet", "-metre" of "3.7-metre", "mm" of "500mm", " degrees" in an article writing in
    ``scale``); '' when no known unit follows it (:func:`measure`)."""
    x = measure(f, m, scale)
    return "" if x is None or x.length else x.shown[len(m.surface) :]


def _nonzero_place(value: float, place: float) -> float:
    """The place of the last digit of ``value`` that is not a zero ("240": 10)."""
    if value == 0:
        return place
    while place * 10 <= abs(value) and math.isclose(
        round(value / (place * 10)) * place * 10, value, rel_tol=1e-9
    ):
        place *= 10
    return place


def converted(a: Measure, b: Measure) -> bool | None:
    """``a`` and ``b`` told in two units of one dimension: True when they may be one
    value (within the rounding of each), False when they differ by more than 5% beyond
    it, None else, or when they cannot be compared (another dimension, or the same unit:
    compared as figures are)."""
    if a.dimension != b.dimension or a.unit == b.unit:
        return None
    if a.low <= b.high and b.low <= a.high:
        return True
    gap = max(a.low, b.low) - min(a.high, b.high)
    return False if gap > _APART * max(abs(a.middle), abs(b.middle)) else None


def measures(
    f: UnitFeatures, taken: Collection[Span] = (), scale: int | None = None
) -> list[Measure]:
    """The measures of ``f``, but for the figures ``taken``; "degrees" alone in
    ``scale`` (:func:`measure`)."""
    out = (measure(f, m, scale) for m in f.numbers if m.span not in taken)
    return [x for x in out if x is not None]


def same_unit(a: Measure, b: Measure) -> bool:
    """``a`` and ``b`` are told in one unit, however spelt ("120Hz" and "120 times a
    second"): nothing to convert."""
    return _UNITS[a.unit][1:] == _UNITS[b.unit][1:]


def converted_label(a: Measure, b: Measure) -> str:
    """The evidence of two measures matched as one value told in two units, with what
    ``a`` comes to in ``b``'s unit: "35 km ≈ 22 miles (converted: 35 km is 21.7
    miles)"."""
    return converted_evidence(a.shown, b.shown, comes_to(a, b))


def comes_to(a: Measure, b: Measure) -> str:
    """What measure ``a`` comes to in ``b``'s unit, each in its unit's readable name:
    "35 km is 21.7 miles", "3.7 metres is 12.1 feet", "86°F is 30.0°C" (a temperature to
    one decimal; a difference of two converted without the scales' offset, "a difference
    of 10°F is 5.6°C")."""
    unit_a, unit_b = _UNITS[a.unit], _UNITS[b.unit]
    offset = 0.0 if a.dimension == "temperature difference" else unit_b.offset
    value = (a.middle - offset) / unit_b.size / unit_b.prefix
    figure = a.mention.surface
    if not figure[-1:].isdigit():  # "a quarter" point: its value
        figure = three(a.middle / unit_a.size / unit_a.prefix)
    temperature = a.dimension.startswith("temperature")
    told = f"{with_name(figure, unit_a)} is {in_unit(value, b.unit, temperature)}"
    # "10 degrees above normal": not 10°F, a temperature of -12.2°C
    return f"a difference of {told}" if a.dimension == "temperature difference" else told


def converted_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each figure of A and figure of B, in linked sentences, one value told in two
    units, neither already matched, with the evidence saying so ("degrees" alone in the
    scale each article writes in: "116.4 degrees" and "46.9C" in a paper writing "117.1
    degrees Fahrenheit")."""
    scale_a, scale_b = article_scale(linked.fa), article_scale(linked.fb)
    for i, js in linked.partners_of_a.items():
        own = measures(linked.fa[i], linked.taken_a, scale_a)
        if not own:
            continue
        for j in js:
            for mb in measures(linked.fb[j], linked.taken_b, scale_b):
                for ma in own:
                    if converted(ma, mb):
                        yield ma.mention, mb.mention, converted_label(ma, mb)


def unit_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> Iterator[tuple[Measure, Measure]]:
    """The measures of two linked sentences that differ, once converted: of a dimension
    each sentence tells one value of (a figure and its conversion in brackets are one),
    in two units, told of a shared word of their clauses ("A gust of 130 mph was
    recorded" / "A gust of 240km/h was recorded"), none of one side agreeing with one of
    the other, nor written with the very figure the other gives."""
    by_a, by_b = _values(measures(fa)), _values(measures(fb))
    for dimension, xs in by_a.items():
        ys = by_b.get(dimension, [])
        if any(x.mention.key in fb.number_keys for x in xs) or any(
            y.mention.key in fa.number_keys for y in ys
        ):
            continue  # "13 nautical miles (about 24km)" / "some 13 miles": the same figure
        verdicts = [(converted(x, y), x, y) for x in xs for y in ys]
        if any(v for v, _, _ in verdicts):
            continue
        for v, x, y in verdicts:
            if v is False and _told_of_one(fa, x, fb, y):
                yield x, y
                break


def _told_of_one(fa: UnitFeatures, x: Measure, fb: UnitFeatures, y: Measure) -> bool:
    """``x`` and ``y`` told of one thing: the words just around them (three before, two
    after the unit; no unit, no stopword) share one ("A gust of 130 mph was recorded" /
    "A gust of 240km/h was recorded"; not "13 nautical miles (about 24km) from the cargo
    ship" / "around 150 nautical miles east of Aden")."""
    return bool(_around(fa, x) & _around(fb, y))


def _around(f: UnitFeatures, x: Measure) -> set[str]:
    text, base = f.unit.text, f.unit.span.start
    start = x.mention.span.start - base
    end = x.span.end - base
    before = [w.group() for w in WORD.finditer(text, max(0, start - 40), start)][-3:]
    after = [w.group() for w in WORD.finditer(text, end, end + 30)][:2]
    return {
        stem(w.lower())
        for w in (*before, *after)
        if w.lower() not in STOPWORDS and w.lower() not in _UNIT_PARTS and not _UNIT.fullmatch(w)
    }


# words of a unit of several words, which tell nothing measured
_UNIT_PARTS = frozenset("nautical square sq per an hour degree degrees".split())  # noqa: SIM905


def _values(found: list[Measure]) -> dict[str, list[Measure]]:
    """The measures of each dimension telling one value (any two of them may be one); a
    dimension told of two values is left out."""
    by: dict[str, list[Measure]] = {}
    for x in found:
        by.setdefault(x.dimension, []).append(x)
    return {
        d: xs
        for d, xs in by.items()
        if all(x.low <= y.high and y.low <= x.high for x in xs for y in xs if x.unit != y.unit)
        and len({(x.unit, x.mention.key) for x in xs}) == len({x.unit for x in xs})
    }
