"""Which matches the article panes show: those of a kind ticked in the Matches panel,
scored at its Min score or above.

The panel's other filters (Show: with a discrepancy or with a note; the words typed in
its filter box) pick the matches to list and to step through, not what the articles
look like: the panes keep every match of the kinds and scores the reader wants to see.
A hidden match is neither drawn (nor its discrepancy), nor marked on the overview strip
or the link map, nor clickable, nor named on hover; passages only one article reports
and boilerplate are not matches, and stay. Plain Python: the window's widgets ask it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from reader.model import Match, MatchKind
from reader.model.alignment import SCORE_DIGITS  # Min score compares 0.87, not 0.8684

ALL_KINDS = frozenset(k.value for k in MatchKind)
# the kinds in the Matches panel's order, named as its tick boxes are
KIND_NAMES = {
    MatchKind.CLAIM: "Claims",
    MatchKind.QUOTE: "Quotes",
    MatchKind.ENTITY: "Entities",
    MatchKind.NUMBER: "Numbers",
}


@dataclass(frozen=True, slots=True)
class PaneFilter:
    """The kinds shown and the least score shown (the default shows every match)."""

    kinds: frozenset[str] = field(default=ALL_KINDS)
    min_score: float = 0.0

    def shows(self, m: Match) -> bool:
        # m.kind is a StrEnum (equal to its value): no .value lookup, called per match
        return m.kind in self.kinds and round(m.score, SCORE_DIGITS) >= self.min_score

    def hiding(self, m: Match) -> tuple[str, ...]:
        """What of this filter hides ``m``, by the Matches panel's names: "kinds" (its
        kind unticked), "Min score"; () when it shows it."""
        parts = (
            ("kinds", replace(self, min_score=0.0)),
            ("Min score", replace(self, kinds=ALL_KINDS)),
        )
        return tuple(name for name, part in parts if not part.shows(m))

    def shows_all(self) -> bool:
        """True when no match can be hidden: every kind ticked, Min score 0."""
        return self.kinds >= ALL_KINDS and self.min_score <= 0

    def hidden_ids(self, matches: Iterable[Match]) -> frozenset[str]:
        """The ids of the matches of ``matches`` this filter hides."""
        if self.shows_all():
            return frozenset()
        return frozenset(m.id for m in matches if not self.shows(m))

    def differing(self, others: Iterable[PaneFilter], matches: Iterable[Match]) -> list[Match]:
        """The matches of ``matches`` that this filter and one of ``others`` do not both
        show (one pass, the rule of ``shows`` inlined: a drag of Min score asks it at each
        step, of every match)."""
        rules = [(f.kinds, f.min_score) for f in set(others) if f != self]
        if not rules:
            return []
        kinds, least = self.kinds, self.min_score
        out = []
        for m in matches:
            score = round(m.score, SCORE_DIGITS)
            shown = m.kind in kinds and score >= least
            if any((m.kind in k and score >= s) != shown for k, s in rules):
                out.append(m)
        return out

    def summary(self, matches: Iterable[Match]) -> str:
        """What the filter hides, in a few words ("Min score 0.80: 14 of 52 matches
        hidden"); "" when it shows every match."""
        if self.shows_all():
            return ""
        listed = list(matches)
        hidden = sum(not self.shows(m) for m in listed)
        why = []
        if self.min_score > 0:
            why.append(f"Min score {self.min_score:.2f}")
        off = [name for kind, name in KIND_NAMES.items() if kind not in self.kinds]
        if off:
            why.append(f"{', '.join(off)} off" if len(off) < len(KIND_NAMES) else "every kind off")
        noun = "match" if len(listed) == 1 else "matches"
        said = f"{', '.join(why)}: {hidden} of {len(listed)} {noun} hidden"
        return said[0].upper() + said[1:]


EVERY_MATCH = PaneFilter()
