"""The aligner: Document pair -> Alignment (claims, quotes, entities, numbers, discrepancies)."""

from __future__ import annotations

import dataclasses
import itertools
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.analysis.background import Background
from reader.analysis.bare_names import bare_names
from reader.analysis.discrepancies import conflicts
from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.joined_names import names_read_whole
from reader.analysis.lexicon import DEMONYMS
from reader.analysis.link_check import CandidatePairs, PairSignals, checked_links
from reader.analysis.mentions import canonical_names, link_mentions, same_place
from reader.analysis.misattributed import other_speakers
from reader.analysis.nearest import Nearest
from reader.analysis.negation import denial
from reader.analysis.numerals import writing_of
from reader.analysis.progress import Cancelled, Progress, check
from reader.analysis.quotes import (
    Quotation,
    match_speaker,
    quote_similarity,
    wording_difference,
)
from reader.analysis.reading import Reading, reading
from reader.analysis.repeated_facts import headings, one_for_each_statement
from reader.analysis.select import Link, LinkSelector, SelectParams, contextual
from reader.analysis.semantic import SemanticSimilarity
from reader.analysis.sources import LexicalSimilarity, SimilaritySource
from reader.analysis.stems import base_word
from reader.analysis.substituted_names import substituted_name
from reader.analysis.substituted_places import substituted_place
from reader.analysis.units import Unit, document_units
from reader.analysis.word_forms import side_forms
from reader.ingest.normalize import fold
from reader.model import (
    SPEAKERS_APART,
    Alignment,
    Closest,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Match,
    MatchKind,
    Quoted,
    Span,
)


@dataclass(slots=True)
class PairAnalysis:
    """Intermediate results, kept for the evidence and for tests."""

    units_a: list[Unit]
    units_b: list[Unit]
    feats_a: list[UnitFeatures]
    feats_b: list[UnitFeatures]
    sources: list[tuple[SimilaritySource, float]]
    gate: float
    links: list[Link] = field(default_factory=list)
    nearest: Nearest | None = None  # each sentence's best-scoring partner
    quotes: tuple[list[Quotation], list[Quotation]] = field(default_factory=lambda: ([], []))
    # the features with their names read whole, as the reader is shown them
    shown: tuple[list[UnitFeatures], list[UnitFeatures]] = field(default_factory=lambda: ([], []))

    def rows(self, start: int, stop: int) -> np.ndarray:
        """Combined, gated similarities of A units ``start .. stop`` (before context).

        Function words of a language other than English are scored but are no evidence:
        a pair sharing nothing else, which no other source (a sentence model) scores
        either, is no pair, nor context for its neighbours (it is 0)."""
        total = sum(w for _, w in self.sources)
        out = np.zeros((stop - start, len(self.units_b)), dtype=np.float32)
        lexical = self.sources[0][0]
        support = None
        if isinstance(lexical, LexicalSimilarity) and lexical.index.minor:
            support = lexical.index.content_rows(range(start, stop))
        for k, (source, weight) in enumerate(self.sources):
            scores = source.rows(start, stop)
            out += np.float32(weight) * scores
            if support is not None and k > 0:
                support |= scores > 0
        out *= np.float32(self.gate / total)
        if support is not None:
            out *= support
        return out

    def matrix(self) -> np.ndarray:
        """The whole combined matrix: for inspecting small pairs only."""
        return self.rows(0, len(self.units_a))


