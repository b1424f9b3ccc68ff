"""The analysis of a pair before its alignment: units, features, similarity sources, the
event gate and the chosen claim links (reader.analysis.pipeline builds the Alignment)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.analysis.background import Background
from reader.analysis.crossheads import crossheads
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.added_counts import SUM_BONUS, sum_pairs
from reader.analysis.figures.numerals import writing_of
from reader.analysis.linking.headline_pair import HeadlinePair, headline_pair
from reader.analysis.linking.link_check import (
    CandidatePairs,
    PairSignals,
    checked_links,
    token_fs,
)
from reader.analysis.linking.nearest import CLOSE_ENOUGH, WORDS_ONLY_CLOSE_ENOUGH, Nearest
from reader.analysis.linking.second_partners import without_second_figures
from reader.analysis.linking.select import Link, LinkSelector, SelectParams, contextual
from reader.analysis.linking.sources import LexicalSimilarity, SimilaritySource
from reader.analysis.linking.told_fates import FATE_BONUS, fate_pairs
from reader.analysis.linking.told_figures import FIGURES_BONUS, figure_pairs
from reader.analysis.linking.told_lengths import LENGTH_BONUS, length_pairs
from reader.analysis.linking.told_rows import ROW_BONUS, row_pairs, without_rows_of_another
from reader.analysis.linking.told_shares import SHARE_BONUS, share_pairs
from reader.analysis.linking.word_forms import side_forms
from reader.analysis.linking.zoned_moments import MOMENT_BONUS, moment_pairs
from reader.analysis.mentions import canonical_names
from reader.analysis.progress import Cancelled, Progress, check
from reader.analysis.quotations.quotes import Quotation
from reader.analysis.reading import Reading, reading
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.analysis.units import Unit, document_units, header_rows, posted_units
from reader.analysis.words.lexicon import DEMONYMS
from reader.model import Document


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
    # the pairs of which one counts whole what the other counts in two parts (added_counts),
    # with A's figures that tell it
    sums: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    # the pairs that each tell one length of time, close in value (told_lengths)
    lengths: set[tuple[int, int]] = field(default_factory=set)
    # the pairs that each tell a moment in a time zone, close in time (zoned_moments)
    moments: set[tuple[int, int]] = field(default_factory=set)
    # the pairs that each tell one share of one thing, close in value (told_shares)
    shares: set[tuple[int, int]] = field(default_factory=set)
    # the pairs that give two of the same telling figures (told_figures)
    figures: set[tuple[int, int]] = field(default_factory=set)
    # the pairs that each count people of one fate, close in value (told_fates)
    fates: set[tuple[int, int]] = field(default_factory=set)
    # the pairs of a table's row and a sentence telling one of its figures (told_rows),
    # each with whether A's unit is the row
    told_rows: dict[tuple[int, int], bool] = field(default_factory=dict)
    # each side's crossheads ("About the prison:", "Reaction in Seoul"): they state
    # nothing, so they score 0 with everything and take no partner's place (crossheads)
    heads: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())
    # each side's sentences of a social post it embeds (Document.posts): the poster's
    # words, a quotation, never the article's claim; they score 0 with everything too
    posts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())

    @property
    def unclaimed(self) -> tuple[frozenset[int], frozenset[int]]:
        """Each side's units that are no claim: its crossheads and its posts' sentences."""
        return self.heads[0] | self.posts[0], self.heads[1] | self.posts[1]

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
        silent_a, silent_b = self.unclaimed
        if silent_a or silent_b:
            out[[i - start for i in silent_a if start <= i < stop]] = 0
            out[:, sorted(silent_b)] = 0
        return out

    def matrix(self) -> np.ndarray:
        """The whole combined matrix: for inspecting small pairs only."""
        return self.rows(0, len(self.units_a))


BLOCK_ROWS = 256


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
    forms = side_forms(a.text, b.text)
    writing = (writing_of(a.text, forms[0].language), writing_of(b.text, forms[1].language))
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
    # a table's header row is no claim, as a crosshead is none
    pa.heads = (
        frozenset(crossheads(units_a, a)) | header_rows(units_a),
        frozenset(crossheads(units_b, b)) | header_rows(units_b),
    )
    pa.posts = (posted_units(units_a, a), posted_units(units_b, b))
    pa.quotes, pa.shown = read_pair.quotes, read_pair.shown
    pa.sums = sum_pairs(feats_a, feats_b)
    pa.lengths = length_pairs(feats_a, feats_b)
    pa.moments = moment_pairs(feats_a, feats_b)
    pa.shares = share_pairs(feats_a, feats_b)
    pa.figures = figure_pairs(feats_a, feats_b)
    pa.fates = fate_pairs(feats_a, feats_b)
    pa.told_rows = row_pairs(feats_a, feats_b)
    n_a, n_b = len(units_a), len(units_b)
    selector = LinkSelector(n_a, n_b, p)
    semantic = _with_word_pieces(pa.sources)
    candidates = CandidatePairs(n_a, n_b) if semantic is not None else None
    close_enough = CLOSE_ENOUGH if len(sources) > 1 else WORDS_ONLY_CLOSE_ENOUGH
    nearest = pa.nearest = Nearest(n_a, n_b, close_enough)
    headlines = headline_pair((a, b), (units_a, units_b))
    for start in range(0, n_a, BLOCK_ROWS):
        stop = min(start + BLOCK_ROWS, n_a)
        lo, hi = max(0, start - 1), min(n_a, stop + 1)  # one row of context on each side
        plain = pa.rows(lo, hi)
        block = contextual(plain, p.context)
        rows = slice(start - lo, start - lo + stop - start)
        selector.add_block(start, block[rows], plain[rows])
        nearest.add_block(start, block[rows])
        if headlines is not None:
            headlines.add_block(start, block[rows])
        if candidates is not None:
            candidates.add_block(start, block[rows], plain[rows])
        check(is_cancelled)
        if progress:
            progress(prepared + (0.8 - prepared) * stop / n_a)
    links = selector.links()
    if semantic is not None and candidates is not None:
        links = _checked(pa, selector, links, candidates, semantic)
    links = _with_sums(pa, selector, links, p)
    links = _with_headlines(links, headlines, p)
    links = without_second_figures(links, feats_a, feats_b)
    # a row's figures close to the sentence's, not the same: no second partner's other ones
    links = _with_rows(pa, selector, links, p)
    links = without_rows_of_another(links, feats_a, feats_b)
    pa.links = _without_too_little(pa, links)
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
    """The links after the second look of ``link_check``; the token matching of the
    pairs it looks at also picks each sentence's closest in the other (``nearest``)."""
    assert semantic.tokens is not None
    lexical = pa.sources[0][0]
    assert isinstance(lexical, LexicalSimilarity)
    signals = PairSignals(*semantic.tokens, selector.row_best, selector.col_best, pa.gate)
    pairs = candidates.all()
    words = token_fs(list(pairs), *semantic.tokens)
    if pa.nearest is not None:
        pa.nearest.add_words({key: (pairs[key][0], words[key]) for key in pairs})
    return checked_links(
        links,
        pairs,
        signals,
        semantic.cosine,
        lexical.index.similarity,
        lambda i, j: float(pa.rows(i, i + 1)[0, j]),
        token_f=words,
    )


