"""A misquoted figure told once: by the quotation's wording, not also as a figure.

"We will build 40,000 new homes" (the minister, in A) and the government "will build
14,000 new homes" (B) are two matched quotations worded differently, a quote
discrepancy ("“40,000” vs “14,000”"), and the sentences holding them a claim whose
figures differ ("40,000 vs 14,000 homes"). When both figures sit inside the two matched
quotations and the quote discrepancy's stretches hold them, it is one misquote, told by
the quotation's: the figures' discrepancy is dropped (the window's counts, the exports
and ``align --format text`` list it once)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Discrepancy, DiscrepancyKind, Match, MatchKind

__all__ = ["told_by_quotes"]

# the kinds of a figure's discrepancy a misquote's wording shows: a count, a date
_FIGURE_KINDS = frozenset((DiscrepancyKind.NUMBER, DiscrepancyKind.DATE))


def told_by_quotes(found: Sequence[Discrepancy], matches: Sequence[Match]) -> list[Discrepancy]:
    """``found`` less each figure's discrepancy whose two figures lie inside two matched
    quotations (a quote match of ``matches``) whose wording discrepancy shows them."""
    quoted = {m.id: m for m in matches if m.kind is MatchKind.QUOTE}
    wordings = [
        (quoted[d.match], d) for d in found if d.kind is DiscrepancyKind.QUOTE and d.match in quoted
    ]

    def told(d: Discrepancy) -> bool:
        return d.kind in _FIGURE_KINDS and any(
            m.a.contains(d.a) and m.b.contains(d.b) and q.a.contains(d.a) and q.b.contains(d.b)
            for m, q in wordings
        )

    return [d for d in found if not told(d)]