BLOCK_ROWS = 256
# Two weekdays differ only on a link this strong or stronger: a story tells several
# occasions by weekday ("arrived in Germany on Monday", "lost on Saturday"). On 300 ECB+
# pairs the links under it with two weekdays told two occasions (1 semantic at 0.67, 4
# lexical at 0.50-0.61) but for one (lexical, 0.66); those over it were all real
# disagreements (0.80-1.0: "entered Promises on Tuesday" vs "checked into Promises on
# Friday").
WEEKDAY_LINK_SCORE = 0.7
# The same gate on the scale of a pair matched on words alone (a language the sentence
# model does not read, or no model): its right links score lower. On the seed pair and
# the careful reader's 60 ECB+ pairs, 31% of the right ("core") links with the model
# score under 0.7; on words alone, that share of the same pairs' right links scores
# under 0.57, and of the right links of the three pairs in other languages
# (tests/data/languages) too. Over 300 ECB+ pairs on words alone it adds two real
# disagreements (0.58, 0.66) and two occasions (0.58, 0.61).
WORDS_ONLY_WEEKDAY_LINK_SCORE = 0.57
# A claim whose sentences share one name and nothing else is shown only when, with the
# sentence model, they score this high (without it, the lexical score decides as before).
# Of such links on the careful reader's 60 ECB+ pairs, 29 of 43 were wrong and 10 related
# ("Wladimir Klitschko retains belts" / "Wladimir Klitschko 19-2"). Seed F1 0.86 -> 0.89,
# careful reader 0.67 -> 0.68 and 0.61 -> 0.62, esa 0.39 -> 0.41, ECB+ 0.71 as it was
# (docs/alignment.md, sixteenth session). Sentences sharing no word at all are left to the
# sentence model: that is what it is for.
NAME_ALONE_SCORE = 0.8


def _stepper(
    k: int, count: int, top: float, progress: Progress | None, is_cancelled: Cancelled | None
) -> Callable[[float], None]:
    """The ``step`` of extra source ``k`` of ``count``: its share of progress 0.1 .. ``top``,
    and a check for cancellation (AlignmentCancelled) at each step."""

    def step(share: float) -> None:
        check(is_cancelled)
        if progress:
            progress(0.1 + (top - 0.1) * (k + share) / count)

    return step


