"""A :class:`Conflict`: two mentions of linked sentences that tell one fact with
different values (reader.analysis.conflicts.discrepancies finds them)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: DiscrepancyKind
    a: Mention
    b: Mention
    detail: str
    # a day named by its weekday on one side at least: two sentences that each tell a
    # day may tell two occasions, so only a close link stands for one
    by_weekday: bool = False
    # a clock time, a year, an ordinal or a score on each side: a story tells several
    # (the attack at 9, the arrest at 11; the first title and the second), so these too
    # stand only on a close link
    by_told_value: bool = False
    # what both counts count, when both sentences say and agree ("seats", "dead",
    # "turnout": reader.analysis.figures.counted_labels), else ''
    counted: str = ""

    @property
    def needs_close_link(self) -> bool:
        """Only a link as close as the weekday gate (reader.analysis.pipeline) stands for
        this conflict."""
        return self.by_weekday or self.by_told_value


def told_value(kind: DiscrepancyKind, a: Mention, b: Mention) -> Conflict:
    """A clock time, year, ordinal or score of ``a`` against ``b``'s, shown as told."""
    return Conflict(kind, a, b, f"{a.surface} vs {b.surface}", by_told_value=True)
