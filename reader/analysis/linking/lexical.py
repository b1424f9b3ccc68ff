"""Lexical similarity of unit pairs: TF-IDF cosine over stems, names and numbers.

IDF comes from the pair itself (both documents' units), so words that run through
both articles ("Putin", "agreement") weigh little and a shared rare word weighs much.
Similarities are computed through an inverted index, so cost grows with the number of
shared terms, not with the product of the documents' lengths.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.analysis.features import UnitFeatures, initial_parts
from reader.analysis.figures.counted_apart import figure_apart
from reader.analysis.figures.group_members import counts_one_noun
from reader.analysis.figures.orders_of_magnitude import order_word
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import NUMBER_WORDS

NAME_BOOST = 1.5
NUMBER_BOOST = 2.0
YEAR_BOOST = 2.0
# a day read by the article's date ("Thursday" for May 2) weighs as a plain word: it rests
# on the article's date being the day it was written (measured: as much as a date, 2.0,
# it cost the lexical method a right seed link)
DAY_BOOST = 1.0
PRIOR_DF_SHARE = 0.02  # in the pseudo-documents of the IDF prior, a content word is this rare
SMALL_NUMBERS = frozenset({"num:0", "num:1", "num:2"})
BIGRAM_BOOST = 0.7
COUNT_TERM = "#:num:"  # the term of a count or a sum ("#:num:8"), not of a date or an age
# an IDF read from fewer units than this is smoothed with pseudo-documents up to it: in a
# pair of one sentence each, every shared word is in every unit and weighed at almost
# nothing against the one figure they differ by ("25 people died" vs "30 people died")
MIN_IDF_UNITS = 4


def terms(f: UnitFeatures) -> dict[str, float]:
    """Raw term weights of a unit before IDF: stems, bigrams, name and number keys, and
    the dates of the days it tells by its article's date (``UnitFeatures.days``)."""
    out: dict[str, float] = {st: 1.0 + math.log(n) for st, n in f.stems.items()}
    for a, b in f.bigrams:
        out[f"{a} {b}"] = BIGRAM_BOOST
    for m in f.names:  # "Stephen A. Smith" as "Stephen A" and "Smith" (initial_parts)
        for key in initial_parts(m.surface) or [m.key]:
            out[f"N:{key}"] = NAME_BOOST
    for m in f.numbers:
        if m.kind == "number" and m.key in SMALL_NUMBERS:
            continue  # "two countries", "one of": no evidence of a shared fact
        out[figure_term(m)] = YEAR_BOOST if m.kind == "year" else NUMBER_BOOST
    # a day told by the article's date is that date: "checked into rehab on Thursday" and
    # "checked in late Thursday night" (or "on May 2") share the day as two dates do
    for m in f.days:
        out.setdefault(f"#:{m.key}", DAY_BOOST)
    return out


def figure_term(m: Mention) -> str:
    """The term of figure ``m``: "#:num:200"; an order of magnitude in words ("Hundreds
    evacuated", read as 200) only with one in the same words ("#:num:200/hundreds"), as
    reader.analysis.mentions pairs it: "hundreds" and "200 rescuers" are no one figure."""
    word = order_word(m.surface) if m.kind == "number" else ""
    return f"#:{m.key}/{word.replace(' ', '_')}" if word else f"#:{m.key}"


