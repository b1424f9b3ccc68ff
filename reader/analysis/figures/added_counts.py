"""Figures that add up: one sentence counts a group whole, the other in two parts.

"The Indian navy has captured 23 Somalian pirates" and "The apprehended included 12
Somalis and 11 Yemenis" tell one fact (12 + 11 = 23), yet share no word, name or figure,
so neither similarity source links them. "1,247 animal and 747 plant species" and "The
law protects 1,400 species" count one list of species whole and in parts (and disagree).

:func:`sum_pairs` finds such pairs of units, for a bonus to their similarity
(``reader.analysis.pair_analysis``): evidence that the two sentences tell the same
count, never a link on its own (the bonus is below the link floor). Precision first:

- the parts are two to MAX_PARTS counts listed together ("12 Somalis and 11 Yemenis",
  "4 Kenyans, 3 Somalis and 2 Britons", "12 killed, 11 injured", "12 morts et 11
  blessés", "12 Tote und 11 Verletzte", "12 muertos y 11 heridos", "12 morti e 11
  feriti", "12 mortos e 11 feridos"); two parts each at least MIN_PART, their sum at
  least MIN_WHOLE ("1 and 1" against "2" is no evidence); three or more each at least
  MIN_PART_OF_MANY (three figures adding up to a fourth are evidence however small, one
  "one" among them less so);
- the parts and the whole count one thing: people of any kind ("pirates", "Somalis",
  "killed", "victims", "casualties", "foreigners", "Tote", "blessés") on all of them, or
  the same noun ("747 plant species" and "1,400 species"), the parts before the last
  counting it too or only naming a kind of it ("1,247 animal");
- the whole is the sum, or, for a noun other than people, lies between the larger part
  and the sum (a list counted whole one way and in parts another: the discrepancy a
  reader wants to see).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS
from reader.analysis.figures.counted_parts import (
    compound_of,
    elided_compound,
    kinds_after_noun,
    same_thing,
)
from reader.analysis.figures.fates import toll_noun
from reader.analysis.mention import Mention
from reader.analysis.names.cased_nationalities import names_nationality
from reader.analysis.words.lexicon import PEOPLE_WORDS

# added to the contextual similarity of such a pair (already scoring above 0): below the
# link floor (0.16, 0.17 with the sentence model), so never a link on its own
SUM_BONUS = 0.12
MIN_PART = 3
MIN_WHOLE = 10
MIN_PART_OF_MANY = 2
MAX_PARTS = 5
PEOPLE = "people"

# the word a figure counts, as written: "12 Somalis", "three other rifles"
_WORD = r"[^\W\d_][\w'-]*"
_COUNTED = re.compile(rf"\s+(?:(?:other|more|autres|weitere|otros|altri|outros)\s+)?({_WORD})")
# between two parts: the first's counted word (and at most one more), then a comma or
# "and" in the six languages
_JOINED = re.compile(
    rf"\s+(?:(?:other|more)\s+)?{_WORD}(?:\s+{_WORD})?\s*(?:,\s*(?:(?:and|et|und|y|e)\s+)?"
    r"|(?:and|et|und|y|e)\s+)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Count:
    value: float
    kind: str  # PEOPLE, or the stem of what is counted
    word: str  # the word after the figure, as written, lower case
    surface: str  # the figure as written


def _value(m: Mention) -> float | None:
    if m.kind != "number" or not m.key.startswith("num:"):
        return None
    try:
        return float(m.key[4:])
    except ValueError:
        return None


def _count(f: UnitFeatures, m: Mention) -> _Count | None:
    """The figure ``m`` with what it counts, or None for no count or nothing counted."""
    value = _value(m)
    if value is None or m.qualifier:
        return None
    after = _COUNTED.match(f.unit.text, m.span.end - f.unit.span.start)
    written = after.group(1) if after is not None else ""
    word = written.lower()
    if _people(m.unit_word, written):
        return _Count(value, PEOPLE, word, m.surface)
    if not m.unit_word:
        return None
    return _Count(value, m.unit_word, word, m.surface)


def _people(unit_word: str, written: str) -> bool:
    """A count of people: English unit words (stems) of persons, tolls and nationalities,
    or nouns of people as ``written`` after the figure."""
    if unit_word and (same_thing(unit_word, "peopl") or unit_word in PEOPLE_UNITS):
        return True
    if names_nationality(written):
        return True  # "Somalis", "Somalian" (as counted_parts reads them), not "poles"
    word = written.lower()
    return word in PEOPLE_WORDS or bool(toll_noun(word))


def counts_people(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` of ``f``'s sentence counts people ("23 pirates", "12 Somalis", "12
    Tote", "28 personnes")."""
    c = _count(f, m)
    return c is not None and c.kind == PEOPLE


