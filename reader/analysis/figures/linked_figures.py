"""The figures of linked sentences, each of A's with each of B's, that a rough Numbers
match may pair (reader.analysis.figures.order_partners, vote_tallies, signed_counts):
neither already matched to a partner of its very value."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.model import Span


@dataclass(frozen=True, slots=True)
class LinkedSentences:
    """What a rough Numbers match reads (reader.analysis.mentions.link_mentions): the
    sentences of A and of B, which of B's are linked to each of A's (``partners_of_a``),
    and the figures of each already matched to a partner (``taken_a``, ``taken_b``)."""

    fa: Sequence[UnitFeatures]
    fb: Sequence[UnitFeatures]
    partners_of_a: Mapping[int, Sequence[int]]
    taken_a: Collection[Span] = ()
    taken_b: Collection[Span] = ()


def linked_figures(
    linked: LinkedSentences,
) -> Iterator[tuple[UnitFeatures, Mention, UnitFeatures, Mention]]:
    """Each figure of a sentence of A with its sentence, and each of a sentence of B
    linked to it with its, neither already matched."""
    for i, js in linked.partners_of_a.items():
        f = linked.fa[i]
        own = [m for m in f.numbers if m.span not in linked.taken_a]
        for j in js:
            g = linked.fb[j]
            for mb in g.numbers:
                if mb.span not in linked.taken_b:
                    for ma in own:
                        yield f, ma, g, mb


# the figures one sentence and another agree on, with what the evidence says of them
# ("(rounded)"); (f, g, taken): the first is of ``f``, the second of ``g`` and not ``taken``
Agreeing = Callable[
    [UnitFeatures, UnitFeatures, Collection[Span]], Iterator[tuple[Mention, Mention, str]]
]


def each_way(
    linked: LinkedSentences,
    agreeing: Agreeing,
) -> Iterator[tuple[Mention, Mention, str]]:
    """What ``agreeing`` finds in each sentence of A and each of B linked to it, read
    from A's side and from B's: the two figures, A's first, and the evidence
    ("Two-thirds ≈ 67% (rounded)"); a figure of the other side already matched is left
    out."""
    for i, js in linked.partners_of_a.items():
        for j in js:
            f, g = linked.fa[i], linked.fb[j]
            found = list(agreeing(f, g, linked.taken_b))
            found += [(x, y, said) for y, x, said in agreeing(g, f, linked.taken_a)]
            for x, y, said in found:
                yield x, y, f"{x.surface} ≈ {y.surface} {said}"
