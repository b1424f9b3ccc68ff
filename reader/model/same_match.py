"""Which match of a new alignment of the same two texts is "the same match" as one of an
earlier alignment (Qt-free): the one linking the same passages in A and in B, of the same
kind first, under the same id before any other. An id alone is not enough: a new
alignment numbers its matches afresh, and its ``m4`` may link other passages.

One rule for all that carry a match over: a rejection and a note through
:meth:`~reader.model.session.Session.reapply`, the match chosen on screen through a new
alignment (:mod:`reader.ui.chosen_kept`), and a match carried onto an article's new text
by an update from its file (:mod:`reader.session.article_update`).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.model.alignment import Match, MatchKind
from reader.model.span import Span

Passages = tuple[Span, Span]

# the kinds whose passages may grow from one analysis to the next (a figure's unit, more
# of a name); a claim's or quote's passage is its sentence or quotation
_GROWING = frozenset({MatchKind.ENTITY, MatchKind.NUMBER})


def passages(m: Match) -> Passages:
    """The passages ``m`` links: (its span in A, its span in B)."""
    return (m.a, m.b)


def same_match(old: Match, candidates: Iterable[Match]) -> Match | None:
    """The match of ``candidates`` linking ``old``'s passages: of its kind and id, else
    of its kind, else of its id, else the first; None when none links them."""
    best: Match | None = None
    best_rank = (True, True)
    for m in candidates:
        if passages(m) != passages(old):
            continue
        rank = (m.kind != old.kind, m.id != old.id)
        if best is None or rank < best_rank:
            best, best_rank = m, rank
    return best


class MatchesByPassages:
    """The matches of a new alignment by the passages they link, to find the same match
    of each of many (:func:`same_match` among those on its passages, not a scan of all)."""

    def __init__(self, matches: Iterable[Match]) -> None:
        self._by: dict[Passages, list[Match]] = {}
        self._starting: dict[tuple[MatchKind, int, int], list[Match]] = {}
        for m in matches:
            self._by.setdefault(passages(m), []).append(m)
            self._starting.setdefault((m.kind, m.a.start, m.b.start), []).append(m)

    def same_match(self, old: Match) -> Match | None:
        """The match linking ``old``'s passages (see :func:`same_match`)."""
        return same_match(old, self._by.get(passages(old), ()))

    def same_kind(self, old: Match) -> Match | None:
        """The match linking ``old``'s passages that is of its kind; None when none is."""
        found = self.same_match(old)
        return found if found is not None and found.kind is old.kind else None

    def grown(self, old: Match) -> Match | None:
        """The one name or figure match of ``old``'s kind whose passages begin where
        ``old``'s do and hold them whole, when no match links ``old``'s very passages: a
        figure the analysis now reads with its unit ("12" -> "12 feet") or a name with
        more of itself is the same match to a rejection or a note. None when none is, or
        when several are (which one would be a guess)."""
        if old.kind not in _GROWING or self.same_match(old) is not None:
            return None
        found = [
            m
            for m in self._starting.get((old.kind, old.a.start, old.b.start), ())
            if m.a.end >= old.a.end and m.b.end >= old.b.end
        ]
        return found[0] if len(found) == 1 else None


__all__ = ["MatchesByPassages", "Passages", "passages", "same_match"]
