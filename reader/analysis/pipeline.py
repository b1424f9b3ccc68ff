"""The aligner: Document pair -> Alignment (claims, quotes, entities, numbers, discrepancies)."""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.analysis.discrepancies import conflicts
from reader.analysis.features import STOPWORDS, UnitFeatures, extract
from reader.analysis.lexical import build_index
from reader.analysis.mentions import canonical_names, link_mentions
from reader.analysis.quotes import Quotation, find_quotations, quote_similarity
from reader.analysis.select import Link, SelectParams, select_links
from reader.analysis.units import Unit, document_units
from reader.model import Alignment, Discrepancy, Document, Match, MatchKind, Span

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class AlignmentCancelled(Exception):
    """Raised inside ``align`` when its ``is_cancelled`` callback returns True."""


class SimilaritySource:
    """A matrix of unit-pair similarities in [0, 1]; the lexical one is built in.

    Further matchers (the sentence-embedding model) subclass this and are mixed into
    the lexical similarity by ``Combiner`` before links are selected.
    """

    name = "base"

    def matrix(
        self, a: Sequence[Unit], b: Sequence[Unit], doc_a: Document, doc_b: Document
    ) -> np.ndarray:
        raise NotImplementedError


@dataclass(slots=True)
class PairAnalysis:
    """Intermediate results, kept for the evidence and for tests."""

    units_a: list[Unit]
    units_b: list[Unit]
    feats_a: list[UnitFeatures]
    feats_b: list[UnitFeatures]
    lexical: np.ndarray
    combined: np.ndarray
    links: list[Link] = field(default_factory=list)


def _check(is_cancelled: Cancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise AlignmentCancelled()


def analyse(
    a: Document,
    b: Document,
    *,
    extra: Sequence[tuple[SimilaritySource, float]] = (),
    params: SelectParams | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> PairAnalysis:
    """Units, features, similarity matrices and chosen claim links of the pair."""
    units_a, units_b = document_units(a), document_units(b)
    feats_a = [extract(u) for u in units_a]
    _check(is_cancelled)
    feats_b = [extract(u) for u in units_b]
    _check(is_cancelled)
    if progress:
        progress(0.2)
    index = build_index(feats_a, feats_b)
    lex = np.zeros((len(units_a), len(units_b)), dtype=np.float32)
    block = 256
    for start in range(0, len(units_a), block):
        rows = list(range(start, min(start + block, len(units_a))))
        lex[start : rows[-1] + 1] = index.matrix_rows(rows)
        _check(is_cancelled)
        if progress:
            progress(0.2 + 0.5 * (rows[-1] + 1) / max(1, len(units_a)))
    combined = lex
    if extra and lex.size:
        total = 1.0 + sum(w for _, w in extra)
        combined = lex.copy()
        for source, weight in extra:
            combined += weight * source.matrix(units_a, units_b, a, b)
            _check(is_cancelled)
        combined /= total
    gate = event_gate(feats_a, feats_b, params or SelectParams())
    if gate < 1.0:
        combined = combined * np.float32(gate)
    links = select_links(combined, params)
    if progress:
        progress(0.8)
    return PairAnalysis(units_a, units_b, feats_a, feats_b, lex, combined, links)


def shared_evidence(feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]) -> int:
    """How many specific names and figures the two documents share (spelling-joined)."""
    names_a = {m.key for f in feats_a for m in f.names}
    names_b = {m.key for f in feats_b for m in f.names}
    canon = canonical_names(names_a | names_b)
    shared = {canon[k] for k in names_a} & {canon[k] for k in names_b}
    figures_a = {m.key for f in feats_a for m in f.numbers if m.kind != "year"}
    figures_b = {m.key for f in feats_b for m in f.numbers if m.kind != "year"}
    return len(shared) + len(figures_a & figures_b)


def event_gate(
    feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures], params: SelectParams
) -> float:
    """Scale in (0, 1] for all similarities of the pair: two reports of one event share
    names, places, dates and figures; two similar stories (two earthquakes, two actresses
    in rehab) share topic words but few of those. Without such evidence, only very strong
    links survive."""
    evidence = shared_evidence(feats_a, feats_b)
    return float(min(1.0, params.gate_base + params.gate_step * evidence))