def analyse(
    a: Document,
    b: Document,
    *,
    extra: Sequence[tuple[SimilaritySource, float]] = (),
    params: SelectParams | None = None,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> PairAnalysis:
    """Units, features, similarity sources and the chosen claim links of the pair.

    The similarity matrix is never held whole: it is computed and consumed in blocks of
    rows, so memory grows with the documents' lengths, not with their product.
    """
    p = params or SelectParams()
    units_a, units_b = document_units(a), document_units(b)
    writing = (writing_of(a.text), writing_of(b.text))
    forms = side_forms(a.text, b.text)
    sources: list[tuple[SimilaritySource, float]] = []
    # a sentence model's embedding is most of the work when there is one
    prepared = 0.6 if extra else 0.3

    def read() -> Reading:
        return reading((a, b), (units_a, units_b), is_cancelled, writing, forms)

    if extra:
        # features and quotations (Python) are read on another thread while the model
        # embeds (native code, GIL released); progress and cancellation stay on this thread
        job = Background(read, "features")
        if progress:
            progress(0.1)
        try:
            for k, (source, weight) in enumerate(extra):
                step = _stepper(k, len(extra), prepared, progress, is_cancelled)
                source.prepare(units_a, units_b, a, b, step)
                sources.append((source, weight))
                check(is_cancelled)
        except BaseException:
            job.wait()  # nothing of this alignment outlives it
            raise
        read_pair = job.result()
    else:
        read_pair = read()
        if progress:
            progress(0.1)
    check(is_cancelled)
    if progress:
        progress(prepared)
    feats_a, feats_b = read_pair.feats
    sources.insert(0, (LexicalSimilarity(feats_a, feats_b, p.idf_prior), 1.0))
    gate = event_gate(feats_a, feats_b, p)
    pa = PairAnalysis(units_a, units_b, feats_a, feats_b, sources, gate)
    pa.quotes, pa.shown = read_pair.quotes, read_pair.shown
    n_a, n_b = len(units_a), len(units_b)
    selector = LinkSelector(n_a, n_b, p)
    semantic = _with_word_pieces(pa.sources)
    candidates = CandidatePairs(n_a, n_b) if semantic is not None else None
    nearest = pa.nearest = Nearest(n_a, n_b)
    for start in range(0, n_a, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n_a)
        lo, hi = max(0, start - 1), min(n_a, stop + 1)  # one row of context on each side
        plain = pa.rows(lo, hi)
        block = contextual(plain, p.context)
        rows = slice(start - lo, start - lo + stop - start)
        selector.add_block(start, block[rows])
        nearest.add_block(start, block[rows])
        if candidates is not None:
            candidates.add_block(start, block[rows], plain[rows])
        check(is_cancelled)
        if progress:
            progress(prepared + (0.8 - prepared) * stop / n_a)
    links = selector.links()
    if semantic is not None and candidates is not None:
        links = _checked(pa, selector, links, candidates, semantic)
    pa.links = [link for link in links if not _rests_on_a_bare_count(pa, link)]
    if progress:
        progress(0.8)
    return pa


def _with_word_pieces(
    sources: Sequence[tuple[SimilaritySource, float]],
) -> SemanticSimilarity | None:
    """The sentence model's source when it gave word pieces (the link check needs them)."""
    for source, _ in sources:
        if isinstance(source, SemanticSimilarity) and source.tokens is not None:
            return source
    return None


def _checked(
    pa: PairAnalysis,
    selector: LinkSelector,
    links: list[Link],
    candidates: CandidatePairs,
    semantic: SemanticSimilarity,
) -> list[Link]:
    """The links after the second look of ``link_check``."""
    assert semantic.tokens is not None
    lexical = pa.sources[0][0]
    assert isinstance(lexical, LexicalSimilarity)
    signals = PairSignals(
        *semantic.tokens, selector.row_best, selector.col_top.max(axis=0), pa.gate
    )
    return checked_links(
        links,
        candidates.all(),
        signals,
        semantic.cosine,
        lexical.index.similarity,
        lambda i, j: float(pa.rows(i, i + 1)[0, j]),
    )


def _only_a_name(fa: UnitFeatures, evidence: tuple[str, ...]) -> bool:
    """All the two sentences share is one name (no other word, figure or name): who or
    what they are about, not what they say of it ("Teixeira will be 29 in April." /
    "Teixeira is a Maryland native.")."""
    return len(evidence) == 1 and any(m.surface == evidence[0] for m in fa.names)


def _rests_on_a_bare_count(pa: PairAnalysis, link: Link) -> bool:
    """The link has nothing but one count to go on (``LexicalIndex.only_a_count``) and no
    other source backs it: "Eight of the jurors" with "Cells are 8-by-12 feet"."""
    lexical = pa.sources[0][0]
    if not isinstance(lexical, LexicalSimilarity):
        return False
    if not lexical.index.only_a_count(link.i, link.j, pa.feats_a[link.i], pa.feats_b[link.j]):
        return False
    return not any(source.rows(link.i, link.i + 1)[0, link.j] > 0 for source, _ in pa.sources[1:])


def shared_evidence(feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]) -> int:
    """How many specific names and figures the two documents share (spelling-joined).

    Nationalities ("Somali", "Greek") are left out: two stories of one kind share them."""
    names_a = {m.key for f in feats_a for m in f.names} - DEMONYMS
    names_b = {m.key for f in feats_b for m in f.names} - DEMONYMS
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
    modelled = len(pa.sources) > 1  # a sentence model scored the pairs too
    weekday_gate = WEEKDAY_LINK_SCORE if modelled else WORDS_ONLY_WEEKDAY_LINK_SCORE
    folded_a = fold(a.text)
    named_a, named_b = (
        {w for f in side for n in f.names for w in n.key.split()}
        for side in (pa.feats_a, pa.feats_b)
    )
    for link in sorted(pa.links, key=lambda x: (pa.units_a[x.i].span.start, x.j)):
        score = claim_score(link.strength)
        if score < min_score:
            continue
        fa, fb = pa.feats_a[link.i], pa.feats_b[link.j]
        evidence = _evidence(fa, fb, pa, link)
        if modelled and score < NAME_ALONE_SCORE and _only_a_name(fa, evidence):
            continue  # a link on a name alone needs the sentences to say the same
        evidence = names_read_whole(evidence, fa.names, a.text, folded_a)
        mid = f"m{next(counter)}"
        claim_ids[(link.i, link.j)] = mid
        matches.append(Match(mid, MatchKind.CLAIM, fa.unit.span, fb.unit.span, score, evidence))
        for c in conflicts(fa, fb):
            if c.needs_close_link and score < weekday_gate:
                continue  # a weekday or a clock time each: two sentences of two occasions?
            discrepancies.append(Discrepancy(c.kind, c.a.span, c.b.span, mid, c.detail))
        denied = denial(fa, fb)
        if denied is not None:
            discrepancies.append(
                Discrepancy(DiscrepancyKind.NEGATION, denied.a, denied.b, mid, denied.detail)
            )
        other = substituted_name(fa, fb, named_a, named_b) or substituted_place(
            fa, fb, named_a, named_b
        )
        if other is not None:
            discrepancies.append(
                Discrepancy(DiscrepancyKind.NAME, other.a.span, other.b.span, mid, other.detail)
            )
    check(is_cancelled)
    qa, qb = pa.quotes
    quote_matches = _quote_matches(qa, qb, (a, b), counter, min_score, discrepancies)
    matches.extend(quote_matches)
    discrepancies = one_for_each_statement(
        discrepancies, {m.id: m.score for m in matches}, (headings(a), headings(b))
    )
    partners_a: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    for i, j in claim_ids:
        partners_a[i].append(j)
        partners_b[j].append(i)
    shown_a, shown_b = pa.shown
    for ml in link_mentions(shown_a, shown_b, partners_a, partners_b):
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
    # a subheading that is only a name the other article names too tells nothing new
    covered_a |= bare_names(pa.feats_a, pa.feats_b, a)
    covered_b |= bare_names(pa.feats_b, pa.feats_a, b)
    only_a = _uncovered(a, pa.units_a, covered_a)
    only_b = _uncovered(b, pa.units_b, covered_b)
    closest_a, closest_b = _closest(pa, covered_a, covered_b)
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
        quotes_a=tuple(Quoted(q.span, q.speaker) for q in qa),
        quotes_b=tuple(Quoted(q.span, q.speaker) for q in qb),
        closest_a=closest_a,
        closest_b=closest_b,
    )