def _with_sums(
    pa: PairAnalysis, selector: LinkSelector, links: list[Link], p: SelectParams
) -> list[Link]:
    """``links`` and the pairs of which one counts whole what the other counts in parts
    (``added_counts``): such a pair scoring above 0 on its own gains SUM_BONUS, and is
    linked when that takes it to the floor and within ``p.ratio`` of the weaker side's
    best. The bonus ranks no pair above another: the links made stay. It is not scaled
    by the event gate: the figures adding up are a figure the two reports share, which
    the gate (counting the names and figures written alike on both sides) does not see.
    The pairs that each tell one length of time (``told_lengths``) gain LENGTH_BONUS so,
    and those that each tell one share of one thing (``told_shares``) SHARE_BONUS, and
    those that give two of the same telling figures (``told_figures``) FIGURES_BONUS, and
    those that each count people of one fate (``told_fates``) FATE_BONUS, and those that
    each tell a moment in a time zone within half an hour (``zoned_moments``)
    MOMENT_BONUS."""
    linked = {(link.i, link.j) for link in links}
    col_best = selector.col_best
    bonuses = dict.fromkeys(pa.figures, FIGURES_BONUS) | dict.fromkeys(pa.lengths, LENGTH_BONUS)
    bonuses |= dict.fromkeys(pa.fates, FATE_BONUS) | dict.fromkeys(pa.shares, SHARE_BONUS)
    bonuses |= dict.fromkeys(pa.moments, MOMENT_BONUS) | dict.fromkeys(pa.sums, SUM_BONUS)
    added = []
    for i, j in sorted(bonuses.keys() - linked):
        lo, hi = max(0, i - 1), min(len(pa.units_a), i + 2)
        score = float(contextual(pa.rows(lo, hi), p.context)[i - lo, j])
        if score <= 0:
            continue
        strength = score + bonuses[(i, j)]
        best = min(float(selector.row_best[i]), float(col_best[j]))
        if strength >= p.floor and strength >= p.ratio * best:
            added.append(Link(i, j, strength))
    return sorted([*links, *added], key=lambda link: (link.i, link.j))


