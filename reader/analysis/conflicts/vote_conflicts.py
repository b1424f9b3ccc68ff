"""A vote's tally against a count of its side of the same whole: "The committee voted
7-2" vs "Six of the nine members backed the rise" (reader.analysis.figures.vote_tallies).
A count told without its whole, or of another whole (members absent, abstaining), is no
discrepancy; like a score, the tally stands only on a close link. So is a margin told
otherwise ("52-48 vs by two votes": reader.analysis.figures.vote_margins)."""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.vote_margins import margin
from reader.analysis.figures.vote_tallies import Tally, side, tally
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind


def vote_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """Each vote's tally of one sentence against a count of its side in the other that
    tells it otherwise: "7-2 vs Six of 9"."""
    out: list[Conflict] = []
    for f, g, swapped in ((fa, fb, False), (fb, fa, True)):
        for m in f.numbers:
            # a tally, whether its sentence tells the vote or the margin's does
            told = tally(f, m, voted=True)
            if told is None:
                continue
            voted = tally(f, m) is not None
            for n in g.numbers:
                other = _told_otherwise(told, voted, g, n)
                if other is None:
                    continue
                a, b = (n, m) if swapped else (m, n)
                detail = f"{other} vs {m.surface}" if swapped else f"{m.surface} vs {other}"
                out.append(Conflict(DiscrepancyKind.NUMBER, a, b, detail, by_told_value=True))
    return out


def _told_otherwise(told: Tally, voted: bool, g: UnitFeatures, n: Mention) -> str | None:
    """How ``n`` of sentence ``g`` tells the vote of tally ``told`` otherwise, as shown: a
    margin ("by two votes"), or, when the tally's sentence tells the vote (``voted``), a
    count of its side of the same whole ("Six of 9"); None when it does not."""
    won_by = margin(g, n)
    if won_by is not None:
        return won_by.told if won_by.votes != told.majority - told.minority else None
    if not voted:
        return None
    counted = side(g, n)
    expected = None if counted is None else counted.of(told)
    if counted is None or expected is None or expected == counted.part:
        return None
    return f"{n.surface} of {counted.whole}"
