"""Match results that two linked sentences give with different figures: "won 3-1" vs
"won 2-1", "beat the Knicks 102-98" vs "beat the Knicks 101-98", "siegte 3:1", "ganó por
3 a 1".

A score is two figures joined by a dash (a colon in German, "a" in Spanish and
Portuguese), told with a word of a result beside it ("won", "beat", "victory", "Sieg",
"victoria", "vittoria", "vitória"; a vote's "voted", "votes" and "voting" too: "voted
6-3" vs "voting 5-4"). A win-loss record ("improved to 58-3", "a 9-14 record"), a range
("10-15 people"), a formation ("4-3-3") and a date ("9-11") are no score. A score is the
result of a match, of its penalty shootout ("beaten 3-2 on penalties", "a 5-4 shootout
win") or of a tie of two legs ("4-3 on aggregate", "4-3 over two legs"), and compares
only with a result of its kind: "4-3 on aggregate" is no other telling of "2-1 in the
second leg". Scores compare unordered ("won 3-1" and "lost 1-3" agree), only when
neither sentence gives the other's, and on a close link.
"""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.conflicts.told_times import same_years
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import another_match
from reader.analysis.figures.match_scores import score_kind
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import occasion_before
from reader.model import DiscrepancyKind


def score_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """One score of each sentence, not the same, of one match (not another occasion's)."""
    if not same_years(fa, fb):
        return []  # "In 2008, Klitschko won 10-8": another match
    out: list[Conflict] = []
    found_a, found_b = scores(fa), scores(fb)
    for kind in {score_kind(m) for m in found_a}:
        in_a = [m for m in found_a if score_kind(m) == kind]
        in_b = [m for m in found_b if score_kind(m) == kind]
        if len({m.key for m in in_a}) != 1 or len({m.key for m in in_b}) != 1:
            continue  # two results told: which is the other's?
        if in_a[0].key == in_b[0].key:
            continue  # a shootout's or two legs' result is not the match's
        a, b = in_a[0], in_b[0]
        if any(
            occasion_before(f, m.span.start - f.unit.span.start) or another_match(f, m)
            for f, m in ((fa, a), (fb, b))
        ):
            continue  # "Arsenal had won 2-0 at Anfield a year ago": another match
        out.append(told_value(DiscrepancyKind.NUMBER, a, b))
    return out


def scores(f: UnitFeatures) -> list[Mention]:
    """The match results of sentence ``f`` (reader.analysis.figures.match_scores): a key
    holds the two figures, larger first, and the kind of result."""
    return [m for m in f.numbers if m.key.startswith("score:")]
