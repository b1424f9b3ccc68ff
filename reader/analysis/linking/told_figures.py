"""Sentence pairs that give two of the same exact figures, for a bonus to their similarity
(reader.analysis.pair_analysis), as told_shares' shares get one: a company's release
"GAAP net income was $512 million, or $1.23 per diluted share, a decrease of 8% compared
with $557 million, ..." and the business story's "Profit fell 8% to $512m as the company
booked $148m in charges for closing data centres." tell one result, but the sentence
model finds the release's accounting words far from the story's (cosine 0.05 after
rescaling), and the pair scored under the link floor: the release's sentence was listed
as told only there.

Evidence, never a link on its own (the bonus is below the floor). Two figures written
alike on both sides (their keys: "$512 million" and "$512m" are one) are seldom there by
chance when neither is a year, a date, a time or a small whole number (a count of two or
three, which any two sentences of a story may both give; a percentage is no count): two
such figures, and the pair already scoring above 0 on its own, make the bonus.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.features import UnitFeatures

# added to the contextual similarity of such a pair (already scoring above 0): below the
# link floor, so never a link on its own
FIGURES_BONUS = 0.06
SHARED_FIGURES = 2  # figures both sentences give, as the bonus's condition
SMALL = 20  # whole numbers under this are counts any two sentences may share
_KINDS = ("num:", "pct:")  # amounts and percentages: not years, dates, times, ages


def figure_pairs(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> set[tuple[int, int]]:
    """The unit pairs (i, j) whose sentences give at least two of the same telling
    figures."""
    told_b: dict[str, list[int]] = {}
    for j, f in enumerate(feats_b):
        for key in telling(f):
            told_b.setdefault(key, []).append(j)
    out: set[tuple[int, int]] = set()
    for i, f in enumerate(feats_a):
        counts: dict[int, int] = {}
        for key in telling(f):
            for j in told_b.get(key, ()):
                counts[j] = counts.get(j, 0) + 1
        out.update((i, j) for j, n in counts.items() if n >= SHARED_FIGURES)
    return out


def telling(f: UnitFeatures) -> set[str]:
    """The keys of the figures of ``f`` that are seldom shared by chance."""
    return {key for key in f.number_keys if key.startswith(_KINDS) and not _small(key)}


def _small(key: str) -> bool:
    """A count any two sentences may share (a percentage is never one)."""
    if key.startswith("pct:"):
        return False
    try:
        value = float(key.partition(":")[2])
    except ValueError:
        return True  # a key of another shape ("num:3-5"): not one figure
    return value.is_integer() and abs(value) < SMALL
