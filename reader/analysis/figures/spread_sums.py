"""A sum told as a total over a span of years and as a rate a year: "$1.2 trillion over
10 years" and "$120 billion a year for a decade" are one sum told two ways (the total is
the rate times the span). In linked sentences, a total whose span is told (by its own
sentence, "over 10 years", "a 10-year, $1.2 trillion plan"; else by the rate's, "a year
for a decade") and a rate a year of the same currency that it comes to, within the
rounding each writer used, are a rough Numbers match: "$1.2 trillion ≈ $120 billion a
year (converted: $1.2 trillion over 10 years is $120 billion a year)"; one that does not
agree is a discrepancy (``spread_conflicts``). English only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import amount, converted_evidence, three
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.told_rates import at_rate, sums, value
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import NUMBER_WORDS
from reader.model import DiscrepancyKind

__all__ = ["spread_conflicts", "spread_partners"]

_COUNT = r"(?P<n>\d{1,3}|an?|[a-z]+)"
# a span of years after a total: "over 10 years", "across the next two decades", "in
# five years"; after a rate: "for a decade", "over 10 years"
_SPAN_AFTER = re.compile(
    rf"\s*,?\s+(?:(?:spread\s+)?over|across|during|in|for)\s+(?:the\s+(?:next|coming|"
    rf"following)\s+)?(?P<span>{_COUNT}\s+(?P<unit>years?|decades?))\b",
    re.IGNORECASE,
)
# ... before it: "a 10-year, $1.2 trillion plan", "a five-year £2bn fund"
_SPAN_BEFORE = re.compile(
    rf"\b(?P<span>{_COUNT}-(?P<unit>year|decade))(?:-long)?\s*,?\s*$", re.IGNORECASE
)
# a sum told a year: "$120 billion a year", "per year", "each year", "annually", "a-year"
_YEARLY = re.compile(
    r"(?:\s+|-)(?:a|per|each|every)[\s-]+year\b|\s+(?:annually|yearly|per\s+annum)\b",
    re.IGNORECASE,
)
# two sums this share apart, beyond their rounding, once converted, differ; one fact
# told wrong only within _WITHIN of each other (as reader.analysis.conflicts
# .rate_conflicts)
_APART = 0.05
_WITHIN = 2.0
_MAGNITUDES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _years(match: re.Match[str]) -> int | None:
    """The years a span tells ("10 years": 10, "a decade": 10, "two decades": 20)."""
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else 1 if n in ("a", "an") else NUMBER_WORDS.get(n)
    if not count:
        return None
    return count * (10 if match.group("unit").lower().startswith("decade") else 1)


def _span(f: UnitFeatures, m: Mention, *, after: int | None = None) -> tuple[int, str] | None:
    """The years sum ``m`` of ``f`` is told over, and the span as told ("10 years");
    ``after``: read after that offset of the sentence (a rate's "a year"), not before."""
    text, base = f.unit.text, f.unit.span.start
    found = _SPAN_AFTER.match(text, m.span.end - base if after is None else after)
    if found is None and after is None:
        found = _SPAN_BEFORE.search(text[: m.span.start - base])
    years = _years(found) if found is not None else None
    if found is None or years is None or years < 2:
        return None
    n, unit = found.group("n"), found.group("unit").lower().removesuffix("s")
    plural = "" if n.lower() in ("a", "an", "one") else "s"
    return years, f"{n} {unit}{plural}"  # "10 years", "a decade", "five years" of "five-year"


def _yearly(f: UnitFeatures, m: Mention) -> int | None:
    """Where the "a year" after sum ``m`` of ``f`` ends in its sentence, None when it is
    told no rate a year."""
    found = _YEARLY.match(f.unit.text, m.span.end - f.unit.span.start)
    return None if found is None else found.end()


def _told(f: UnitFeatures, g: UnitFeatures) -> Iterator[tuple[Mention, Mention, int, str]]:
    """Each total of ``f`` and rate a year of ``g`` of its currency, with the years and
    the span told (the total's, else the rate's)."""
    for total in sums(f):
        if _yearly(f, total) is not None:
            continue
        own = _span(f, total)
        for rate in sums(g):
            end = _yearly(g, rate)
            if end is None or rate.unit_word != total.unit_word:
                continue
            span = own or _span(g, rate, after=end)
            if span is not None:
                yield total, rate, *span


def _written(x: float, like: Mention) -> str:
    """``x`` written as sum ``like`` is, its magnitude in words when it is ("$120
    billion"), else as ``amount`` writes it ("$120bn")."""
    digit = re.search(r"\d", like.surface)
    sign = like.surface[: digit.start()] if digit is not None else ""
    if sign and any(word in like.surface.lower() for _, word in _MAGNITUDES):
        size, word = next(((s, w) for s, w in _MAGNITUDES if x >= s), (1.0, ""))
        return f"{sign}{three(x / size)} {word}".rstrip()
    return amount(x, like.surface, like.unit_word)


def _converted(total: Mention, rate: Mention, years: int, span: str) -> str:
    """What the total comes to a year: "$1.2 trillion over 10 years is $120 billion a
    year"."""
    return f"{total.surface} over {span} is {_written(value(total) / years, rate)} a year"


def spread_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each total of a sentence of A and rate a year of a sentence of B linked to it (or
    the other way), neither already matched, that agree, with the evidence saying so."""
    used_a, used_b = set(linked.taken_a), set(linked.taken_b)
    for i, js in linked.partners_of_a.items():
        for j in js:
            f, g = linked.fa[i], linked.fb[j]
            found = [(t, r, n, s, t, r) for t, r, n, s in _told(f, g)]
            found += [(t, r, n, s, r, t) for t, r, n, s in _told(g, f)]
            for total, rate, years, span, ma, mb in found:
                if ma.span in used_a or mb.span in used_b:
                    continue
                if at_rate(total, rate, [1 / years]):
                    used_a.add(ma.span)
                    used_b.add(mb.span)
                    shown = _converted(total, rate, years, span)
                    told_a, told_b = (_as_told(m, rate) for m in (ma, mb))
                    yield ma, mb, converted_evidence(told_a, told_b, shown)


def _as_told(m: Mention, rate: Mention) -> str:
    """Sum ``m`` as the evidence shows it: "$120 billion a year" when it is the rate."""
    return f"{m.surface} a year" if m is rate else m.surface


def spread_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The one sum of ``fa`` against the one sum of ``fb``, a total over a span and a
    rate a year of one currency, when the total does not come to the rate: "$1.2
    trillion over 10 years vs $150 billion a year (≈ $120 billion a year)"."""
    if len(sums(fa)) != 1 or len(sums(fb)) != 1:
        return []
    out: list[Conflict] = []
    for (f, g), a_first in (((fa, fb), True), ((fb, fa), False)):
        for total, rate, years, span in _told(f, g):
            yearly = value(total) / years
            if not value(rate) or not 1 / _WITHIN <= yearly / value(rate) <= _WITHIN:
                continue
            if at_rate(total, rate, [1 / years], slack=_APART):
                continue
            told_total, told_rate = f"{total.surface} over {span}", f"{rate.surface} a year"
            first, second = (told_total, told_rate) if a_first else (told_rate, told_total)
            detail = f"{first} vs {second} (≈ {_written(yearly, rate)} a year)"
            a, b = (total, rate) if a_first else (rate, total)
            out.append(Conflict(DiscrepancyKind.NUMBER, a, b, detail))
    return out
