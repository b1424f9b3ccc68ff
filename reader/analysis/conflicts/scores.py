"""Match results that two linked sentences give with different figures: "won 3-1" vs
"won 2-1", "beat the Knicks 102-98" vs "beat the Knicks 101-98", "siegte 3:1", "ganó por
3 a 1".

A score is two figures joined by a dash (a colon in German, "a" in Spanish and
Portuguese), told with a word of a result beside it ("won", "beat", "victory", "Sieg",
"victoria", "vittoria", "vitória"; a vote's "voted", "votes" and "voting" too: "voted
6-3" vs "voting 5-4"). A win-loss record ("improved to 58-3", "a 9-14 record"), a range
("10-15 people"), a formation ("4-3-3") and a date ("9-11") are no score. Scores compare
unordered ("won 3-1" and "lost 1-3" agree), only when neither sentence gives the other's,
and on a close link.
"""

from __future__ import annotations

import re

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.conflicts.told_times import same_years
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.earlier_occasions import another_match
from reader.analysis.mention import Mention
from reader.analysis.words.clauses import occasion_before
from reader.lazy_regex import LazyPattern
from reader.model import DiscrepancyKind, Span


def scores(f: UnitFeatures) -> list[Mention]:
    """The match results of sentence ``f``; a key holds the two figures, larger first."""
    text, base = f.unit.folded, f.unit.span.start
    out: list[Mention] = []
    joins = _JOINS.get(f.language or "", _JOINS[""])
    for m in re.finditer(_SCORE.format(join=joins), text, re.IGNORECASE):
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 40]
        if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after):
            continue
        if not (_RESULT_BEFORE.search(before) or _RESULT_AFTER.match(after)):
            continue
        x, y = sorted((int(m.group("x")), int(m.group("y"))), reverse=True)
        span = Span(base + m.start(), base + m.end())
        out.append(Mention("number", f"score:{x}-{y}", span, m.group()))
    return out


def score_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """One score of each sentence, not the same, of one match (not another occasion's)."""
    if not same_years(fa, fb):
        return []  # "In 2008, Klitschko won 10-8": another match
    in_a, in_b = scores(fa), scores(fb)
    if len(in_a) != 1 or len(in_b) != 1 or in_a[0].key == in_b[0].key:
        return []
    a, b = in_a[0], in_b[0]
    if any(
        occasion_before(f, m.span.start - f.unit.span.start) or another_match(f, m)
        for f, m in ((fa, a), (fb, b))
    ):
        return []  # "Arsenal had won 2-0 at Anfield a year ago": another match
    return [told_value(DiscrepancyKind.NUMBER, a, b)]


_SCORE = (
    r"(?<![\w.,:/–-])(?P<x>\d{{1,3}})\s?(?:{join})\s?(?P<y>\d{{1,3}})"
    r"(?![\w/–-]|[.,:]\d|\s?%)"
)
_JOINS = {
    "": "[-–]",
    "German": "[-–:]",
    "Spanish": r"[-–]|a(?=\s)",
    "Portuguese": r"[-–]|a(?=\s)|x(?=\s)",
}
_RESULT_WORDS = (
    r"won|win|wins|winning|beat|beats|beating|defeated|defeat|defeats|downed|edged|topped"
    r"|routed|thrashed|crushed|blanked|lost|lose|loses|losing|fell|victory|triumph|drew|draw"
    r"|tied|score|scored|voted|vote|votes|voting"
    r"|gagné|gagne|battu|bat|victoire|défaite|perdu|remporté"
    r"|gewann|gewinnt|siegte|besiegte|schlug|verlor|sieg|niederlage|unentschieden"
    r"|ganó|gana|venció|derrotó|perdió|victoria|derrota|empate|goleó"
    r"|vinto|vince|battuto|sconfitto|perso|vittoria|sconfitta|pareggio"
    r"|venceu|vence|derrotou|perdeu|vitória|derrota|empate|goleou"
)
_RESULT_BEFORE = LazyPattern(rf"\b(?:{_RESULT_WORDS})\b[^.;:]*$", re.IGNORECASE)
_RESULT_AFTER = LazyPattern(
    rf"[\s-]*(?:(?:home|road|away|overtime|come-from-behind|[a-z]+-)\s*)?(?:{_RESULT_WORDS})\b",
    re.IGNORECASE,
)
# "improved to 58-3", "fell to 36-3", "a 9-14 record", "(45-7-2, 36 KOs)": a record
_RECORD_BEFORE = LazyPattern(
    r"\b(?:improved|improves|improving|fell|falls|dropped|drops|moved|moves|went|goes|climbed"
    r"|record\s+(?:of|at|to)|now)\s+(?:to\s+)?$|\($",
    re.IGNORECASE,
)
_RECORD_AFTER = LazyPattern(
    r"\s*(?:record|mark|overall|on\s+the\s+season|[-–]\d|,\s*\d+\s*KO)", re.IGNORECASE
)
