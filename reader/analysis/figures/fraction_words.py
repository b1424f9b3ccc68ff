"""A share told as a fraction in words and as a percentage: "Two-thirds of his victims
were over 70" and "About 67% of the victims were 70 or older", "three-quarters of the
homes" and "75 percent of the homes", "half of the voters" and "51%". A fraction in words
is a rounded figure, as a writer picks the nearest common one: it agrees with a
percentage within ROUGHLY points of it (two-thirds with 65% to 69%, not with 60%). In
linked sentences, a fraction and a percentage with no partner yet that agree are a rough
Numbers match ("Two-thirds ≈ 67% (rounded)"); the fraction is read here only, no figure
of the sentence (it compares with nothing else, nor is any discrepancy told of it: "most",
"nearly half" and the like are words, not figures). A ratio in words is such a fraction
too ("Three in five cases" is 60%, "one in four" a quarter, "un TGV sur trois" a third:
reader.analysis.figures.ratio_words), and two fractions of one value agree ("a quarter of
cases" and "one in four", the same share: SAME_SHARE)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences, each_way
from reader.analysis.figures.ratio_words import ratios
from reader.analysis.figures.rounded_partners import ROUNDED
from reader.analysis.mention import Mention
from reader.lazy_regex import longest_first
from reader.model import Span

# points a fraction in words may lie from the percentage it rounds
ROUGHLY = 2.5
# ... or from a percentage rounded to tens ("30 percent", "70%"), which may itself lie up
# to 5 points off: "by a third" and "30 percent less likely", not "a quarter" and "30%"
ROUGHLY_TENS = 4.0
# the evidence of two fractions in words of one value ("A quarter ≈ One in four (same
# share)"): other words, nothing rounded
SAME_SHARE = "(same share)"

_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
_DENOMINATORS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10,
    "tenths": 10,
}  # fmt: skip
# "two-thirds", "three quarters of", "one-fifth", "a third of", "half of": a numerator in
# words and the fraction's noun (then "of" when they are not hyphened), or "a" or "one"
# (or nothing, before "half") and the noun, then "of"
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<num>" + "|".join(_NUMERATORS) + r")(?P<sep>[- ])|(?P<one>a|one)\s+)?"
    r"(?P<den>" + "|".join(longest_first(_DENOMINATORS)) + r")"
    r"(?P<of>\s+of\b)?(?![\w-])",
    re.IGNORECASE,
)

# German: "ein Drittel", "zwei Drittel der", "drei Viertel", "die Hälfte" (a numerator in
# words, but for the half: "im Viertel" is a quarter of a town)
_GERMAN_NUMERATORS = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "zwei": 2, "drei": 3,
    "vier": 4, "neun": 9,
}  # fmt: skip
_GERMAN_DENOMINATORS = {
    "hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "achtel": 8,
    "zehntel": 10,
}  # fmt: skip
_GERMAN_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<num>" + "|".join(longest_first(_GERMAN_NUMERATORS)) + r")\s+|"
    r"(?P<the>die|der)\s+(?=hälfte))"
    r"(?P<den>" + "|".join(_GERMAN_DENOMINATORS) + r")(?![\w-])",
    re.IGNORECASE,
)
# "jeder vierte Haushalt", "jede dritte Schule", "jedes zweite Kind": one in so many
_GERMAN_ORDINALS = {
    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10,
}  # fmt: skip
_GERMAN_EVERY = re.compile(
    r"(?<![\w-])jede[rsmn]?\s+(?P<den>" + "|".join(_GERMAN_ORDINALS) + r")[nrs]?(?![\w-])",
    re.IGNORECASE,
)

# a change by a fraction: "cut the risk by a third", "reduced by a half"
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)


def fractions(f: UnitFeatures) -> list[Mention]:
    """The fractions in words of sentence ``f``, each a mention keyed "pct:<value>"."""
    text, base = f.unit.text, f.unit.span.start
    out: list[Mention] = []
    for m in _FRACTION.finditer(text):
        numerator = _NUMERATORS[m.group("num").lower()] if m.group("num") else 1
        denominator = _DENOMINATORS[m.group("den").lower()]
        hyphened = m.group("sep") == "-"
        by = _BY.search(text, 0, m.start()) is not None and m.group("one") is not None
        if numerator >= denominator or not (hyphened or m.group("of") or by):
            continue  # "half an hour", "a third man", "the third day"
        if not (m.group("num") or m.group("one") or denominator == 2):
            continue  # "the third of five counts": an ordinal
        if numerator > 1 and m.group("den").lower() in ("half", "third", "quarter", "fifth"):
            continue  # "two third": no fraction
        end = m.start("of") if m.group("of") else m.end()
        span = Span(base + m.start(), base + end)
        value = 100 * numerator / denominator
        out.append(Mention("number", f"pct:{value:g}", span, text[m.start() : end], "percent"))
    for r in ratios(text, out_of=True):  # "un TGV sur trois", "nine out of 10"
        span = Span(base + r.start, base + r.end)
        out.append(Mention("number", f"pct:{r.percent:g}", span, text[r.start : r.end], "percent"))
    if f.language == "German":
        out += _german_fractions(text, base)
    return out


def _german_fractions(text: str, base: int) -> Iterator[Mention]:
    """The fractions in German words of ``text`` (at ``base``): "zwei Drittel", "die
    Hälfte", "jeder vierte"."""
    for m in _GERMAN_FRACTION.finditer(text):
        numerator = _GERMAN_NUMERATORS[m.group("num").lower()] if m.group("num") else 1
        denominator = _GERMAN_DENOMINATORS[m.group("den").lower()]
        if numerator < denominator:
            yield _share(m, base, numerator, denominator)
    for m in _GERMAN_EVERY.finditer(text):
        yield _share(m, base, 1, _GERMAN_ORDINALS[m.group("den").lower()])


def _share(m: re.Match[str], base: int, numerator: int, denominator: int) -> Mention:
    """The share ``m`` tells, ``numerator`` of ``denominator``, as a percentage mention."""
    value = 100 * numerator / denominator
    return Mention(
        "number", f"pct:{value:g}", Span(base + m.start(), base + m.end()), m.group(), "percent"
    )


def fraction_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each fraction in words of one side and percentage of the other, in linked
    sentences, that agree, the percentage with no partner yet: the two (A's first) and
    the evidence ("Two-thirds ≈ 67% (rounded)")."""
    return each_way(linked, _agreeing)


def _agreeing(
    f: UnitFeatures, g: UnitFeatures, taken: Collection[Span]
) -> Iterator[tuple[Mention, Mention, str]]:
    """Each fraction of ``f`` and percentage of ``g`` (none ``taken``) that agree, and
    that the one is rounded."""
    told = fractions(f)
    if not told:
        return
    shares = [m for m in g.numbers if m.key.startswith("pct:") and m.span not in taken]
    # a fraction the other tells in other words ("a quarter of" and "one in four")
    worded = fractions(g)
    for x in told:
        for y in shares + worded:
            value = float(y.key[4:])
            roughly = ROUGHLY_TENS if value % 10 == 0 and value < 100 else ROUGHLY
            if abs(float(x.key[4:]) - value) > roughly:
                continue
            # two fractions in words of one value round nothing: "a quarter" is "one in four"
            yield x, y, SAME_SHARE if y in worded and y.key == x.key else ROUNDED
