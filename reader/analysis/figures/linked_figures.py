"""The figures of linked sentences, each of A's with each of B's, that a rough Numbers
match may pair (reader.analysis.figures.order_partners, vote_tallies, signed_counts):
neither already matched to a partner of its very value."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.model import Span


def linked_figures(
    fa: Sequence[UnitFeatures],
    fb: Sequence[UnitFeatures],
    partners_of_a: Mapping[int, Sequence[int]],
    taken_a: Collection[Span],
    taken_b: Collection[Span],
) -> Iterator[tuple[UnitFeatures, Mention, UnitFeatures, Mention]]:
    """Each figure of a sentence of A with its sentence, and each of a sentence of B
    linked to it (``partners_of_a``: A's sentence -> B's linked to it) with its, neither
    already matched (``taken_a``, ``taken_b``)."""
    for i, js in partners_of_a.items():
        f = fa[i]
        own = [m for m in f.numbers if m.span not in taken_a]
        for j in js:
            g = fb[j]
            for mb in g.numbers:
                if mb.span not in taken_b:
                    for ma in own:
                        yield f, ma, g, mb


# the figures one sentence and another agree on, with what the evidence says of them
# ("(rounded)"); (f, g, taken): the first is of ``f``, the second of ``g`` and not ``taken``
Agreeing = Callable[
    [UnitFeatures, UnitFeatures, Collection[Span]], Iterator[tuple[Mention, Mention, str]]
]


def each_way(
    fa: Sequence[UnitFeatures],
    fb: Sequence[UnitFeatures],
    partners_of_a: Mapping[int, Sequence[int]],
    taken_a: Collection[Span],
    taken_b: Collection[Span],
    agreeing: Agreeing,
) -> Iterator[tuple[Mention, Mention, str]]:
    """What ``agreeing`` finds in each sentence of A and each of B linked to it
    (``partners_of_a``), read from A's side and from B's: the two figures, A's first,
    and the evidence ("Two-thirds ≈ 67% (rounded)"); a figure of the other side already
    matched (``taken_a``, ``taken_b``) is left out."""
    for i, js in partners_of_a.items():
        for j in js:
            found = list(agreeing(fa[i], fb[j], taken_b))
            found += [(x, y, said) for y, x, said in agreeing(fb[j], fa[i], taken_a)]
            for x, y, said in found:
                yield x, y, f"{x.surface} ≈ {y.surface} {said}"
