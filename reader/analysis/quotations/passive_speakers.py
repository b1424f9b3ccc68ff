"""The agent of a passive verb of saying: "The plan was dismissed as “a fantasy” by the
opposition leader", "The deal was described by Mara Lind as “historic”", "The plan was
called “a fantasy” by Piet Brandauer". The quotation is the agent's, named after "by"
either right after the verb or right after the quotation; the verb's subject ("The
plan") is what was called something, not who spoke. Who the agent is, is read in
:mod:`reader.analysis.quotations.speakers` as the subject after an inverted verb is."""

from __future__ import annotations

import re

from reader.model import Span

# verbs telling what a thing was called, of saying in the passive ("was described as",
# "were branded", "is being hailed as"); an adverb may come between ("was widely derided")
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?"
    r"(?:dismissed|described|called|branded|labell?ed|hailed|denounced|derided|decried"
    r"|condemned|praised|slammed|critici[sz]ed|mocked|ridiculed|lambasted|touted"
    r"|characteri[sz]ed|dubbed|termed)\b",
    re.IGNORECASE,
)
_BY = re.compile(r"[\"”’']?\s*,?\s*by(?=\s)", re.IGNORECASE)
# what may come between the verb and the quotation: "as", "a", "an", "the" ("was called
# a “fantasy”", "was dismissed as “a fantasy”")
_BEFORE_QUOTE = re.compile(r"\s*(?:as\s+)?(?:(?:a|an|the)\s+)?", re.IGNORECASE)


def passive_agent(text: str, region: Span, quote: Span) -> re.Match[str] | None:
    """The "by" the agent of a passive verb of saying comes after, when such a verb
    right before the quotation at ``quote`` (within ``region``, its sentence) has one:
    "was dismissed as “a fantasy” by ...", "was described by ... as “a fantasy”"; else
    None ("The plan was dismissed as “a fantasy”" names nobody)."""
    for verb in _PASSIVE.finditer(text, region.start, quote.start):
        by = _BY.match(text, verb.end(), quote.start)
        lead = _BEFORE_QUOTE.match(text, verb.end(), quote.start)
        if by is not None:
            return by  # "was described by Mara Lind as “historic”"
        if lead is not None and lead.end() == quote.start:
            return _BY.match(text, quote.end, region.end)
    return None
