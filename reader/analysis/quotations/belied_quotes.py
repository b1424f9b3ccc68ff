"""A quotation one article gives as said and the other belies in the same sentence.

"“My client is ensconced in the bosom of that facility right now,” Heller argued" against
"He told the judge that LiLo was “ensconced in the bosom of” rehab this morning when she
was really buying crap at Fry’s": B tells the claim untrue, A tells it as it was said.
Reported as a negation ("one sentence denies what the other states"), A's side first.

Precision first, so a pair of matched quotations is reported only when the sentence of
one of them goes on, after the closing mark and outside any other quotation, with a
clause of time or contrast whose next words say what was so instead: "when (she was)
really/actually/in fact/in reality", "while in fact", "whereas in truth"; French "alors
qu'en réalité", "tandis qu'en fait"; German "während/obwohl ... in Wirklichkeit,
tatsächlich, in Wahrheit"; Spanish "cuando/mientras en realidad, de hecho"; Italian
"quando/mentre in realtà, di fatto"; Portuguese "quando/enquanto na verdade, na
realidade, de fato". The other quotation's sentence has no such clause (both belying is
no disagreement). "really" belies only before a verb in -ing that tells no feeling
("when she was really buying", not "when it was really interesting"), or right after
the clause word ("when really"): "when he was really tired" is a degree, not a fact.
"but in fact" is left alone: it as often adds to the claim as it denies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.model import Document, Span
from reader.model.alignment import QUOTED_VS

# the clause words, then at most three words (no punctuation but a comma before the
# adverb), then what was so instead; all languages at once: the words are their own
_CLAUSE = (
    r"when|while|whereas|alors\s+que|alors\s+qu['’]|tandis\s+que|tandis\s+qu['’]"
    r"|während|obwohl|cuando|mientras|quando|mentre|enquanto"
)
# -ing words after "really" that are mostly of degree ("really interesting")
_FEELING = (
    r"interest|amaz|excit|bor|surpris|disappoint|frighten|annoy|confus|embarrass|shock"
    r"|worry|troubl|touch|mov|charm|stunn|strik|appeal|alarm|tir|exhaust|frustrat|depress"
    r"|encourag|thrill|terrify|satisfy|pleas|convinc|promis|reassur|hurt|lov|car"
)
_INSTEAD = (
    rf"actually|in\s+fact|in\s+reality|in\s+truth|really(?=\s+(?!(?:{_FEELING})ing\b)\w+ing\b)"
    r"|en\s+réalité|en\s+fait|in\s+Wirklichkeit|tatsächlich|in\s+Wahrheit"
    r"|en\s+realidad|de\s+hecho|in\s+realtà|di\s+fatto|na\s+verdade|na\s+realidade"
    r"|de\s+fato|de\s+facto"
)
# words that make the clause a question about the claim, not a fact instead ("when
# asked whether he actually ...")
_ASKING = r"whether|if|asked|that|what|how|why|si|ob|se|gefragt|preguntado|chiesto|perguntado"
_BELYING = re.compile(
    rf"\b(?:{_CLAUSE})(?:\s*|(?:\s+(?!(?:{_ASKING})\b)[\w'’-]+){{1,3}}),?\s*(?:{_INSTEAD})\b",
    re.IGNORECASE,
)
# "when really she was shopping": the adverb right after the clause word
_REALLY_FIRST = re.compile(rf"\b(?:{_CLAUSE})\s+really\b", re.IGNORECASE)
_OPENING_MARKS = '"“„«‹'


@dataclass(frozen=True, slots=True)
class Belied:
    """A's quotation (or A's belying clause) and B's, and the detail "“A's” vs “B's”"."""

    a: Span
    b: Span
    detail: str


def belied(a: Document, quoted_a: Span, b: Document, quoted_b: Span) -> Belied | None:
    """Where the sentence of one of two matched quotations (``quoted_a`` of ``a``,
    ``quoted_b`` of ``b``, quote marks included) belies it and the other's does not, as
    the module says; None otherwise."""
    clause_a, clause_b = belying_clause(a, quoted_a), belying_clause(b, quoted_b)
    if (clause_a is None) == (clause_b is None):
        return None
    span_a = clause_a or quoted_a
    span_b = clause_b or quoted_b
    shown_a, shown_b = _shown(a, span_a), _shown(b, span_b)
    return Belied(span_a, span_b, f"\u201c{shown_a}{QUOTED_VS}{shown_b}\u201d")


def belying_clause(doc: Document, quoted: Span) -> Span | None:
    """The clause after quotation ``quoted`` in its sentence that tells what was so
    instead ("when she was really buying crap at Fry's"), up to the sentence's end, its
    last stop left out; None when the sentence has none."""
    k = doc.sentence_index_at(max(quoted.end - 1, quoted.start))
    if k is None:
        return None
    end = doc.sentences[k].end
    rest = doc.text[quoted.end : end]
    found = _BELYING.search(rest) or _REALLY_FIRST.search(rest)
    if found is None or any(c in rest[: found.start()] for c in _OPENING_MARKS):
        return None  # another quotation first: the clause may be of that one
    start = quoted.end + found.start()
    stop = quoted.end + len(rest.rstrip().rstrip(".!?;:").rstrip())
    return Span(start, stop) if stop > start else None


def _shown(doc: Document, span: Span) -> str:
    """The words of ``doc`` at ``span``, quote marks and outer punctuation left out."""
    return " ".join(doc.text[span.start : span.end].strip(' "“”„«»‹›,.').split())
