"""An order of magnitude in words and a figure inside it: "Tens of thousands of people
marched" and "more than 40,000 people marched", "Dozens of aftershocks" and "More than 40
aftershocks". Two such figures of linked sentences that count one thing tell one crowd,
one of them loosely: a rough Numbers match whose evidence says so ("Tens of thousands ≈
40,000 (within)"), when neither has a partner of its very value. A figure outside the
order ("2,000 people") is no match (reader.analysis.figures.orders_of_magnitude)."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.linked_figures import LinkedSentences, linked_figures
from reader.analysis.figures.orders_of_magnitude import order_range, order_word
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern

# the evidence of an order of magnitude matched to a figure inside it
WITHIN = "(within)"
# what an order of magnitude counts: "Tens of thousands of people", "dozens of aftershocks"
_OF_NOUN = LazyPattern(r"\s+of\s+([^\W\d_]+)")


def order_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each order of magnitude of a sentence and figure inside it of a sentence linked to
    it, counting one thing, with the match's evidence; neither already matched."""
    for f, ma, g, mb in linked_figures(linked):
        if not (ma.key.startswith("num:") and mb.key.startswith("num:")):
            continue
        if _within(f, ma, g, mb) or _within(g, mb, f, ma):
            yield ma, mb, f"{ma.surface} ≈ {mb.surface} {WITHIN}"


def _within(f: UnitFeatures, order: Mention, g: UnitFeatures, m: Mention) -> bool:
    """``order`` of sentence ``f`` is an order of magnitude that holds ``m`` of ``g``, a
    figure told as such ("40,000", not "thousands") above the order's own value ("2,000"
    is "thousands" read, no figure told of it), and both count one thing."""
    if order_word(m.surface):
        return False
    held = order_range(order.surface, float(order.key[4:]))
    if held is None or not held[0] < float(m.key[4:]) < held[1]:
        return False
    counted = order.unit_word or _counted_after(f, order)
    return bool(counted and m.unit_word) and same_thing(counted, m.unit_word)


def _counted_after(f: UnitFeatures, order: Mention) -> str:
    """What ``order`` counts, stemmed, told after "of" ("people" of "Tens of thousands of
    people"); '' when no noun follows."""
    found = _OF_NOUN.match(f.unit.text, order.span.end - f.unit.span.start)
    return "" if found is None else stem(found.group(1).lower())
