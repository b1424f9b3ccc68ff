"""Quotations of one article matched with those of the other, and the discrepancies of
a matched pair (worded differently, given to different speakers)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator

from reader.analysis.features import STOPWORDS
from reader.analysis.quotations.belied_quotes import belied
from reader.analysis.quotations.joined_quotes import (
    JOINED_SCORE,
    Joined,
    joined_difference,
    joined_quotations,
)
from reader.analysis.quotations.misattributed import other_speakers
from reader.analysis.quotations.quote_similarity import quote_similarity
from reader.analysis.quotations.quote_wording import wording_difference
from reader.analysis.quotations.quotes import Quotation
from reader.analysis.words.stems import base_word
from reader.analysis.words.unspaced import joined_characters
from reader.model import (
    SPEAKERS_APART,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Match,
    MatchKind,
    Span,
)

MAX_QUOTE_PARTNERS = 3
MAX_QUOTE_CANDIDATES = 2000


def quotation_matches(
    qa: list[Quotation],
    qb: list[Quotation],
    docs: tuple[Document, Document],
    counter: Iterator[int],
    min_score: float,
    discrepancies: list[Discrepancy],
) -> list[Match]:
    """Each quotation of A (``qa``) with its (up to 3) best partners in B sharing a word;
    a pair worded differently adds its discrepancy to ``discrepancies``. A quotation
    joining two of the other article's (``joined_quotes``) is matched with the one it
    opens with, the words around the join shown as its discrepancy."""
    a, b = docs
    # (A's quotation, B's) of each quotation joining two of the other's, A's first
    joins: dict[tuple[int, int], tuple[Joined, bool]] = {}
    for j in joined_quotations(a, qa, qb):
        joins[id(j.joined), id(j.head)] = (j, True)
    for j in joined_quotations(b, qb, qa):
        joins[id(j.head), id(j.joined)] = (j, False)
    by_word: dict[str, list[int]] = defaultdict(list)
    for k, y in enumerate(qb):
        for w in set(y.words):
            by_word[w].append(k)
    out: list[Match] = []
    for x in qa:
        # partners share a word; rarest words first, the candidate set capped
        words = sorted((w for w in set(x.words) if w in by_word), key=lambda w: len(by_word[w]))
        candidates: set[int] = set()
        for w in words:
            if len(candidates) >= MAX_QUOTE_CANDIDATES:
                break
            candidates.update(by_word[w][:MAX_QUOTE_CANDIDATES])
        scored = sorted(
            ((quote_similarity(x, qb[k]), -qb[k].span.start, k) for k in candidates), reverse=True
        )
        for sim, _, k in scored[:MAX_QUOTE_PARTNERS]:
            if sim > 0 and sim >= min_score:
                match = _quote_match(x, qb[k], sim, counter)
                speakers = other_speakers(x, qb[k], sim, _around(a, x.span), _around(b, qb[k].span))
                if speakers is not None:  # the match names both, A's first
                    match = dataclasses.replace(
                        match, speaker=f"{x.speaker}{SPEAKERS_APART}{qb[k].speaker}"
                    )
                    discrepancies.append(
                        Discrepancy(DiscrepancyKind.NAME, x.span, qb[k].span, match.id, speakers)
                    )
                out.append(match)
                join = joins.pop((id(x), id(qb[k])), None)
                if join is None:
                    differs = wording_difference(a, x, b, qb[k])
                else:  # an ellipsis marking the join: words left out, no misquote
                    differs = None if join[0].marked else joined_difference(a, b, *join)
                if differs is not None:
                    span_a, span_b, detail = differs
                    discrepancies.append(
                        Discrepancy(DiscrepancyKind.QUOTE, span_a, span_b, match.id, detail)
                    )
                untrue = belied(a, x.span, b, qb[k].span)
                if untrue is not None:  # one article tells the quotation untrue
                    discrepancies.append(
                        Discrepancy(
                            DiscrepancyKind.NEGATION, untrue.a, untrue.b, match.id, untrue.detail
                        )
                    )
    if min_score <= JOINED_SCORE:  # the joins no rule of quote_similarity matched
        for j, in_a in joins.values():
            x, y = (j.joined, j.head) if in_a else (j.head, j.joined)
            match = _quote_match(x, y, JOINED_SCORE, counter)
            out.append(match)
            if j.marked:
                continue
            span_a, span_b, detail = joined_difference(a, b, j, in_a)
            discrepancies.append(
                Discrepancy(DiscrepancyKind.QUOTE, span_a, span_b, match.id, detail)
            )
    return out


def _around(doc: Document, quoted: Span) -> str:
    """The text of the paragraphs holding ``quoted``, less the quotation itself."""
    paras = [p for p in doc.paragraphs if p.start < quoted.end and quoted.start < p.end]
    start = min((p.start for p in paras), default=quoted.start)
    end = max((p.end for p in paras), default=quoted.end)
    return doc.text[start : quoted.start] + " " + doc.text[quoted.end : end]


def _quote_match(x: Quotation, y: Quotation, sim: float, counter: Iterator[int]) -> Match:
    shared = {base_word(w) for w in y.words}  # "family's" shares "family" and shows it
    words = [base_word(w) for w in x.words]
    kept = [w in shared and w not in STOPWORDS for w in words]
    evidence = tuple(dict.fromkeys(joined_characters(words, kept)))[:8]  # "两国关系"
    return Match(
        f"m{next(counter)}",
        MatchKind.QUOTE,
        x.span,
        y.span,
        sim,
        evidence,
        speaker=match_speaker(x, y),
    )


def match_speaker(x: Quotation, y: Quotation) -> str | None:
    """The speaker of two matched quotations: a name before an unnamed source ("Jack
    Ketsoyan" quoted in B before "her rep" in A), then A's before B's."""
    named = [q.speaker for q in (x, y) if q.speaker and not q.unnamed]
    return named[0] if named else x.speaker or y.speaker
