"""Match results as figures: "won 2-1", "a 2-1 victory", "beaten 3-2 on penalties",
"4-3 on aggregate", "siegte 3:1", "ganó por 3 a 1".

A score is two figures joined by a dash (a colon in German, "a" in Spanish and
Portuguese), told with a word of a result beside it ("won", "beat", "beaten", "victory",
"Sieg", "victoria", "vittoria", "vitória"; a vote's "voted", "votes" and "voting" too). A
win-loss record ("improved to 58-3", "a 9-14 record"), a range ("10-15 people"), a
formation ("4-3-3") and a date ("9-11") are no score. A score is the result of a match,
of its penalty shootout ("3-2 on penalties", "a 5-4 shootout win") or of a tie of two
legs ("4-3 on aggregate", "4-3 over two legs"), which its key tells.

A score is one figure of its sentence, in place of the two it is made of: "4-3" is
matched with "4-3", not its "4" with the "four" of "four years", nor its "3" with the "3"
of "3-0".
"""

from __future__ import annotations

import re

from reader.analysis.figures.worded_tallies import worded_tallies
from reader.analysis.mention import Mention
from reader.lazy_regex import LazyPattern
from reader.model import Span


def score_mentions(text: str, base: int, language: str | None) -> list[Mention]:
    """The match results of a sentence's folded ``text`` (at ``base`` of its document),
    in ``language`` (None: English); a key holds the two figures, larger first, and the
    kind of result (:func:`score_kind`)."""
    out: list[Mention] = []
    joins = _JOINS.get(language or "", _JOINS[""])
    for m in re.finditer(_SCORE.format(join=joins), text, re.IGNORECASE):
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 40]
        if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after):
            continue
        if not (_RESULT_BEFORE.search(before) or _RESULT_AFTER.match(after)):
            continue
        x, y = sorted((int(m.group("x")), int(m.group("y"))), reverse=True)
        span = Span(base + m.start(), base + m.end())
        kind = next((k for k, p in _KINDS.items() if p.match(after)), "")
        out.append(Mention("number", f"score:{x}-{y}{kind}", span, m.group()))
    if language in (None, "English"):
        out.extend(
            t for t in worded_tallies(text, base) if not any(o.span.overlaps(t.span) for o in out)
        )
    return sorted(out, key=lambda m: m.span.start)


def with_scores(numbers: list[Mention], scores: list[Mention]) -> list[Mention]:
    """``numbers`` with each of ``scores`` in place of the figures it is made of."""
    if not scores:
        return numbers
    kept = [m for m in numbers if not any(s.span.contains(m.span) for s in scores)]
    return sorted([*kept, *scores], key=lambda m: m.span.start)


def score_kind(m: Mention) -> str:
    """What the score ``m`` is the result of: "" a match, "/penalties" its shootout,
    "/aggregate" a tie of two legs."""
    return m.key[m.key.index("/") :] if "/" in m.key else ""


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
    r"won|win|wins|winning|beat|beats|beating|beaten|defeated|defeat|defeats|downed|edged|topped"
    r"|routed|thrashed|crushed|blanked|lost|lose|loses|losing|fell|victory|triumph|drew|draw"
    r"|tied|score|scored|voted|vote|votes|voting|passed|passes|approved|approves|adopted"
    r"|cleared|clears|rejected|rejects"
    # a bill "pushed through the chamber", "squeaked through the Senate", 51-49
    r"|(?:pushed|rammed|forced|squeaked|sailed|steered)\s[^.;:]{0,40}?\bthrough"
    r"|through\s+the\s+(?:chamber|senate|house|assembly|parliament|commons|lords|legislature)"
    r"|gagné|gagne|battu|bat|victoire|défaite|perdu|remporté"
    r"|gewann|gewinnt|siegte|besiegte|schlug|verlor|sieg|niederlage|unentschieden"
    r"|ganó|gana|venció|derrotó|perdió|victoria|derrota|empate|goleó"
    r"|vinto|vince|battuto|sconfitto|perso|vittoria|sconfitta|pareggio"
    r"|venceu|vence|derrotou|perdeu|vitória|derrota|empate|goleou"
)
# "3-2 on penalties", "4-3 on pens", "a 5-4 penalty shootout win", "4-2 in the shootout";
# "4-3 on aggregate", "4-3 over two legs", "a 4-3 aggregate win"
_SHOOTOUT = (
    r"\s*(?:on\s+(?:penalties|pens|penalty\s+kicks|spot[\s-]kicks)|(?:in\s+(?:a|the)\s+)?"
    r"(?:penalty\s+)?shoot-?out\b|penalty\s+(?:win|victory|defeat|loss)\b)"
)
_TWO_LEGS = r"\s*(?:on\s+aggregate|over\s+(?:two|the\s+two)\s+legs|aggregate\b)"
_KINDS = {
    "/penalties": LazyPattern(_SHOOTOUT, re.IGNORECASE),
    "/aggregate": LazyPattern(_TWO_LEGS, re.IGNORECASE),
}
# the result's word in the clause before ("passes $1.2 trillion bill 52-48": a decimal
# point ends no clause)
_RESULT_BEFORE = LazyPattern(rf"\b(?:{_RESULT_WORDS})\b(?:[^.;:]|(?<=\d)\.(?=\d))*$", re.IGNORECASE)
_RESULT_AFTER = LazyPattern(
    rf"[\s-]*(?:(?:home|road|away|overtime|come-from-behind|[a-z]+-)\s*)?(?:{_RESULT_WORDS})\b"
    rf"|{_SHOOTOUT}|{_TWO_LEGS}",
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
