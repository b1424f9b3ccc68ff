"""A sentence's second partner that gives other figures than the first, which gives all of
the sentence's: another fact of the story, not this one.

A sentence may be linked to two of the other article's (a headline to its lead and to a
paragraph). When its stronger partner gives every amount and percentage the sentence
gives (one of them telling: not a small whole count alone), in the same unit or of the
same noun ("3,000 acres" is not "3,000 homes"), and the weaker gives telling figures none
of which is the sentence's, the weaker tells
something else with words of the same topic: the wire's "The institute first measured the
quake at magnitude 7.1 before revising it to 6.8" has the ledger's "The institute
initially put the magnitude at 7.1 and later lowered it to 6.8", and its link to "The U.S.
Geological Survey measured the quake at magnitude 6.7" (0.77) tells another agency's
figure; a release's "For the fourth quarter ... revenue in the range of $4.35 billion to
$4.45 billion" has the story's "$4.35bn and $4.45bn", not its "fiscal 2026 revenue of
$17bn-$17.5bn" (0.93). Such a link is left out.

A stronger partner that gives the figures as a running total ("a total of", "so far":
count_terms.cumulative) while the sentence does not gives another fact, though the same
figures: ECB+ 12_7's "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds
from the boat" has the other reports' "In their five operations so far, ... confiscated
14 AK-47 Rifles, ..." as its stronger partner, and keeps its link to their "six AK 47
rifles, 12 magazines and about 300 rounds" of this operation: "six vs 14", the report
that gives five operations' haul as the boat's, is the discrepancy to show.

A sentence whose figures its stronger partner does not all give keeps its other links: a
figure the two tell differently is a discrepancy to show ("Police put the turnout at
12,000 and said 41 people had been detained", linked to "12,000" elsewhere, keeps "Police
said 37 people had been arrested").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.count_terms import cumulative
from reader.analysis.linking.select import Link
from reader.analysis.linking.told_figures import telling

# two figures this close are one told rounded ("$4.21 billion", "$4.2bn"; "€99m", "100
# million euros")
ROUNDED = 0.01


@dataclass(frozen=True, slots=True)
class Figure:
    kind: str  # "num" or "pct"
    value: float
    unit: str  # the unit or counted noun read after it, or ""
    telling: bool  # seldom shared by chance (not a small whole number)
    running: bool = False  # told as a running total ("a total of", "so far")


def without_second_figures(
    links: Sequence[Link], feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]
) -> list[Link]:
    """``links`` less those to a sentence's second partner that gives other figures than
    the sentence, whose stronger partner gives all of its own (module doc)."""
    figs_a = [_figures(f) for f in feats_a]
    figs_b = [_figures(f) for f in feats_b]
    of_a: dict[int, list[Link]] = defaultdict(list)
    of_b: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        of_a[link.i].append(link)
        of_b[link.j].append(link)
    out = []
    for link in links:
        stronger_b = [figs_b[k.j] for k in _stronger(link, of_a[link.i])]
        stronger_a = [figs_a[k.i] for k in _stronger(link, of_b[link.j])]
        if not _told_elsewhere(figs_a[link.i], figs_b[link.j], stronger_b) and not (
            _told_elsewhere(figs_b[link.j], figs_a[link.i], stronger_a)
        ):
            out.append(link)
    return out


def _stronger(link: Link, others: list[Link]) -> list[Link]:
    return [k for k in others if k.strength > link.strength]


def _told_elsewhere(own: list[Figure], partner: list[Figure], stronger: list[list[Figure]]) -> bool:
    """The sentence giving the figures ``own``, a telling one among them, has a stronger
    partner giving all of them, and this ``partner`` gives telling figures none of which
    is the sentence's."""
    if not any(x.telling for x in own) or not any(x.telling for x in partner):
        return False
    if any(_gives(own, x, units=False) for x in partner):
        return False
    return any(all(_gives(other, x) for x in own) for other in stronger)


def _gives(figures: list[Figure], figure: Figure, units: bool = True) -> bool:
    """One of ``figures`` is ``figure``, rounded or not, of the same kind and (``units``)
    of the same unit or counted noun when both tell one ("3,000 acres" is not "3,000
    homes") and told alike as a running total or not. Unit words are read loosely ("27
    dead", "27 people"): the figure a weaker partner shares is taken whatever its noun,
    so that either reading keeps the link."""
    return any(
        x.kind == figure.kind
        and (not units or not x.unit or not figure.unit or x.unit == figure.unit)
        and (not units or x.running == figure.running)
        and abs(x.value - figure.value) <= ROUNDED * max(abs(x.value), abs(figure.value))
        for x in figures
    )


def _figures(f: UnitFeatures) -> list[Figure]:
    """The amounts and percentages ``f`` gives (not years, dates, times or ages), each
    marked telling or not (``told_figures.telling``: a small whole number is not)."""
    keys = telling(f)
    out = []
    for m in f.numbers:
        kind, _, value = m.key.partition(":")
        if kind not in ("num", "pct"):
            continue
        try:
            out.append(Figure(kind, float(value), m.unit_word, m.key in keys, cumulative(f, m)))
        except ValueError:
            continue
    return out
