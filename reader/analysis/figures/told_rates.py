"""Sums told in two currencies at the rate the pair itself gives. Business copy converts a
sum in brackets ("a deal that values the company at £14.8bn ($18.7bn)", "$54.20 (£42.90)
a share", "£85m (€99m)"): that is the day's rate the writer used. In linked sentences, a
sum of one currency and a sum of another with no partner yet are one value when, at a
rate either article tells so, they agree within the rounding each writer used ("$600
million of annual cost savings" and "cost savings of £475mn a year" at $18.7bn to
£14.8bn): a rough Numbers match ("$600 million ≈ £475mn (converted at the rate told, $1 =
£0.791: $600 million is £475mn)"). With no rate told
in the pair, sums of two currencies are never compared (no rate is looked up: the app
reads no network, and a rate of another day would mislead)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import (
    CONVERTED,
    amount,
    converted_evidence,
    told_sum,
)
from reader.analysis.figures.currency_codes import CURRENCIES, currencies_apart
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.rounded_figures import figure_place
from reader.analysis.mention import Mention
from reader.model import Span

# between a sum and its conversion: an opening bracket, perhaps "about" ("£2bn (about
# $2.5bn)"); after the conversion, the closing one
_OPENING = re.compile(
    r"\s*\(\s*(?:about|around|roughly|some|approximately|c\.)?\s*$", re.IGNORECASE
)
_CLOSING = re.compile(r"\s*\)")
# a figure ending in zeros may be rounded to its last non-zero digit, by this share of it
# at most ("$600 million" may stand for $570m-$630m, not $550m)
_ROUNDING = 0.05
# the told rate is of rounded figures itself: converted sums may lie this share further
_RATE_SLACK = 0.01


def sums(f: UnitFeatures) -> list[Mention]:
    """The sums of money of sentence ``f``, in order."""
    return [m for m in f.numbers if m.unit_word in CURRENCIES and m.key.startswith("num:")]


def value(m: Mention) -> float:
    """The amount sum ``m`` tells."""
    return float(m.key[4:])


def told_rates(feats: Iterable[UnitFeatures]) -> dict[tuple[str, str], list[float]]:
    """The rates the sentences ``feats`` tell by converting a sum in brackets, by pair of
    currencies (the rate multiplies a sum of the first into one of the second): "£14.8bn
    ($18.7bn)" tells ("gbp", "usd") 1.2635 and ("usd", "gbp") 0.7914."""
    rates: dict[tuple[str, str], list[float]] = defaultdict(list)
    for f in feats:
        text, base = f.unit.folded, f.unit.span.start
        told_sums = sums(f)
        for told, converted in pairwise(told_sums):
            apart = currencies_apart(told.unit_word, converted.unit_word)  # not "Kr4bn (SEK 4bn)"
            if not apart or not value(told) or not value(converted):
                continue
            between = text[told.span.end - base : converted.span.start - base]
            closing = _CLOSING.match(text, converted.span.end - base)
            if _OPENING.fullmatch(between) is None or closing is None:
                continue
            rate = value(converted) / value(told)
            rates[told.unit_word, converted.unit_word].append(rate)
            rates[converted.unit_word, told.unit_word].append(1 / rate)
    return rates


def _bounds(m: Mention) -> tuple[float, float]:
    """The values sum ``m`` may stand for, rounded as it is written."""
    amount = value(m)
    place = figure_place(m)
    half = amount * _ROUNDING if place is None else min(place / 2, amount * _ROUNDING)
    return amount - half, amount + half


def at_rate(a: Mention, b: Mention, rates: Sequence[float], slack: float = _RATE_SLACK) -> bool:
    """Sum ``a`` converted at one of ``rates`` is sum ``b``, within their rounding and
    ``slack`` (a share of the converted sum)."""
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    return any(
        low_a * rate * (1 - slack) <= high_b and high_a * rate * (1 + slack) >= low_b
        for rate in rates
    )


def rate_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each sum of A and sum of B of another currency, in linked sentences, neither
    already matched, one value at a rate the pair tells, with the evidence saying so."""
    rates = told_rates((*linked.fa, *linked.fb))
    if not rates:
        return
    used_a: set[Span] = set(linked.taken_a)
    used_b: set[Span] = set(linked.taken_b)
    for i, js in linked.partners_of_a.items():
        for ma in sums(linked.fa[i]):
            for j in js:
                for mb in sums(linked.fb[j]):
                    if ma.span in used_a or mb.span in used_b:
                        continue
                    told = rates.get((ma.unit_word, mb.unit_word), [])
                    rate = next((r for r in told if at_rate(ma, mb, [r])), None)
                    if rate is not None:
                        used_a.add(ma.span)
                        used_b.add(mb.span)
                        yield ma, mb, rate_evidence(ma, mb, rate)


def rate_evidence(a: Mention, b: Mention, rate: float) -> str:
    """The evidence of sums ``a`` and ``b`` matched at ``rate``, with the rate and what
    ``a`` comes to at it: "$600 million ≈ £475mn (converted at the rate told, $1 =
    £0.791: $600 million is £475mn)"."""
    one = f"{amount(1, a.surface, a.unit_word)} = {amount(rate, b.surface, b.unit_word)}"
    told = (
        f"{told_sum(a.surface, a.unit_word)} is {amount(value(a) * rate, b.surface, b.unit_word)}"
    )
    return converted_evidence(a.surface, b.surface, told, f"{CONVERTED} at the rate told, {one}")
