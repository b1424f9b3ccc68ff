"""A quotation one article glues together from two places of a statement the other gives
apart: "We will cap energy bills for every household this winter, and no family will be
left behind," against the other's "We will cap energy bills for every household this
winter. That cap will be paid for by a windfall levy on the energy companies, not by
you," and, paragraphs later, "No family will be left behind." Each half is quoted word
for word, so neither the rules of ``quote_similarity`` nor ``quote_wording`` (an excerpt
is no misquote) tell it: the joined quotation puts words side by side that were not.

A quotation is joined when its words are a stretch of one quotation of the other article
(its head), then, after at most one joining word ("and", "but", "so"), a stretch of
another (its tail), each of JOINED_WORDS words at least, the whole inside no quotation of
the other; and the other article shows the words around the join to be other words: its
first quotation goes on after the head, or its second opens before the tail. A
quotation split by its attribution ('"We will act," she said, "and we will act now."')
is joined again by the other report without a word between: no disagreement. A join
marked by an ellipsis ("We did not choose this crisis ... we will answer it together")
marks the words left out: no misquote either, though it is matched with the quotation
it opens with (``Joined.marked``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from reader.analysis.quotations.quote_similarity import contains
from reader.analysis.quotations.quote_wording import clip_detail, word_spans
from reader.analysis.quotations.quotes import Quotation
from reader.model import Document, Span
from reader.model.alignment import QUOTED_VS

JOINED_WORDS = 3  # words of each half, at least
JOINED_SCORE = 0.6  # the joined quotation's match with the quotation it opens with
# words that may stand between the two halves
_JOINERS = frozenset("and but so yet while".split())  # noqa: SIM905
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")


@dataclass(frozen=True, slots=True)
class Joined:
    """Quotation ``joined`` of one article opens with words of ``head`` of the other
    (its words ``0 .. at``) and goes on with words of ``tail``, another quotation of
    the other article (its words ``rest ..``); ``goes_on`` is where in ``head`` the
    words the joined one leaves out begin (``len(head.words)`` when none); ``marked``
    when an ellipsis marks the join (no misquote)."""

    joined: Quotation
    head: Quotation
    tail: Quotation
    at: int
    rest: int
    goes_on: int
    marked: bool = False


def joined_quotations(
    doc: Document, quotes: list[Quotation], others: list[Quotation]
) -> list[Joined]:
    """The quotations of ``quotes`` (of ``doc``) that join two of ``others``, as the
    module says."""
    # the others holding each run of JOINED_WORDS words: a joined quotation's first
    # words are in its head's quotation, its last in its tail's
    holding: dict[tuple[str, ...], list[Quotation]] = defaultdict(list)
    for o in others:
        for run in {o.words[k : k + JOINED_WORDS] for k in range(len(o.words) - JOINED_WORDS + 1)}:
            holding[run].append(o)
    out: list[Joined] = []
    for q in quotes:
        if len(q.words) < 2 * JOINED_WORDS:
            continue
        heads, tails = holding.get(q.words[:JOINED_WORDS]), holding.get(q.words[-JOINED_WORDS:])
        if not heads or not tails or any(contains(o.words, q.words) for o in heads):
            continue
        found = _join(doc, q, heads, tails)
        if found is not None:
            out.append(found)
    return out


def _join(
    doc: Document, q: Quotation, heads: list[Quotation], tails: list[Quotation]
) -> Joined | None:
    """How ``q`` joins one of ``heads`` (holding its first words) and one of ``tails``
    (holding its last), the longest head first; None when it does not."""
    words = q.words
    for at in range(len(words) - JOINED_WORDS, JOINED_WORDS - 1, -1):  # the longest head
        head = words[:at]
        firsts = [o for o in heads if contains(o.words, head)]
        if not firsts:
            continue
        marked = _elided(doc, q, at)
        # the tail with its joining word, then without: "and we will act now" is the
        # whole of the other's second quotation, which opens with no other words
        for rest in (at, at + 1) if words[at] in _JOINERS else (at,):
            tail = words[rest:]
            if len(tail) < JOINED_WORDS:
                continue
            for second in (o for o in tails if contains(o.words, tail)):
                opens_before = _start_of(second.words, tail) > 0
                for first in firsts:
                    goes_on = _end_of(first.words, head)
                    if second is not first and (goes_on < len(first.words) or opens_before):
                        return Joined(q, first, second, at, rest, goes_on, marked)
                return None  # the tail found as a quotation of its own: told once
    return None


def _end_of(longer: tuple[str, ...], stretch: tuple[str, ...]) -> int:
    """Where ``stretch`` ends in ``longer``, at its first place."""
    return _start_of(longer, stretch) + len(stretch)


def _start_of(longer: tuple[str, ...], stretch: tuple[str, ...]) -> int:
    n = len(stretch)
    return next(k for k in range(len(longer) - n + 1) if longer[k : k + n] == stretch)


def _elided(doc: Document, q: Quotation, at: int) -> bool:
    """An ellipsis between the quotation's word ``at - 1`` and its word ``at``."""
    spans = word_spans(doc, q.span)
    if len(spans) != len(q.words):
        return True  # words not found again: no claim made
    return _ELLIPSIS.search(doc.text, spans[at - 1].end, spans[at].start) is not None


def joined_difference(
    doc_a: Document, doc_b: Document, j: Joined, joined_in_a: bool
) -> tuple[Span, Span, str]:
    """Where a joined quotation and the other article part, A's span first: in the
    joined one, the last word of its head to its end ("winter, and no family will be
    left behind"); in the other, the last word of the head to what its speaker goes on
    to say ("winter. That cap will be paid for by a windfall levy ..."), else the words
    the tail's quotation opens with, up to the tail's first; and the detail "“…” vs
    “…”"."""
    doc, other = (doc_a, doc_b) if joined_in_a else (doc_b, doc_a)
    spans = word_spans(doc, j.joined.span)
    joined = Span(spans[j.at - 1].start, spans[-1].end)
    if j.goes_on < len(j.head.words):
        head = word_spans(other, j.head.span)
        told = Span(head[j.goes_on - 1].start, head[-1].end)
    else:
        tail = word_spans(other, j.tail.span)
        told = Span(tail[0].start, tail[_start_of(j.tail.words, j.joined.words[j.rest :])].end)
    span_a, span_b = (joined, told) if joined_in_a else (told, joined)
    shown_a, shown_b = clip_detail(doc_a.slice(span_a)), clip_detail(doc_b.slice(span_b))
    return span_a, span_b, f"\u201c{shown_a}{QUOTED_VS}{shown_b}\u201d"
