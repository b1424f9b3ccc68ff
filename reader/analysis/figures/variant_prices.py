"""Prices told of a product's variants, each named by a measure: "The 512GB model costs
$1,199 and the 1TB model $1,399", "starts at $999 with 256GB of storage", "the 6.1-inch
model at $799". A price is the price of the variant its measure names, so "$1,199" (of
the 512GB model) and "$1,499" (of "the top model, with 1TB of storage") are two prices of
two variants, no disagreement; "$1,399" and "$1,499", both of the 1TB model, are one.

Which measure a price belongs to follows the sentence's order: when its first price has
a measure before it ("the 512GB model costs $1,199"), each price takes the nearest measure
before it; else ("$999 with 256GB", "$1,199 for 512GB") the nearest after it; never across
another price. Two prices are of two variants when both have a measure of one unit (the
storage's bytes, a screen's inches) and the measures differ; a price without one (the
phone's "starts at $999") compares with any."""

from __future__ import annotations

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.written_units import UNIT_WORDS
from reader.analysis.mention import Mention


def variants_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Sums ``na`` of ``fa`` and ``nb`` of ``fb`` are prices of two variants of a product:
    each is told of a measure of one unit ("the 512GB model costs $1,199", "the top model,
    with 1TB of storage, costs $1,499"), and the measures differ."""
    variant_a, variant_b = _variant(fa, na), _variant(fb, nb)
    return (
        variant_a is not None
        and variant_b is not None
        and variant_a.unit_word == variant_b.unit_word
        and variant_a.key != variant_b.key
    )


def _variant(f: UnitFeatures, price: Mention) -> Mention | None:
    """The measure sum ``price`` of ``f`` is told of, None when it is no sum or has none."""
    if price.unit_word not in CURRENCIES:
        return None
    figures = sorted((m for m in f.numbers if m.kind == "number"), key=lambda m: m.span.start)
    prices = [k for k, m in enumerate(figures) if m.unit_word in CURRENCIES]
    if not prices or price not in figures:
        return None
    at = figures.index(price)
    before = _measure_between(figures, -1, prices[0])
    if before is not None:  # "the 512GB model costs $1,199 ...": measures come first
        previous = max((k for k in prices if k < at), default=-1)
        return _measure_between(figures, previous, at, last=True)
    following = min((k for k in prices if k > at), default=len(figures))
    return _measure_between(figures, at, following)


def _measure_between(
    figures: list[Mention], after: int, before: int, *, last: bool = False
) -> Mention | None:
    """The first (``last``: the last) measure among ``figures`` after index ``after`` and
    before index ``before``, None when there is none."""
    found = [m for m in figures[after + 1 : before] if m.unit_word in UNIT_WORDS]
    if not found:
        return None
    return found[-1] if last else found[0]