@dataclass(slots=True)
class LexicalIndex:
    """Normalised TF-IDF vectors of both sides and their similarity lookups."""

    vec_a: list[dict[str, float]]
    vec_b: list[dict[str, float]]
    idf: dict[str, float]
    # the terms of function words of a language other than English ("und", "de la"):
    # scored as any term, but no evidence on their own (``content_rows``)
    minor: frozenset[str] = frozenset()
    # the IDF was smoothed up to MIN_IDF_UNITS units: the pair has fewer
    few: bool = False
    # the terms a pair of units shares that are no evidence for it: a figure both give
    # that counts a different thing on each side ("nine homes", "nine people") and the
    # words it is written in, by A unit, then B unit (``_figures_apart``)
    apart: dict[int, dict[int, frozenset[str]]] = field(default_factory=dict)
    _post: dict[str, tuple[np.ndarray, np.ndarray]] | None = None

    def apart_terms(self, i: int, j: int) -> frozenset[str]:
        """The terms units ``i`` and ``j`` share that are no evidence for them (``apart``)."""
        return self.apart.get(i, {}).get(j, frozenset())

    def similarity(self, i: int, j: int) -> float:
        va, vb = self.vec_a[i], self.vec_b[j]
        if len(va) > len(vb):
            va, vb = vb, va
        apart = self.apart_terms(i, j)
        return sum(w * vb[t] for t, w in va.items() if t in vb and t not in apart)

    def only_a_count(self, i: int, j: int, fa: UnitFeatures, fb: UnitFeatures) -> bool:
        """Units ``i`` and ``j`` (features ``fa``, ``fb``) share one count and nothing
        else, and it does not count the same thing in both: "three weeks" and "Three
        Husbands" share a value, not a fact. A date, an age, a percentage, two figures
        ("a record of 9-14") or a sum of money in one currency is specific enough."""
        va, vb = self.vec_a[i], self.vec_b[j]
        shared = [t for t in va if t in vb and t not in NUMBER_WORDS]  # "three" and 3
        if len(shared) != 1 or not shared[0].startswith(COUNT_TERM):
            return False
        return not _count_one_noun(fa, fb, shared[0][2:])

    def one_term_of_few(self, i: int, j: int) -> bool:
        """Units ``i`` and ``j`` share one word or name at most (word pairs aside, a name
        of one word one term with its word), and no figure (``only_a_count`` judges a
        figure: "She was 91." and "Esther Williams, swimming star, dies at 91" share an
        age), in a pair of fewer than MIN_IDF_UNITS units, whose smoothed IDF weighs any
        word they share: "Only a title" and "Title", "Teixeira" and "Red Sox offer
        Teixeira $200 million" share a word, not a fact."""
        if not self.few:
            return False
        va, vb = self.vec_a[i], self.vec_b[j]
        shared = {t.removeprefix("N:") for t in va if t in vb and " " not in t}
        return len(shared) <= 1 and not any(t.startswith("#:") for t in shared)

    def one_shared_word(self, i: int, j: int, fa: UnitFeatures, fb: UnitFeatures) -> bool:
        """Units ``i`` and ``j`` (features ``fa``, ``fb``) share one term and nothing
        else: one word, name or figure (a name of one word is one term with its word; a
        word pair counts as its two words; function words of another language and a
        number's word beside its figure count for nothing), and no noun that a figure
        counts on both sides ("Rund 150 Einsatzkräfte" and "Rund 200 Einsatzkräfte" count
        one thing, two ways). German "falls" (if) and "Fall" (case), two sentences naming
        one city, or one figure counting two things ("Más de 2.000 personas resultaron
        heridas" and "Más de 2.000 fallecidos"; a visit "in July 2000" and a treaty "in
        2000") share a term, not yet a fact."""
        va, vb = self.vec_a[i], self.vec_b[j]
        shared = {t for t in va if t in vb and " " not in t} - self.minor - NUMBER_WORDS.keys()
        if len({t.removeprefix("N:") for t in shared}) != 1:
            return False
        return not _count_one_noun(fa, fb)

    def shared_terms(self, i: int, j: int, limit: int = 6) -> list[str]:
        va, vb = self.vec_a[i], self.vec_b[j]
        shared = sorted(
            ((va[t] * vb[t], t) for t in va if t in vb and not t.startswith(("N:", "#:"))),
            reverse=True,
        )
        return [t for _, t in shared[:limit] if " " not in t]

    def matrix_rows(self, rows: Sequence[int] | range) -> np.ndarray:
        """Dense similarities of the given A rows against every B unit."""
        out = np.zeros((len(rows), len(self.vec_b)), dtype=np.float32)
        post = self._postings()
        for r, i in enumerate(rows):
            row = out[r]
            for t, w in self.vec_a[i].items():
                hit = post.get(t)
                if hit is not None:
                    row[hit[0]] += w * hit[1]
            for j in self.apart.get(i, ()):
                row[j] = self.similarity(i, j)
        return out

    def content_rows(self, rows: Sequence[int] | range) -> np.ndarray:
        """Whether each of the given A rows shares a term other than a function word
        (``minor``) with each B unit: a content word, a name or a figure. Without
        function words to leave out (English), wherever ``matrix_rows`` is above 0."""
        if not self.minor:
            return self.matrix_rows(rows) > 0
        out = np.zeros((len(rows), len(self.vec_b)), dtype=bool)
        post = self._postings()
        for r, i in enumerate(rows):
            for t in self.vec_a[i].keys() - self.minor:
                hit = post.get(t)
                if hit is not None:
                    out[r, hit[0]] = True
            for j, terms_apart in self.apart.get(i, {}).items():
                shared = self.vec_a[i].keys() & self.vec_b[j].keys()
                out[r, j] = bool(shared - self.minor - terms_apart)
        return out

    def _postings(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        if self._post is not None:
            return self._post
        acc: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for j, v in enumerate(self.vec_b):
            for t, w in v.items():
                ids, ws = acc[t]
                ids.append(j)
                ws.append(w)
        post = {
            t: (np.asarray(ids, dtype=np.int64), np.asarray(ws, dtype=np.float32))
            for t, (ids, ws) in acc.items()
        }
        self._post = post
        return post


def _count_one_noun(fa: UnitFeatures, fb: UnitFeatures, key: str | None = None) -> bool:
    """A figure of ``fa`` and one of ``fb`` (of key ``key``, when given) count one noun
    ("Rund 150 Einsatzkräfte" and "Rund 200 Einsatzkräfte")."""
    units_a = {m.unit_word for m in fa.numbers if key is None or m.key == key} - {""}
    units_b = {m.unit_word for m in fb.numbers if key is None or m.key == key} - {""}
    return any(counts_one_noun(x, y) for x in units_a for y in units_b)


def build_index(
    fa: Sequence[UnitFeatures], fb: Sequence[UnitFeatures], prior_docs: float = 0.0
) -> LexicalIndex:
    """TF-IDF vectors of both sides; IDF from the pair's own units plus ``prior_docs``
    pseudo-documents (see ``SelectParams.idf_prior``), at least as many as make up
    MIN_IDF_UNITS units with the pair's."""
    raw_a = [terms(f) for f in fa]
    raw_b = [terms(f) for f in fb]
    df: dict[str, int] = defaultdict(int)
    for v in (*raw_a, *raw_b):
        for t in v:
            df[t] += 1
    n = len(raw_a) + len(raw_b)
    prior_docs = max(prior_docs, MIN_IDF_UNITS - n)
    # smoothed with pseudo-documents in which a content word is rare: two short articles
    # about one event repeat its words in every sentence, and IDF from them alone would
    # weigh "Lohan", "checked", "Thursday" at almost nothing
    prior_df = prior_docs * PRIOR_DF_SHARE
    idf = {t: math.log((n + prior_docs + 1) / (d + prior_df + 0.5)) for t, d in df.items()}
    vec_a, vec_b = _normalise(raw_a, idf), _normalise(raw_b, idf)
    return LexicalIndex(
        vec_a, vec_b, idf, _minor(df, fa, fb), few=n < MIN_IDF_UNITS, apart=_figures_apart(fa, fb)
    )


def _figures_apart(
    fa: Sequence[UnitFeatures], fb: Sequence[UnitFeatures]
) -> dict[int, dict[int, frozenset[str]]]:
    """The pairs of units that give one count each counting a different thing
    (reader.analysis.figures.counted_apart: "nine homes", "nine people"), with the terms
    of that count they share: its figure's and the words it is written in ("nine"). Not
    for a count of SMALL_NUMBERS, which is no evidence of a shared fact either way."""
    told_b: dict[str, list[int]] = defaultdict(list)
    for j, f in enumerate(fb):
        for key in _count_keys(f):
            told_b[key].append(j)
    out: dict[int, dict[int, frozenset[str]]] = {}
    for i, f in enumerate(fa):
        for key in _count_keys(f):
            for j in told_b.get(key, ()):
                if figure_apart(f, fb[j], key):
                    terms = _count_terms(f, key) & _count_terms(fb[j], key)
                    row = out.setdefault(i, {})
                    row[j] = row.get(j, frozenset()) | terms
    return out


def _count_keys(f: UnitFeatures) -> set[str]:
    """The keys of the counts of unit ``f`` that are evidence: not of SMALL_NUMBERS,
    whose words ("two women", "two buildings") stay plain words."""
    return {m.key for m in f.numbers if m.kind == "number"} - SMALL_NUMBERS


def _count_terms(f: UnitFeatures, key: str) -> frozenset[str]:
    """The terms unit ``f`` has of its counts of key ``key``: the figure's ("#:num:9")
    and the stems of the words it is written in ("nine")."""
    told = [m for m in f.numbers if m.kind == "number" and m.key == key]
    words = {w.lower() for m in told for w in m.surface.split()}
    return frozenset(
        [
            *(figure_term(m) for m in told),
            *(st for st, s in f.surfaces.items() if s.lower() in words),
        ]
    )


def _minor(
    df: dict[str, int], fa: Sequence[UnitFeatures], fb: Sequence[UnitFeatures]
) -> frozenset[str]:
    """The terms of the pair (``df``'s keys) made of function words only: their stems,
    and the bigrams of two of them ("de la")."""
    stems = frozenset().union(*(f.minor for f in (*fa, *fb)))
    if not stems:
        return frozenset()
    return frozenset(t for t in df if all(part in stems for part in t.split(" ")))


def _normalise(raw: Sequence[dict[str, float]], idf: dict[str, float]) -> list[dict[str, float]]:
    out = []
    for v in raw:
        w = {t: x * idf[t] for t, x in v.items() if idf[t] > 0}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        out.append({t: x / norm for t, x in w.items()})
    return out
