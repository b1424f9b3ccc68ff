"""A contract's length against the year it runs to: "a five-year deal" in an article of
July 2026 runs to 2031, so a linked sentence's "a contract until 2030" tells another
contract. A deal signed in the first half of a year may run half a year less (a January
signing's "five-year deal" until June 2030); one signed late in the year half a year
more. Only a term of years before a word of agreement ("five-year deal", "a 4-year
contract", "three-year extension") and a year after "until", "to", "through" or
"expiring in" within a few words of one ("signed a contract until 2030", "a deal running
to the summer of 2031") are read; the article's date must be known."""

from __future__ import annotations

import re
from datetime import date

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import NUMBER_WORDS
from reader.model import DiscrepancyKind

# terms in words up to ten years ("a five-year deal")
_YEARS_IN_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 10}
_DEAL = r"(?:deal|contract|agreement|extension)s?"
_TERM = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_YEARS_IN_WORDS)})[- ]years?[- ]{_DEAL}\b", re.IGNORECASE
)
_UNTIL = re.compile(
    rf"\b{_DEAL}\b(?:\s+\S+){{0,3}}?\s+(?:until|till|to|through|expiring\s+in)\s+"
    r"(?:the\s+)?(?:(?:end|summer|june)\s+(?:of\s+)?)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def term_conflicts(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """A term of years in one sentence against the year a contract runs to in the other
    that the term, counted from its article's date, cannot reach."""
    return _against(fa, fb, term_first=True) + _against(fb, fa, term_first=False)


def _against(ft: UnitFeatures, fu: UnitFeatures, *, term_first: bool) -> list[Conflict]:
    """``ft``'s terms against ``fu``'s years, shown "five-year deal (to 2031) vs until
    2030", the term first when ``term_first`` (A's), else last."""
    if ft.published is None:
        return []
    out = []
    for term, years, told_term in _terms(ft):
        for until, year in _untils(fu):
            ends = sorted(_ends(ft.published, years))
            if year in ends:
                continue
            told = f"{told_term} (to {'/'.join(map(str, ends))})"
            a, b = (term, until) if term_first else (until, term)
            detail = f"{told} vs until {year}" if term_first else f"until {year} vs {told}"
            out.append(Conflict(DiscrepancyKind.DATE, a, b, detail))
    return out


def _ends(published: date, years: int) -> set[int]:
    """The years a deal of ``years`` signed on ``published`` may be told to run to."""
    end = published.year + years
    if published.month <= 6:
        return {end - 1, end}
    return {end, end + 1} if published.month >= 10 else {end}


def _terms(f: UnitFeatures) -> list[tuple[Mention, int, str]]:
    """The terms of years ``f`` tells, each as its figure's mention, its years and its
    words ("five-year deal")."""
    out = []
    for found in _TERM.finditer(f.unit.folded):
        n = found.group("n").lower()
        mention = _mention_at(f, found.start("n"))
        if mention is not None:
            years = int(n) if n.isdigit() else _YEARS_IN_WORDS[n]
            out.append((mention, years, f.unit.text[found.start() : found.end()]))
    return out


def _untils(f: UnitFeatures) -> list[tuple[Mention, int]]:
    """The years ``f`` tells a contract runs to, each as its mention and its year."""
    out = []
    for found in _UNTIL.finditer(f.unit.folded):
        mention = _mention_at(f, found.start("year"))
        if mention is not None:
            out.append((mention, int(found.group("year"))))
    return out


def _mention_at(f: UnitFeatures, offset: int) -> Mention | None:
    """``f``'s figure starting ``offset`` characters into its unit."""
    start = f.unit.span.start + offset
    return next((m for m in f.numbers if m.span.start == start), None)
