"""A part told as a fraction of a whole and as a count: "Half of the 40 homes on the
street burned" and "Twenty homes on the street burned", "a third of the 300 staff" and
"100 staff". The whole is no count of its own (reader.analysis.figures.parts_and_ranges:
"40 vs Twenty" is no discrepancy); in linked sentences, the fraction of the whole and a
count of the other with no partner yet, of the same value (to the nearest whole) and
counting one thing, are a rough Numbers match shown as the part it makes ("Half of the 40
≈ Twenty (half of 40 is 20)"). It is never a discrepancy: "half of the 40 homes" and
"fifteen homes" may count homes burned and homes destroyed."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.fraction_words import fractions
from reader.analysis.figures.linked_figures import LinkedSentences, each_way
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern
from reader.model import Span

# between a part and its whole: "of the 40", "of its 300", "of 90"
# (reader.analysis.figures.count_shares: "1,950 of the 2,500")
OF_WHOLE = r"of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)?"
# between a fraction and its whole: "half of the 40", "a third of its 300", "two-thirds of 90"
_OF_THE = LazyPattern(r"\s+" + OF_WHOLE, re.IGNORECASE)
# what the whole counts: "homes" of "the 40 homes"
_NOUN_AFTER = LazyPattern(r"\s+([^\W\d_]+)")


def part_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each fraction of a whole of one side and count of the other, in linked sentences,
    that tell one part, the count with no partner yet: the two (A's first) and the
    evidence."""
    return each_way(linked, _agreeing)


def fraction_wholes(f: UnitFeatures) -> list[tuple[Mention, float, str]]:
    """The fractions of a whole of sentence ``f``: each as one mention spanning the
    fraction and the whole ("Half of the 40"), the part it makes (20) and the noun the
    whole counts, stemmed ('' when none follows)."""
    text, base = f.unit.text, f.unit.span.start
    wholes = {m.span.start - base: m for m in f.numbers if m.key.startswith("num:")}
    out: list[tuple[Mention, float, str]] = []
    for fraction in fractions(f):
        end = fraction.span.end - base
        of = _OF_THE.match(text, end)
        if of is None:
            continue
        whole = wholes.get(of.end())
        if whole is None:
            continue
        share = float(fraction.key[4:]) / 100
        part = share * float(whole.key[4:])
        span = Span(fraction.span.start, whole.span.end)
        told = text[span.start - base : span.end - base]
        noun = _NOUN_AFTER.match(text, whole.span.end - base)
        counted = whole.unit_word or ("" if noun is None else stem(noun.group(1).lower()))
        out.append((Mention("number", f"num:{part:g}", span, told, counted), part, counted))
    return out


def _agreeing(
    f: UnitFeatures, g: UnitFeatures, taken: Collection[Span]
) -> Iterator[tuple[Mention, Mention, str]]:
    """Each fraction of a whole of ``f`` and count of ``g`` (not ``taken``) telling one
    part of one thing, and the part the fraction makes."""
    told = fraction_wholes(f)
    if not told:
        return
    counts = [m for m in g.numbers if m.key.startswith("num:") and m.span not in taken]
    for part_mention, part, counted in told:
        for y in counts:
            if not (counted and y.unit_word and same_thing(counted, y.unit_word)):
                continue
            if abs(float(y.key[4:]) - part) <= 0.5:
                yield part_mention, y, f"(part: {part:g})"