def _closest(
    pa: PairAnalysis, covered_a: set[int], covered_b: set[int]
) -> tuple[tuple[Closest, ...], tuple[Closest, ...]]:
    """Each sentence no claim or quote covers, with the other article's sentence that
    scores best against it (when any scores at all: ``nearest.CLOSE_ENOUGH``), the score
    rounded as JSON keeps it."""
    near = pa.nearest
    if near is None:
        return (), ()
    out_a = []
    for u in pa.units_a:
        found = near.of_a(u.index) if u.index not in covered_a else None
        if found is not None:
            out_a.append(Closest(u.span, pa.units_b[found[0]].span, round(found[1], 4)))
    out_b = []
    for u in pa.units_b:
        found = near.of_b(u.index) if u.index not in covered_b else None
        if found is not None:
            out_b.append(Closest(u.span, pa.units_a[found[0]].span, round(found[1], 4)))
    return tuple(out_a), tuple(out_b)


def claim_score(strength: float) -> float:
    """Map a link's contextual similarity to a score in [0, 1] (0.16 -> 0.5, 0.42 -> 0.8)."""
    return float(min(1.0, max(0.0, 0.5 + (strength - 0.16) * (0.3 / 0.26))))


def _evidence(fa: UnitFeatures, fb: UnitFeatures, pa: PairAnalysis, link: Link) -> tuple[str, ...]:
    names_b = fb.name_keys
    out: list[str] = []
    shown: set[str] = set()  # name keys listed: one of "North Korea", "North Korean"
    for m in fa.names:
        if same_place(m.key, names_b) and not same_place(m.key, shown):
            out.append(m.surface)
            shown.add(m.key)
    nums_b = fb.number_keys
    for m in fa.numbers:
        if m.key in nums_b and m.surface not in out:
            out.append(m.surface)
    shared = [st for st in fa.stems if st in fb.stems and st not in fa.minor]
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


MAX_QUOTE_PARTNERS = 3
MAX_QUOTE_CANDIDATES = 2000


def _quote_matches(
    qa: list[Quotation],
    qb: list[Quotation],
    docs: tuple[Document, Document],
    counter: Iterator[int],
    min_score: float,
    discrepancies: list[Discrepancy],
) -> list[Match]:
    """Each quotation of A (``qa``) with its (up to 3) best partners in B sharing a word;
    a pair worded differently adds its discrepancy to ``discrepancies``."""
    a, b = docs
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
                differs = wording_difference(a, x, b, qb[k])
                if differs is not None:
                    span_a, span_b, detail = differs
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
    words = (base_word(w) for w in x.words)
    evidence = tuple(dict.fromkeys(w for w in words if w in shared and w not in STOPWORDS))[:8]
    return Match(
        f"m{next(counter)}",
        MatchKind.QUOTE,
        x.span,
        y.span,
        sim,
        evidence,
        speaker=match_speaker(x, y),
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
