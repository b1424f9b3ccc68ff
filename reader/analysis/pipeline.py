"""The aligner: Document pair -> Alignment (claims, quotes, entities, numbers, discrepancies)."""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from collections.abc import Sequence

from reader.analysis.conflicts.days_told_elsewhere import told_alike_elsewhere
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.conflicts.negation import denial
from reader.analysis.conflicts.quoted_figures import told_by_quotes
from reader.analysis.conflicts.rate_conflicts import rate_conflicts
from reader.analysis.conflicts.repeated_facts import headings, one_for_each_statement
from reader.analysis.conflicts.revised_figures import revised_next
from reader.analysis.conflicts.substituted_names import substituted_name
from reader.analysis.conflicts.substituted_places import substituted_place
from reader.analysis.conflicts.superseded_entries import entry_told, superseded
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.spread_sums import spread_conflicts
from reader.analysis.figures.table_columns import told_column
from reader.analysis.figures.told_rates import told_rates
from reader.analysis.linking.claim_scores import claim_score
from reader.analysis.linking.headline_pair import headline_unit
from reader.analysis.linking.lexical import figure_term
from reader.analysis.linking.lone_evidence import (
    only_a_name,
    only_a_topic_word,
    only_the_counted_noun,
    sentence_counts,
)
from reader.analysis.linking.select import Link, SelectParams
from reader.analysis.linking.sources import LexicalSimilarity, SimilaritySource
from reader.analysis.mentions import link_mentions, same_place
from reader.analysis.names.bare_names import bare_names
from reader.analysis.names.joined_names import names_read_whole
from reader.analysis.names.spellings import spelling
from reader.analysis.pair_analysis import PairAnalysis, analyse
from reader.analysis.passages import passages
from reader.analysis.progress import Cancelled, Progress, check
from reader.analysis.quotations.quote_matching import quotation_matches
from reader.analysis.quotations.quotes import Quotation
from reader.analysis.times.entry_times import live_entries
from reader.analysis.units import Unit
from reader.analysis.words.unspaced import joined_words
from reader.ingest.normalize import fold
from reader.model import (
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
# A claim whose sentences share one name and nothing else (or a name and the office both
# tell it with: "Town Manager Rick Alvarez" / "Rick Alvarez, the town manager") is shown
# only when they score this high, with the sentence model or on words alone.
# Of such links on the careful reader's 60 ECB+ pairs, 29 of 43 were wrong and 10 related
# ("Wladimir Klitschko retains belts" / "Wladimir Klitschko 19-2"). Seed F1 0.86 -> 0.89,
# careful reader 0.67 -> 0.68 and 0.61 -> 0.62, esa 0.39 -> 0.41, ECB+ 0.71 as it was
# (docs/alignment.md, sixteenth session). On words alone (forty-fifth session) the same
# gate took the lexical method's careful reader from 0.63 to 0.65 and 0.58 to 0.59, athens
# 0.86 to 0.89, esa 0.35 to 0.38 (seed 0.83 as it was; flat from 0.7 to 0.9). Sentences
# sharing no word at all are left to the sentence model: that is what it is for.
NAME_ALONE_SCORE = 0.8


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
    heads_a, heads_b = pa.heads
    # a post's sentences, as a crosshead's, are no claim
    unclaimed_a, unclaimed_b = pa.unclaimed
    counts = (sentence_counts(pa.feats_a), sentence_counts(pa.feats_b))
    titles = (headline_unit(a, pa.units_a), headline_unit(b, pa.units_b))
    linked = _linked(pa, min_score)
    # the rates the pair tells by converting sums in brackets ("£14.8bn ($18.7bn)")
    rates = told_rates((*pa.feats_a, *pa.feats_b))
    # a live page's timed entries: when each of its sentences was written
    entries = (live_entries(a), live_entries(b))
    for link in sorted(pa.links, key=lambda x: (pa.units_a[x.i].span.start, x.j)):
        score = claim_score(link.strength)
        if score < min_score or link.i in unclaimed_a or link.j in unclaimed_b:
            continue  # a crosshead ("About the prison:") states nothing
        fa, fb = pa.feats_a[link.i], pa.feats_b[link.j]
        evidence = _evidence(fa, fb, pa, link)
        added = pa.sums.get((link.i, link.j), ())  # figures adding up: more than a name
        # a link on a name or the story's word alone needs the sentences to say the same;
        # on words alone, in English only (across two languages a name is all a reading
        # sees; a German compound, "Durchbruchsdokument", shares no stem with "Durchbruch"
        # beside "Putin"); never for the story's word between the two headlines, each the
        # gist of its story
        if (
            score < NAME_ALONE_SCORE
            and not added
            and (modelled or (fa.language is None and fb.language is None))
            and (
                only_a_name(fa, fb, evidence)
                or ((link.i, link.j) != titles and only_a_topic_word(fa, evidence, counts))
            )
        ):
            continue
        evidence = names_read_whole(evidence, fa.names, a.text, folded_a)
        evidence = (*evidence, *(x for x in added if x not in evidence))
        mid = f"m{next(counter)}"
        claim_ids[(link.i, link.j)] = mid
        matches.append(Match(mid, MatchKind.CLAIM, fa.unit.span, fb.unit.span, score, evidence))
        # a table's row: its figures of the column the sentence tells ("Nov. 1-4")
        told = told_column(fa, fb), told_column(fb, fa)
        for c in (*conflicts(*told), *rate_conflicts(fa, fb, rates), *spread_conflicts(fa, fb)):
            if c.needs_close_link and score < weekday_gate:
                continue  # a weekday or a clock time each: two sentences of two occasions?
            if only_the_counted_noun(fa, evidence, c):
                continue  # "Drie mensen" / "1200 mensen", sharing "mensen" alone
            if told_alike_elsewhere(c, link.i, link.j, linked, (pa.feats_a, pa.feats_b)):
                continue  # each day (or a length) the other's in another link
            if revised_next(c, link.i, link.j, (pa.feats_a, pa.feats_b)):
                continue  # "29 bodies", then "raised the toll to 41": the toll before
            if superseded(c, link.i, link.j, (pa.feats_a, pa.feats_b), entries):
                continue  # a live page's 12:40 "nine", its 18:05 "14": the toll then
            detail = entry_told(c, entries)
            discrepancies.append(
                Discrepancy(c.kind, c.a.span, c.b.span, mid, detail, c.counted or None)
            )
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
    # a crosshead's quotation ('"Not in his DNA"') is the editor's signpost, the words
    # of a quotation the story gives (or not) in full: no quotation of its own
    qa = _outside(pa.quotes[0], pa.units_a, heads_a)
    qb = _outside(pa.quotes[1], pa.units_b, heads_b)
    quote_matches = quotation_matches(qa, qb, (a, b), counter, min_score, discrepancies)
    matches.extend(quote_matches)
    discrepancies = told_by_quotes(discrepancies, quote_matches)  # a misquoted figure once
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
        # a name and its longer form, a figure and the other's rounded: a rougher match
        score = 0.9 if ml.a.key == ml.b.key and not ml.rounded else 0.75
        if score >= min_score:
            span_a, span_b = ml.spans  # a figure with its unit: "12 feet"
            # a name the two spell apart: "Smith" and "Smyth"
            spelt = spelling(a.slice(span_a), b.slice(span_b)) if kind is MatchKind.ENTITY else None
            matches.append(
                Match(f"m{next(counter)}", kind, span_a, span_b, score, (ml.label,), spelling=spelt)
            )
    covered_a = {i for i, _ in claim_ids}
    covered_b = {j for _, j in claim_ids}
    for m in quote_matches:
        covered_a.update(u.index for u in pa.units_a if u.span.overlaps(m.a))
        covered_b.update(u.index for u in pa.units_b if u.span.overlaps(m.b))
    # a subheading that is only a name the other article names too, or a crosshead
    # ("About the prison:"), tells nothing new; a post the other does not quote is only
    # one's, as a quotation is
    covered_a |= bare_names(pa.feats_a, pa.feats_b, a) | heads_a
    covered_b |= bare_names(pa.feats_b, pa.feats_a, b) | heads_b
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


def _linked(
    pa: PairAnalysis, min_score: float
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """The sentences of B each sentence of A is linked to at ``min_score`` or more, and
    those of A each of B's is."""
    of_a: dict[int, list[int]] = defaultdict(list)
    of_b: dict[int, list[int]] = defaultdict(list)
    for link in pa.links:
        if claim_score(link.strength) >= min_score:
            of_a[link.i].append(link.j)
            of_b[link.j].append(link.i)
    return of_a, of_b


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


def _evidence(fa: UnitFeatures, fb: UnitFeatures, pa: PairAnalysis, link: Link) -> tuple[str, ...]:
    names_b = fb.name_keys
    out: list[str] = []
    shown: set[str] = set()  # name keys listed: one of "North Korea", "North Korean"
    for m in fa.names:
        if same_place(m.key, names_b) and not same_place(m.key, shown):
            out.append(m.surface)
            shown.add(m.key)
    # a figure counting another kind of thing on each side is none ("nine homes", "nine
    # people"), nor an order of magnitude and a figure ("Hundreds", "200": linking.lexical)
    lexical = pa.sources[0][0]
    apart = (
        lexical.index.apart_terms(link.i, link.j)
        if isinstance(lexical, LexicalSimilarity)
        else frozenset()
    )
    nums_b = {figure_term(m) for m in fb.numbers}
    for m in fa.numbers:
        term = figure_term(m)
        # a date's year is told by the date listed ("January 2021", not "2021" besides)
        inner = m.kind == "year" and any(m.surface in o for o in out)
        if term in nums_b and term not in apart and m.surface not in out and not inner:
            out.append(m.surface)
    shared = [st for st in fa.stems if st in fb.stems and st not in fa.minor and st not in apart]
    shared.sort(key=lambda st: -len(st))
    # Chinese and Japanese pairs of characters joined into the runs they cover (words.unspaced)
    words = joined_words(fa.unit.folded, [fa.surfaces.get(st, st) for st in shared])
    lowered = {o.lower() for o in out}
    for w in words:
        if w.lower() not in lowered and not any(w.lower() in o for o in lowered):
            out.append(w)
            lowered.add(w.lower())
        if len(out) >= 8:
            break
    return tuple(out)


def _outside(quotes: list[Quotation], units: list[Unit], heads: frozenset[int]) -> list[Quotation]:
    """``quotes`` less those inside a crosshead (the units ``heads``): as the crosshead is
    linked to no claim and is no passage only one article reports, the words it quotes
    are matched with no quotation of the other article and listed as none of its own."""
    if not heads:
        return quotes
    spans = [units[i].span for i in heads]
    return [q for q in quotes if not any(s.overlaps(q.span) for s in spans)]


def _uncovered(doc: Document, units: list[Unit], covered: set[int]) -> list[Span]:
    """The passages of the units not ``covered``: runs of them inside one paragraph
    (:func:`reader.analysis.passages.passages`)."""
    return passages(doc, (u.span for u in units if u.index not in covered))
