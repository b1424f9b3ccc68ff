"""One length of time told in two units by two linked sentences: "jailed for 12 years"
and "sentenced to 144 months", "asked for five years" and "sought 60 months", "two
weeks" and "14 days", "48 hours" and "two days". Each figure is told with its unit alone
(reader.analysis.times.durations: not "three and a half hours"), or a unit with no figure
("offered a year of free credit monitoring" and "12 months of free credit monitoring":
reader.analysis.times.one_unit_lengths), in the same frame (a length, a deadline, a
distance from another moment), and the two come to the same minutes exactly (a month
counting 30 days, a year 12 months: "90 days" and "three months" match, "four weeks" and
"a month" do not, though they do not disagree). A rough Numbers match, "12 years ≈ 144
months (converted: 12 years is 144 months)", as a figure told in another unit of measure is
("a year ≈ one year (same length)" when one side tells its one unit with no figure, or
tells one of the larger unit the other counts at a glance: "a year ≈ 12 months (same
length)", "one week ≈ seven days", "an hour ≈ 60 minutes", whose conversion is no news)
(reader.analysis.figures.unit_conversions); the same figure in the same unit is an exact
match already, and two lengths that differ a number discrepancy
(reader.analysis.conflicts.count_conflicts)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import converted_evidence, three
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.mention import Mention
from reader.analysis.times.durations import Duration, durations

# a length told with "a" on one side and a figure on the other: "a year ≈ one year"
SAME_LENGTH = "(same length)"


def length_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each figure of A and figure of B, in linked sentences, one length told in two
    units, one of them at least with no partner yet: the two figures and the evidence
    saying so. A figure matched in another sentence still takes its length told in
    another unit ("jailed for 12 years" of a lead matched to "a dozen years" of the
    other's headline, and to "sentenced to 144 months" of its lead)."""
    for i, js in linked.partners_of_a.items():
        own = _lengths(linked.fa[i])
        if not own:
            continue
        for j in js:
            for db, mb in _lengths(linked.fb[j]):
                for da, ma in own:
                    if (
                        ma.span not in linked.taken_a or mb.span not in linked.taken_b
                    ) and _one_length(da, db):
                        yield ma, mb, _evidence(da, db)


def _evidence(a: Duration, b: Duration) -> str:
    """What lengths ``a`` and ``b`` are matched by: "12 years ≈ 144 months (converted: 12
    years is 144 months)", "a year ≈ one year (same length)"."""
    shown_a, shown_b = a.mention.surface, b.mention.surface
    minutes = float(a.mention.key[4:])
    if a.unit == b.unit or a.unit is None or b.unit is None or _at_a_glance(minutes, a, b):
        return f"{shown_a} ≈ {shown_b} {SAME_LENGTH}"
    told = f"{_in_unit(minutes, a.unit)} is {_in_unit(minutes, b.unit)}"
    return converted_evidence(shown_a, shown_b, told)


# the units of time one of which a reader tells in the other at a glance, by their
# minutes: a year is 12 months, a week seven days, a day 24 hours, an hour 60 minutes
_GLANCE = frozenset(
    {(518400.0, 43200.0), (10080.0, 1440.0), (1440.0, 60.0), (60.0, 1.0), (1.0, 1 / 60),
     (5184000.0, 518400.0)}
)  # fmt: skip


def _at_a_glance(minutes: float, a: Duration, b: Duration) -> bool:
    """``a`` and ``b``, one length of ``minutes``, tell one of the larger unit and the
    smaller one's count in it, which needs no note of conversion: "a year ≈ 12 months",
    "one week ≈ seven days", "an hour ≈ 60 minutes" (not "12 years ≈ 144 months", whose
    note does a sum, nor "a day ≈ 1,440 minutes")."""
    units = (max(a.unit or 0.0, b.unit or 0.0), min(a.unit or 0.0, b.unit or 0.0))
    return units in _GLANCE and math.isclose(minutes, units[0], rel_tol=1e-9)


def _in_unit(minutes: float, unit: float) -> str:
    """``minutes`` counted in the unit of time of ``unit`` minutes: "144 months", "1 day"."""
    count = three(minutes / unit)
    one, many = _UNIT_NAMES.get(unit, ("unit", "units"))
    return f"{count} {one if count == '1' else many}"


# the units of time by their minutes (a month counted as 30 days, as reader.analysis.times
# .durations counts it), in the singular and the plural
_UNIT_NAMES = {
    minutes: (name, "centuries" if name == "century" else f"{name}s")
    for minutes, name in (
        (1 / 60, "second"), (1.0, "minute"), (60.0, "hour"), (1440.0, "day"), (10080.0, "week"),
        (43200.0, "month"), (518400.0, "year"), (5184000.0, "decade"), (51840000.0, "century"),
    )
}  # fmt: skip


def length_unit_after(f: UnitFeatures, m: Mention) -> str:
    """The unit of time written right after figure ``m`` of ``f`` when the two tell a
    length (" months" of "144 months", " years" of "five years"), with what the length
    goes on with (" minutes 30 seconds" of "8 minutes 30 seconds", " and a half minutes"
    of "eight and a half minutes"); '' else."""
    for d in durations(f):
        # its mention spans the figure, its surface the figure and unit ("144 months")
        whole = d.mention.surface
        if (
            d.by_figure
            and d.parts[0] == m.span
            and whole.startswith(m.surface)
            and len(whole) > len(m.surface)
        ):
            return whole[len(m.surface) :]
    return ""


def _lengths(f: UnitFeatures) -> list[tuple[Duration, Mention]]:
    """The durations of ``f`` told by one figure and its unit, each with that figure's
    mention, or by one unit with no figure ("offered a year of free credit monitoring":
    reader.analysis.times.one_unit_lengths), each with its own."""
    figures = {m.span: m for m in f.numbers}
    out = []
    for d in durations(f):
        if d.unit is None or len(d.parts) != 1:
            continue
        figure = figures.get(d.parts[0]) if d.by_figure else d.mention
        if figure is not None:
            out.append((d, figure))
    return out


def _one_length(a: Duration, b: Duration) -> bool:
    """``a`` and ``b`` tell one length in two units, or in one unit with a figure on
    one side only ("a year" and "one year"), told in one frame."""
    if (a.unit == b.unit and a.by_figure == b.by_figure) or a.frame != b.frame:
        return False
    return math.isclose(float(a.mention.key[4:]), float(b.mention.key[4:]), rel_tol=1e-9)
