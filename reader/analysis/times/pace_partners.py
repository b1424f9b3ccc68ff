"""One pace told per kilometre by one linked sentence and per mile by the other ("averaged
2:54 per kilometre" and "a pace of about 4:41 per mile": reader.analysis.times
.stopwatch_times reads each as one mention of kind PACE): a rough Numbers match, "2:54
per kilometre ≈ 4:41 per mile (converted: 2:54 per kilometre is 4:40 per mile)", when,
converted, the two lie within the second each is told to (2:54 a kilometre is 4:40.0 a
mile, 2:55 is 4:41.6: both give 4:41); not "2:54 per kilometre" and "4:50 per mile"."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.figures.converted_values import converted_evidence
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.mention import Mention
from reader.analysis.times.stopwatch_times import PACE

_KM_PER_MILE = 1.609344
_PER_KM = {"km": 1.0, "mile": 1 / _KM_PER_MILE}


def pace_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each pace of A and pace of B, in linked sentences, neither matched yet, told per
    two units of distance and one pace converted: the two and the evidence."""
    for i, js in linked.partners_of_a.items():
        own = [m for m in linked.fa[i].numbers if m.kind == PACE and m.span not in linked.taken_a]
        for j in js:
            for mb in linked.fb[j].numbers:
                if mb.kind != PACE or mb.span in linked.taken_b:
                    continue
                for ma in own:
                    if one_pace(ma, mb):
                        told = f"{ma.surface} is {per_unit(ma, mb)}"
                        yield ma, mb, converted_evidence(ma.surface, mb.surface, told)


def per_unit(a: Mention, b: Mention) -> str:
    """Pace ``a`` told per ``b``'s unit of distance, to the second: "4:40 per mile"."""
    unit = b.key.split(":")[1]
    minutes, seconds = divmod(round(per_km(a) / _PER_KM[unit]), 60)
    return f"{minutes}:{seconds:02d} per {unit}"


def per_km(pace: Mention) -> float:
    """The seconds a kilometre pace ``pace`` tells ("4:41 per mile": 174.6)."""
    _, unit, seconds = pace.key.split(":")
    return int(seconds) * _PER_KM[unit]


def one_pace(a: Mention, b: Mention) -> bool:
    """Paces ``a`` and ``b``, told per two units of distance, are one pace within the
    second each is told to."""
    (_, unit_a, sec_a), (_, unit_b, sec_b) = a.key.split(":"), b.key.split(":")
    if unit_a == unit_b:
        return False
    low_a, high_a = ((int(sec_a) + d) * _PER_KM[unit_a] for d in (-0.5, 0.5))
    low_b, high_b = ((int(sec_b) + d) * _PER_KM[unit_b] for d in (-0.5, 0.5))
    return low_a <= high_b and low_b <= high_a
