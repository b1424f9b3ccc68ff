"""A vote's tally against a count of its side of the same whole: "The committee voted
7-2" vs "Six of the nine members backed the rise" (reader.analysis.figures.vote_tallies).
A count told without its whole, or of another whole (members absent, abstaining), is no
discrepancy; like a score, the tally stands only on a close link."""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.vote_tallies import side, tally
from reader.model import DiscrepancyKind


def vote_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Each vote's tally of one sentence against a count of its side in the other that
    tells it otherwise: "7-2 vs Six of 9"."""
    out: list[Conflict] = []
    for f, g, swapped in ((fa, fb, False), (fb, fa, True)):
        for m in f.numbers:
            told = tally(f, m)
            if told is None:
                continue
            for n in g.numbers:
                counted = side(g, n)
                expected = None if counted is None else counted.of(told)
                if counted is None or expected is None or expected == counted.part:
                    continue
                told_side = f"{n.surface} of {counted.whole}"
                a, b = (n, m) if swapped else (m, n)
                detail = f"{told_side} vs {m.surface}" if swapped else f"{m.surface} vs {told_side}"
                out.append(Conflict(DiscrepancyKind.NUMBER, a, b, detail, by_told_value=True))
    return out
