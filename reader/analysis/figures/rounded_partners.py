"""Figures one article gives rounded: "1,204,331 votes" and "about 1.2 million votes",
"Turnout was 64%" and "63.8 percent of voters cast a ballot" tell one value, written to a
coarser place on one side (reader.analysis.figures.rounded_figures); so do "a crowd of
52,341" and "more than 52,000 fans", a bound told to a coarser place that the exact
figure keeps. Two such figures of linked sentences that count one thing (a part told
of a whole, "about 4,000 of its members" and "4,100 members", too) are the same
figure, told roughly: a Numbers match whose evidence says so, when neither has a partner
of its very value."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS
from reader.analysis.figures.count_terms import consistent, hedge
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.counted_words import plural
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.percent_subjects import percent_subject
from reader.analysis.figures.rounded_figures import one_rounded
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern

# the evidence of a figure matched to the other's figure rounded: "1,204,331 ≈ 1.2
# million (rounded)"
ROUNDED = "(rounded)"


def rounded_label(a: str, b: str) -> str:
    """The evidence of figures ``a`` and ``b`` (as shown) matched as one figure, one
    rounded."""
    return f"{a} ≈ {b} {ROUNDED}"


def rounded_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention]]:
    """Each figure of A and figure of B, in linked sentences, one the other rounded,
    that count one thing; neither of them a figure already matched (an exact partner is
    the better one)."""
    for i, js in linked.partners_of_a.items():
        f = linked.fa[i]
        own = [m for m in f.numbers if m.span not in linked.taken_a and m.kind == "number"]
        if not own:
            continue
        for j in js:
            g = linked.fb[j]
            for mb in g.numbers:
                if mb.span in linked.taken_b or mb.kind != "number":
                    continue
                for ma in own:
                    if _one_figure(f, ma, g, mb):
                        yield ma, mb


def _one_figure(f: UnitFeatures, a: Mention, g: UnitFeatures, b: Mention) -> bool:
    """``a`` of sentence ``f`` and ``b`` of ``g`` are one figure, one told rounded: two
    percentages of one thing (two shares, two turnouts: reader.analysis.figures
    .percent_subjects), or two counts of one thing ("votes"), neither qualifying a noun."""
    kind = a.key.split(":", 1)[0]
    if kind != b.key.split(":", 1)[0] or a.qualifier or b.qualifier:
        return False
    if kind == "pct":
        counted = percent_subject(f, a) == percent_subject(g, b)
    elif kind == "num":
        ua, ub = counted_of(f, a), counted_of(g, b)
        counted = bool(ua and ub) and same_thing(ua, ub)
        counted = counted or _one_toll(f, a, g, b)
    else:
        return False
    return counted and (one_rounded(a, b) or _bounded(f, a, g, b) or _bounded(g, b, f, a))


def counted_of(f: UnitFeatures, m: Mention) -> str:
    """What count ``m`` of sentence ``f`` counts: its unit word, or the plural it is told
    a part of ("about 4,000 of its members", "300 of the workers": members, workers; not
    "4,000 of its 6,000 members", whose whole is the other figure). Only a rough match
    reads the part so: it may be a part of the other's whole, which no discrepancy is."""
    if m.unit_word:
        return m.unit_word
    of = _OF_PART.match(f.unit.text, m.span.end - f.unit.span.start)
    if of is None or not plural(of.group(1)):
        return ""
    return stem(of.group(1))


# a part told of a whole named after it: "4,000 of its members", "300 of the workers"
_OF_PART = LazyPattern(r"\s+of\s+(?:the|its|their|our|his|her)\s+([a-z]+)\b(?!['’])")


def _one_toll(f: UnitFeatures, a: Mention, g: UnitFeatures, b: Mention) -> bool:
    """``a`` and ``b`` count people one fate befell, one of them with no noun: "118
    people injured" and "about 120 were injured" (reader.analysis.figures.fated_counts)."""
    if (a.unit_word and b.unit_word) or not {a.unit_word, b.unit_word} <= PEOPLE_UNITS:
        return False
    fate = fated_counts(f).get(a.span, "")
    return bool(fate) and fate == fated_counts(g).get(b.span, "")


def _bounded(f: UnitFeatures, a: Mention, g: UnitFeatures, b: Mention) -> bool:
    """``a`` is told with a bound ("more than 52,000 fans", "nearly 53,000") that ``b``,
    told exactly ("a crowd of 52,341"), keeps, within the place of ``a``'s last digit
    but its zeros: ``b`` rounded to that place, on the bound's side. ``a`` keeps two
    digits at least ("more than 30" is no rounding of 38), but told "about", which says
    it rounded: "about 30 wildfires" holds "31 wildfires", the figure rounded to its
    place (not 36)."""
    told = hedge(f, a)
    if not told or hedge(g, b) or not consistent(f, a, g, b):
        return False
    x, y = float(a.key.split(":", 1)[1]), float(b.key.split(":", 1)[1])
    if x != int(x) or x == 0:
        return False
    digits = str(int(abs(x)))
    place: int = 10 ** (len(digits) - len(digits.rstrip("0")))
    if place > 1 and told == "about" and abs(x - y) <= place / 2:
        return True
    return place > 1 and abs(x) >= 10 * place and abs(x - y) < place
