"""A figure told in two systems of units that differs once converted ("A gust of 130 mph"
against "A gust of 240km/h", which is 149 mph): reader.analysis.figures.unit_conversions."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.unit_conversions import Measure, unit_conflicts
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind


def converted_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The measures of ``fa`` and ``fb`` that differ once converted, as number
    discrepancies ("130 mph vs 240km/h"), each spanning its figure and unit as it says."""
    return [
        Conflict(
            DiscrepancyKind.NUMBER,
            _whole(x),
            _whole(y),
            f"{x.shown} vs {y.shown}",
            # a story tells several speeds and lengths: only a close link stands for one
            by_told_value=True,
        )
        for x, y in unit_conflicts(fa, fb)
    ]


def _whole(x: Measure) -> Mention:
    """``x``'s figure with its unit ("240km/h")."""
    return replace(x.mention, span=x.span, surface=x.shown)