def wholes(f: UnitFeatures) -> list[_Count]:
    """The counts of ``f``'s sentence that may be a whole (of people, or of a noun)."""
    out = []
    for m in f.numbers:
        c = _count(f, m)
        if c is not None:
            out.append(c)
    return out


@dataclass(frozen=True, slots=True)
class _Sum:
    parts: tuple[_Count, ...]  # in reading order
    kind: str  # PEOPLE, or the stem of the noun the parts count
    compound: bool = False  # the noun is a German compound's head ("Tier- und Pflanzenarten")

    @property
    def total(self) -> float:
        return sum(c.value for c in self.parts)


def sums(f: UnitFeatures) -> list[_Sum]:
    """Two to MAX_PARTS counts of ``f``'s sentence listed together as parts of one
    thing: each run of counts listed together ("4 Kenyans, 3 Somalis and 2 Britons"),
    and each stretch of it ("12 killed, 11 injured and 5 missing" holds "12 killed, 11
    injured")."""
    out = []
    for run in _listed(f):
        for size in range(2, min(len(run), MAX_PARTS) + 1):
            for k in range(len(run) - size + 1):
                stretch = run[k : k + size]
                counts = [_count(f, m) for m in stretch]
                if all(c is not None for c in counts):
                    parts = tuple(c for c in counts if c is not None)
                    if not _evidence(parts):
                        continue
                    if kinds_after_noun(f, stretch):  # "1 247 espèces animales et 747 végétales"
                        out.append(_Sum(parts, parts[0].kind))
                    elif elided_compound(f, stretch):  # "1.247 Tier- und 747 Pflanzenarten"
                        out.append(_Sum(parts, parts[-1].kind, compound=True))
                    elif _one_thing(parts):
                        out.append(_Sum(parts, parts[-1].kind))
    return out


def _listed(f: UnitFeatures) -> list[list[Mention]]:
    """The figures of ``f``'s sentence in runs listed together (a comma or "and" after
    each one's counted word)."""
    numbers = sorted((m for m in f.numbers if _value(m) is not None), key=lambda m: m.span.start)
    base = f.unit.span.start
    runs: list[list[Mention]] = []
    for m in numbers:
        prev = runs[-1][-1] if runs else None
        if prev is not None and _JOINED.fullmatch(
            f.unit.text, prev.span.end - base, m.span.start - base
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [run for run in runs if len(run) > 1]


def _evidence(parts: tuple[_Count, ...]) -> bool:
    """The figures are large enough for their sum to tell anything: two parts each at
    least MIN_PART and together at least MIN_WHOLE, more each at least MIN_PART_OF_MANY."""
    if len(parts) == 2:
        return min(c.value for c in parts) >= MIN_PART and sum(c.value for c in parts) >= MIN_WHOLE
    return min(c.value for c in parts) >= MIN_PART_OF_MANY


def _one_thing(parts: tuple[_Count, ...]) -> bool:
    """Listed counts are parts of one thing: all people, or the same noun, or those
    before the last only name a kind of the last's noun ("1,247 animal and 747 plant
    species": a singular word after a plural figure)."""
    last = parts[-1]
    return all(
        c.kind == last.kind
        or (last.kind != PEOPLE and c.kind != PEOPLE and not c.word.endswith("s"))
        for c in parts[:-1]
    )


def adds_up(parts: _Sum, whole: _Count) -> bool:
    """``whole`` counts what ``parts`` count, and is their sum (or, for a noun other
    than people, lies between the larger part and the sum)."""
    if parts.kind != whole.kind and not (parts.compound and compound_of(parts.kind, whole.kind)):
        return False
    if whole.value == parts.total:
        return True
    larger = max(c.value for c in parts.parts)
    return whole.kind != PEOPLE and larger < whole.value < parts.total


def sum_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> dict[tuple[int, int], tuple[str, ...]]:
    """The unit pairs (i, j) of which one counts whole what the other counts in parts,
    each with the figures of A's sentence that tell it (the whole, or the parts)."""
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    sides = [
        ([(k, s) for k, f in enumerate(feats) for s in sums(f)],
         [(k, w) for k, f in enumerate(feats) for w in wholes(f)])
        for feats in (feats_a, feats_b)
    ]  # fmt: skip
    (sums_a, wholes_a), (sums_b, wholes_b) = sides
    for i, s in sums_a:
        for j, w in wholes_b:
            if adds_up(s, w):
                out.setdefault((i, j), tuple(c.surface for c in s.parts))
    for j, s in sums_b:
        for i, w in wholes_a:
            if adds_up(s, w):
                out.setdefault((i, j), (w.surface,))
    return out
