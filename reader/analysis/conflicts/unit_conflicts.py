"""Measures that differ: a figure told in two systems of units that differs once converted
("A gust of 130 mph" against "A gust of 240km/h", which is 149 mph:
reader.analysis.figures.unit_conversions), and two figures of one unit, told as counts are
compared ("12 feet" against "14 feet"); each shown with its unit as written."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.unit_conversions import (
    Measure,
    comes_to,
    measure,
    same_unit,
    unit_conflicts,
)
from reader.analysis.mention import Mention
from reader.model import DiscrepancyKind


def converted_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The measures of ``fa`` and ``fb`` that differ once converted, as number
    discrepancies ("130 mph vs 240km/h"), each spanning its figure and unit as it says."""
    # a story tells several speeds and lengths: only a close link stands for one
    return [_measures_apart(x, y, by_told_value=True) for x, y in unit_conflicts(fa, fb)]


def measured_conflict(
    fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention
) -> Conflict | None:
    """Counts ``na`` of ``fa`` and ``nb`` of ``fb`` that differ, as a number discrepancy
    telling each figure with the unit written after it ("12 feet vs 14 feet", "3.5 metres
    vs 4 meters"), spanning both, as a converted one is told; None when either is no
    measure (no known unit follows it: "87 vs 85 seats" names what both count after the
    values, reader.analysis.figures.counted_labels)."""
    x, y = measure(fa, na), measure(fb, nb)
    if x is None or y is None:
        return None
    return _measures_apart(x, y, by_told_value=False)


def two_dimensions(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Counts ``na`` of ``fa`` and ``nb`` of ``fb`` measure two things: a length and a
    speed ("48 km" north-east of a town, winds "gusting to 72 km/h"), however alike the
    words after them."""
    x, y = measure(fa, na), measure(fb, nb)
    return x is not None and y is not None and x.dimension != y.dimension


def _measures_apart(x: Measure, y: Measure, *, by_told_value: bool) -> Conflict:
    """Measures ``x`` and ``y`` as a number discrepancy, each with its unit, and when
    told in two units what ``y`` comes to in ``x``'s ("130 mph vs 240km/h (240 km/h is
    149 mph)")."""
    detail = f"{x.shown} vs {y.shown}"
    if x.dimension == y.dimension and not same_unit(x, y):
        detail += f" ({comes_to(y, x)})"
    return Conflict(
        DiscrepancyKind.NUMBER, _whole(x), _whole(y), detail, by_told_value=by_told_value
    )


def _whole(x: Measure) -> Mention:
    """``x``'s figure with its unit ("240km/h")."""
    return replace(x.mention, span=x.span, surface=x.shown)
