"""The figures of linked sentences, each of A's with each of B's, that a rough Numbers
match may pair (reader.analysis.figures.order_partners, vote_tallies, signed_counts):
neither already matched to a partner of its very value."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence

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