def _with_rows(
    pa: PairAnalysis, selector: LinkSelector, links: list[Link], p: SelectParams
) -> list[Link]:
    """``links`` and the pairs of a table's row and a sentence telling one of its figures
    (``told_rows``): such a pair scoring above 0 on its own gains ROW_BONUS, and is
    linked when that takes it to the floor and within ``p.ratio`` of the row's own best
    (a row is a detail of the sentence, no rival of the sentence's best partner)."""
    linked = {(link.i, link.j) for link in links}
    added = []
    for (i, j), a_is_row in sorted(pa.told_rows.items()):
        if (i, j) in linked:
            continue
        lo, hi = max(0, i - 1), min(len(pa.units_a), i + 2)
        score = float(contextual(pa.rows(lo, hi), p.context)[i - lo, j])
        if score <= 0:
            continue
        strength = score + ROW_BONUS
        best = float(selector.row_best[i] if a_is_row else selector.col_best[j])
        if strength >= p.floor and strength >= p.ratio * best:
            added.append(Link(i, j, strength))
    return sorted([*links, *added], key=lambda link: (link.i, link.j))


def _with_headlines(
    links: list[Link], headlines: HeadlinePair | None, p: SelectParams
) -> list[Link]:
    """``links`` and the two articles' headlines, when they tell one fact
    (``headline_pair``: ranked as any pair, the other article's lead left out)."""
    if headlines is None or any(k.i == headlines.i and k.j == headlines.j for k in links):
        return links
    link = headlines.link(p)
    if link is None:
        return links
    return sorted([*links, link], key=lambda k: (k.i, k.j))


def _without_too_little(pa: PairAnalysis, links: list[Link]) -> list[Link]:
    """``links`` less those that rest on too little and no other source backs: nothing
    but one count to go on (``LexicalIndex.only_a_count``), one shared term in a pair of
    very few units (``LexicalIndex.one_term_of_few``), or one shared word or figure
    (``LexicalIndex.one_shared_word``) with no link resting on more on the pair before or
    after it: "Eight of the jurors" with "Cells are 8-by-12 feet", "Only a title" with
    "Title", "Moskau und Pjöngjang bestreiten die Waffenlieferungen" with "Von Pjöngjang
    aus fliegt Putin nach Vietnam weiter"."""
    lexical = pa.sources[0][0]
    if not isinstance(lexical, LexicalSimilarity):
        return links
    index, fa, fb = lexical.index, pa.feats_a, pa.feats_b
    lone = {(k.i, k.j) for k in links if index.one_shared_word(k.i, k.j, fa[k.i], fb[k.j])}
    firm = {(k.i, k.j) for k in links} - lone
    return [
        link
        for link in links
        if not (
            (
                index.only_a_count(link.i, link.j, fa[link.i], fb[link.j])
                or index.one_term_of_few(link.i, link.j)
                or ((link.i, link.j) in lone and not _in_sequence(link.i, link.j, firm))
            )
            and not _backed(pa, link)
        )
    ]


def _backed(pa: PairAnalysis, link: Link) -> bool:
    """A source other than the words (the sentence model) scores the link's pair."""
    return any(source.rows(link.i, link.i + 1)[0, link.j] > 0 for source, _ in pa.sources[1:])


def _in_sequence(i: int, j: int, firm: set[tuple[int, int]]) -> bool:
    """The pair before or after (i, j) on both sides is among the ``firm`` links."""
    return (i - 1, j - 1) in firm or (i + 1, j + 1) in firm


def shared_evidence(feats_a: Sequence[UnitFeatures], feats_b: Sequence[UnitFeatures]) -> int:
    """How many specific names and figures the two documents share (spelling-joined).

    Nationalities ("Somali", "Greek") are left out: two stories of one kind share them."""
    names_a = {m.key for f in feats_a for m in f.names} - DEMONYMS
    names_b = {m.key for f in feats_b for m in f.names} - DEMONYMS
    # a place and a thing of it ("aden", "gulf of aden") stay one: read apart, a pair
    # naming both counted them twice (reader.analysis.names.named_of_places)
    canon = canonical_names(names_a | names_b, of_places=False)
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
