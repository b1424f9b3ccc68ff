"""What only one article reports once the reader corrected the matches (Qt-free).

The aligner shades as "only in A" the runs of A's sentences that no claim or quote match
covers (``Alignment.only_a``). A link made by hand covers its sentences as well, and a
sentence whose every match the reader rejected is covered no longer: :func:`corrected_only`
gives the runs for the matches shown, starting from the aligner's own, so a pair without
corrections keeps its runs exactly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from reader.analysis.linking.claim_scores import contextual_strength
from reader.analysis.passages import passages
from reader.analysis.units import document_units
from reader.model.alignment import Closest, Match, MatchKind
from reader.model.document import Document
from reader.model.span import Span

COVERING_KINDS = frozenset({MatchKind.CLAIM, MatchKind.QUOTE})


def corrected_only(
    doc: Document,
    only: tuple[Span, ...],
    before: Iterable[Span],
    after: Iterable[Span],
) -> tuple[Span, ...]:
    """The runs of ``doc`` that only it reports, ``only`` while the passages ``before``
    covered it (the aligner's claim and quote matches on this side), now that ``after``
    do (those the reader kept, and the links made by hand).

    A sentence goes out of the runs once a passage of ``after`` overlaps it, and comes in
    once none does where one of ``before`` did; they join into passages as the aligner
    joins them (inside one paragraph: :mod:`reader.analysis.passages`).
    """
    was, now = _Cover(before), _Cover(after)
    units = [u.span for u in document_units(doc)]
    lost = [u for u in units if was.overlaps(u) and not now.overlaps(u)]
    gained = [u for u in units if now.overlaps(u) and not was.overlaps(u)]
    if not lost and not gained:
        return only
    runs, gone, back = _Cover(only), set(gained), set(lost)
    kept = [u for u in units if u not in gone and (u in back or runs.holds(u))]
    return tuple(passages(doc, kept))


def rejected_closest(
    doc: Document,
    side: str,
    only: tuple[Span, ...],
    closest: tuple[Closest, ...],
    rejected: Iterable[Match],
) -> tuple[Closest, ...]:
    """``closest`` (the aligner's closest sentence in the other article for each of
    ``doc``'s sentences that no match covered) with one more for each sentence of the runs
    ``only`` that it lacks: a sentence that is only in ``doc`` because the reader rejected
    its match. Its closest is the other side of its nearest rejected match, what the
    aligner had taken it to tell, for the reader to look at again.

    Its score is on the scale of the aligner's closest sentences (:func:`rejected_score`),
    since a passage shows the best-scoring of its sentences' closest
    (``Alignment.closest_to``): with the claim's own score (0.5-1 against the aligner's
    0.02-0.5) the rejected partner always won, whatever the other sentences came near."""
    lost = [m for m in rejected if m.manual or m.kind in COVERING_KINDS]
    if not lost or not only:
        return closest
    runs, have = _Cover(only), _Cover(c.span for c in closest)
    added: list[Closest] = []
    for u in document_units(doc):
        if not runs.holds(u.span) or have.overlaps(u.span):
            continue
        on = [m for m in lost if (m.a if side == "a" else m.b).overlaps(u.span)]
        if on:
            best = max(on, key=lambda m: (rejected_score(m), m.score))
            other = best.b if side == "a" else best.a
            added.append(Closest(u.span, other, rejected_score(best)))
    return (*closest, *added) if added else closest


def rejected_score(m: Match) -> float:
    """A rejected match's pair scored as the aligner scores a closest sentence: the
    contextual similarity a claim was linked on (its score mapped back,
    ``claim_scores.contextual_strength``). A quote's score measures its words, a hand
    link's is 1: no similarity is known for them, so they score 0, under every closest
    the aligner found (it offers none under ``nearest.WORDS_ONLY_CLOSE_ENOUGH``, 0.02),
    and are shown beside a passage only when none of its other sentences has one."""
    if m.manual or m.kind is not MatchKind.CLAIM:
        return 0.0
    return round(contextual_strength(m.score), 4)


def split_at_paragraphs(doc: Document, only: tuple[Span, ...]) -> tuple[Span, ...]:
    """``only`` (the runs of ``doc`` only it reports, as a session file holds them) with
    each run that crosses a paragraph break made into the passages the aligner makes now.

    A session saved before the fortieth session joined a run across paragraphs (the
    seed pair's AP had six paragraphs on what KCNA said the treaty holds as one passage,
    shown with one closest sentence) and kept it so until aligned again. Such a run's
    sentences are joined again by :func:`reader.analysis.passages.passages`, less a line
    that is a crosshead by today's rule (``crossheads``: "What it pays for" was joined
    with the paragraphs after it): what aligning the pair again gives, with the
    session's notes and corrections kept. A file of today's shape is given back as it
    is."""
    starts = [p.start for p in doc.paragraphs]
    if not any(_crosses(starts, s) for s in only):
        return only
    from reader.analysis.crossheads import crossheads  # only for such an older file

    units = document_units(doc)
    heads = crossheads(units, doc)
    out: list[Span] = []
    for run in only:
        if not _crosses(starts, run):
            out.append(run)
            continue
        inside = [u.span for u in units if run.contains(u.span) and u.index not in heads]
        out.extend(passages(doc, inside))
    return tuple(out)


def _crosses(starts: list[int], run: Span) -> bool:
    """``run`` starts in one paragraph and ends in another (``starts``: where they
    start)."""
    k = bisect.bisect_right(starts, run.start)  # the first paragraph starting after it
    return k < len(starts) and starts[k] < run.end


def covering(matches: Iterable[Match], side: str) -> list[Span]:
    """The passages on ``side`` ("a" or "b") of the matches that keep a sentence out of
    the runs: claims and quotes, and every link made by hand."""
    return [(m.a if side == "a" else m.b) for m in matches if m.manual or m.kind in COVERING_KINDS]


class _Cover:
    """Spans merged into sorted disjoint ranges, asked about by bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for s in sorted(s for s in spans if len(s)):
            if merged and s.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], s.end)
            else:
                merged.append([s.start, s.end])
        self._starts = [r[0] for r in merged]
        self._ends = [r[1] for r in merged]

    def _range_before(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def overlaps(self, span: Span) -> bool:
        """Some range shares a character with ``span``."""
        k = bisect.bisect_left(self._starts, span.end) - 1  # the last range starting before
        return k >= 0 and self._ends[k] > span.start

    def holds(self, span: Span) -> bool:
        """One range holds all of ``span``."""
        k = self._range_before(span.start)
        return k >= 0 and self._ends[k] >= span.end
