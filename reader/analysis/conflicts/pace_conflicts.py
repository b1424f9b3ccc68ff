"""Paces that differ ("2:54 per kilometre" against "2:58 per kilometre", or against "4:50
per mile", which is 3:00 a kilometre): reader.analysis.times.stopwatch_times reads each
pace as one mention of kind PACE, and reader.analysis.times.pace_partners matches two that
are one pace; two that are not are a Numbers discrepancy, shown as told, when they are
whose pace the other's is, as two counts must be (the two sentences name someone in
common, or one names nobody; the nearest name before each, when both name one:
reader.analysis.figures.count_owners). A pace the other sentence tells too
is no discrepancy against another of its paces ("2:54 per kilometre, 4:41 per mile" and
"4:41 a mile"). A story tells several paces (the winner's, the record's): only a close
link stands for one when a side tells more than one. A pace told "about" ("a pace of about
4:41 per mile") is rounded: it agrees with one within five seconds a kilometre of it."""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.count_owners import names_told_after, same_subject, shared_names
from reader.analysis.figures.count_terms import hedge
from reader.analysis.mention import Mention
from reader.analysis.times.pace_partners import one_pace, per_km
from reader.analysis.times.stopwatch_times import PACE
from reader.model import DiscrepancyKind


def pace_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The paces of ``fa`` and ``fb`` of one runner that are no one pace."""
    paces_a = [m for m in fa.numbers if m.kind == PACE]
    paces_b = [m for m in fb.numbers if m.kind == PACE]
    several = len(paces_a) > 1 or len(paces_b) > 1
    shared = shared_names(fa, fb)
    out: list[Conflict] = []
    for pa in paces_a:
        if _told(pa, paces_b):
            continue
        for pb in paces_b:
            if _told(pb, paces_a) or not same_subject(fa, pa, fb, pb):
                continue
            if not (shared or names_told_after(fa, pa, fb, pb)):
                continue
            if (hedge(fa, pa) or hedge(fb, pb)) and abs(per_km(pa) - per_km(pb)) <= _ROUGH:
                continue  # "about 4:41 per mile" and "2:56 per kilometre"
            detail = f"{pa.surface} vs {pb.surface}"
            out.append(Conflict(DiscrepancyKind.NUMBER, pa, pb, detail, by_told_value=several))
    return out


# how far, in seconds a kilometre, a pace told "about" reaches either way
_ROUGH = 5.0


def _told(pace: Mention, others: list[Mention]) -> bool:
    """``pace`` is one of ``others``: the same ("2:54 per kilometre" and "2:54/km"), or
    converted within the second each is told to (pace_partners.one_pace)."""
    return any(pace.key == x.key or one_pace(pace, x) for x in others)
