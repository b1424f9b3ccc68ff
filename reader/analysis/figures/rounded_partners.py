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
from reader.analysis.figures.count_terms import bounded, consistent, hedge
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.counted_words import plural
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.percent_subjects import percent_subject
from reader.analysis.figures.rounded_figures import figure_place, one_rounded, within_a_rounding
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
        counted = any(same_thing(x, y) for x in ua for y in ub)
        counted = counted or _one_toll(f, a, g, b)
    else:
        return False
    if not counted:
        return False
    plain = not bounded(hedge(f, a), hedge(g, b))
    return one_rounded(a, b, plain) or _bounded(f, a, g, b) or _bounded(g, b, f, a)


def counted_of(f: UnitFeatures, m: Mention) -> tuple[str, ...]:
    """What count ``m`` of sentence ``f`` counts: its unit word, and the people its records
    are of ("9.8 million customer records": records, customers); or the plural it is told
    a part of ("about 4,000 of its members", "300 of the workers": members, workers;
    "9.8 million of its 14 million customers": the whole's customers). Only a rough match
    reads the part so: it may be a part of the other's whole, which no discrepancy is."""
    end = m.span.end - f.unit.span.start
    if m.unit_word:
        records = _RECORDS_OF.match(f.unit.text, end)
        return (m.unit_word, stem(records.group(1))) if records else (m.unit_word,)
    of = _OF_PART.match(f.unit.text, end)
    if of is None:
        return ()
    if of.group(1) is not None:
        return (stem(of.group(1)),) if plural(of.group(1)) else ()
    whole = [x.unit_word for x in f.numbers if x.span.start == f.unit.span.start + of.end()]
    return (whole[0],) if whole and whole[0] else ()


# a part told of a whole named after it: "4,000 of its members", "300 of the workers",
# "9.8 million of its 14 million customers" (the whole a figure, its noun the part's)
_OF_PART = LazyPattern(r"\s+of\s+(?:the|its|their|our|his|her)\s+(?:([a-z]+)\b(?!['’])|(?=\d))")
# records of people, counted as the people ("9.8 million customer records", "2 million
# patient files", "40 million user accounts")
_RECORDS_OF = LazyPattern(r"\s+([a-z]+)\s+(?:records|accounts|files|profiles)\b")


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
    place (not 36). A whole figure of one place bounds one told in decimals within that
    place: "more than 7 per cent" holds "7.3%" (not "8.1%"). A bound of one digit but its
    zeros holds a figure within a twentieth of it: "more than 400,000 vehicles" and
    "412,000 vehicles" (not 480,000; nor "more than 30" 38)."""
    told, other = hedge(f, a), hedge(g, b)
    if not told or not consistent(f, a, g, b):
        return False
    x, y = float(a.key.split(":", 1)[1]), float(b.key.split(":", 1)[1])
    if other and not _rough_inside(told, other, x, y):
        return False
    if x != int(x) or x == 0:
        return False
    digits = str(int(abs(x)))
    place: int = 10 ** (len(digits) - len(digits.rstrip("0")))
    finer = figure_place(b)
    if place == 1 and finer is not None and finer < 1:
        # a whole figure bounding one told in decimals: "down more than 7 per cent" and
        # "fell 7.3%" (7.3 within the unit above 7), "nearly 8%" and "7.8%"
        return abs(x - y) <= 0.5 if told == "about" else abs(x - y) < 1
    if place > 1 and told == "about" and abs(x - y) <= place / 2:
        return True
    if place > 1 and abs(x) < 10 * place:
        # one digit but zeros: "more than 400,000" holds 412,000, close by (not 480,000)
        return within_a_rounding(x, y) and abs(x - y) < place
    return place > 1 and abs(x) >= 10 * place and abs(x - y) < place


def _rough_inside(told: str, other: str, x: float, y: float) -> bool:
    """A figure of ``y`` told ``other`` ("about") lies inside the bound ``told`` on ``x``
    ("min": "more than 45,000" and "some 45,500"; "max": "up to 50,000" and "about
    48,000"), as an exact one would; not one told with a bound itself, nor two told
    "about" (reader.analysis.figures.rounded_figures tells those)."""
    if other != "about" or told not in ("min", "max"):
        return False
    return y > x if told == "min" else y < x