def align(
    a: Document,
    b: Document,
    *,
    extra: Sequence[tuple[SimilaritySource, float]] = (),
    method: str = "lexical",
    min_score: float = 0.0,
    params: SelectParams | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> Alignment:
    t0 = time.perf_counter()
    pa = analyse(a, b, extra=extra, params=params, progress=progress, is_cancelled=is_cancelled)
    counter = itertools.count(1)
    matches: list[Match] = []
    discrepancies: list[Discrepancy] = []
    claim_ids: dict[tuple[int, int], str] = {}
    for link in sorted(pa.links, key=lambda x: (pa.units_a[x.i].span.start, x.j)):
        score = claim_score(link.strength)
        if score < min_score:
            continue
        mid = f"m{next(counter)}"
        claim_ids[(link.i, link.j)] = mid
        fa, fb = pa.feats_a[link.i], pa.feats_b[link.j]
        matches.append(
            Match(
                mid, MatchKind.CLAIM, fa.unit.span, fb.unit.span, score, _evidence(fa, fb, pa, link)
            )
        )
        for c in conflicts(fa, fb):
            discrepancies.append(Discrepancy(c.kind, c.a.span, c.b.span, mid, c.detail))
    _check(is_cancelled)
    quote_matches = _quote_matches(a, b, pa, counter, min_score)
    matches.extend(quote_matches)
    partners_a: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    for i, j in claim_ids:
        partners_a[i].append(j)
        partners_b[j].append(i)
    for ml in link_mentions(pa.feats_a, pa.feats_b, partners_a, partners_b):
        kind = MatchKind.ENTITY if ml.kind == "entity" else MatchKind.NUMBER
        score = 0.9 if ml.a.key == ml.b.key else 0.75
        if score >= min_score:
            matches.append(
                Match(f"m{next(counter)}", kind, ml.a.span, ml.b.span, score, (ml.a.surface,))
            )
    covered_a = {i for i, _ in claim_ids}
    covered_b = {j for _, j in claim_ids}
    for m in quote_matches:
        covered_a.update(u.index for u in pa.units_a if u.span.overlaps(m.a))
        covered_b.update(u.index for u in pa.units_b if u.span.overlaps(m.b))
    only_a = _uncovered(a, pa.units_a, covered_a)
    only_b = _uncovered(b, pa.units_b, covered_b)
    if progress:
        progress(1.0)
    return Alignment(
        a=a,
        b=b,
        matches=tuple(matches),
        discrepancies=tuple(discrepancies),
        only_a=tuple(only_a),
        only_b=tuple(only_b),
        method=method,
        timing_ms={"align": (time.perf_counter() - t0) * 1000},
    )


def claim_score(strength: float) -> float:
    """Map a link's contextual similarity to a score in [0, 1] (0.16 -> 0.5, 0.42 -> 0.8)."""
    return float(min(1.0, max(0.0, 0.5 + (strength - 0.16) * (0.3 / 0.26))))


def _evidence(fa: UnitFeatures, fb: UnitFeatures, pa: PairAnalysis, link: Link) -> tuple[str, ...]:
    names_b = fb.name_keys
    out: list[str] = []
    for m in fa.names:
        if m.key in names_b and m.surface not in out:
            out.append(m.surface)
    nums_b = fb.number_keys
    for m in fa.numbers:
        if m.key in nums_b and m.surface not in out:
            out.append(m.surface)
    shared = [st for st in fa.stems if st in fb.stems]
    shared.sort(key=lambda st: -len(st))
    words = [fa.surfaces.get(st, st) for st in shared]
    lowered = {o.lower() for o in out}
    for w in words:
        if w.lower() not in lowered and not any(w.lower() in o for o in lowered):
            out.append(w)
            lowered.add(w.lower())
        if len(out) >= 8:
            break
    return tuple(out)


def _quote_matches(
    a: Document, b: Document, pa: PairAnalysis, counter: Iterator[int], min_score: float
) -> list[Match]:
    names_a = [m for f in pa.feats_a for m in f.names]
    names_b = [m for f in pa.feats_b for m in f.names]
    qa = find_quotations(a, names_a)
    qb = find_quotations(b, names_b)
    out: list[Match] = []
    for x in qa:
        for y in qb:
            sim = quote_similarity(x, y)
            if sim > 0 and sim >= min_score:
                out.append(_quote_match(x, y, sim, counter))
    return out


def _quote_match(x: Quotation, y: Quotation, sim: float, counter: Iterator[int]) -> Match:
    shared = set(y.words)
    evidence = tuple(dict.fromkeys(w for w in x.words if w in shared and w not in STOPWORDS))[:8]
    return Match(
        f"m{next(counter)}",
        MatchKind.QUOTE,
        x.span,
        y.span,
        sim,
        evidence,
        speaker=x.speaker or y.speaker,
    )


def _uncovered(doc: Document, units: list[Unit], covered: set[int]) -> list[Span]:
    """Runs of consecutive unmatched units, joined when only whitespace lies between."""
    out: list[Span] = []
    for u in units:
        if u.index in covered:
            continue
        if out and not doc.text[out[-1].end : u.span.start].strip():
            out[-1] = Span(out[-1].start, u.span.end)
        else:
            out.append(u.span)
    return out
