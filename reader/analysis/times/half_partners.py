"""One length told to the second or the minute by one linked sentence and as a round
half by the other ("31 seconds behind" and "half a minute back", "by 91 seconds" and "a
minute and a half off", "95 minutes" and "an hour and a half": reader.analysis.times
.rounded_halves): a rough Numbers match, "31 seconds ≈ half a minute (rounded)", as a
figure and the other's rounding of it are (reader.analysis.figures.rounded_partners)."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.rounded_partners import rounded_label
from reader.analysis.mention import Mention
from reader.analysis.times.durations import Duration, durations
from reader.analysis.times.rounded_halves import rounds_to_half


def half_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each length of A and length of B, in linked sentences, neither matched yet, told in
    one frame, one a round half the other rounds to: the two mentions and the evidence."""
    for i, js in linked.partners_of_a.items():
        own = _lengths(linked.fa[i])
        for j in js:
            for db, mb in _lengths(linked.fb[j]):
                for da, ma in own:
                    if ma.span in linked.taken_a or mb.span in linked.taken_b:
                        continue
                    if da.frame == db.frame and (rounds_to_half(da, db) or rounds_to_half(db, da)):
                        yield ma, mb, rounded_label(da.mention.surface, db.mention.surface)


def _lengths(f: UnitFeatures) -> list[tuple[Duration, Mention]]:
    """The durations of ``f``, each with the mention a match spans: its first figure's,
    or its own when told with no figure ("half a minute")."""
    figures = {m.span: m for m in f.numbers}
    out = []
    for d in durations(f):
        figure = figures.get(d.parts[0]) if d.by_figure else d.mention
        if figure is not None:
            out.append((d, figure))
    return out
