"""A second look at the claim links, with the sentence model's word pieces.

The link rules (``select``) decide on one combined score. A score fitted on a careful
reader's judgement of every sentence pair of 40 ECB+ article pairs
(``tests/data/ecbplus_reader_gold.json``: "the same fact" against no link) weighs five
signals instead: token matching (``token_vectors.token_f``), the sentence cosine, the
lexical similarity, what the neighbouring pairs add (context) and how close the pair
comes to the best of its row and column. It then
- drops a link the fitted score finds very unlikely (probability under DROP_BELOW), and
- adds a pair the rules left out when it is among the three likeliest of both its row
  and its column and its probability, times the event gate, reaches ADD_FROM.

Measured (docs/alignment.md, fifteenth session) on golds the weights never saw: the 20
held-out careful-reader pairs F1 0.59 -> 0.61, athens 0.88 -> 0.94, esa 0.41 -> 0.39,
the seed pair unchanged (0.86), ECB+ unchanged (0.71) with separation 4.8x -> 4.4x.
The check needs the word pieces; with a model that gives none it is skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from reader.analysis.linking.select import Link
from reader.analysis.sentence_model.token_vectors import PieceIdf, TokenVectors, token_f_row

DROP_BELOW = 0.10
ADD_FROM = 0.30
TOP = 3  # an added pair is among this many likeliest of its row and of its column
CANDIDATES = 6  # pairs looked at: the best this many of each row and each column

# Logistic regression, fitted on the 40 pairs' core links against unlinked pairs over the
# features (token F, cosine, lexical, context gain, ratio to the weaker side's best):
# standardised by MEAN and SCALE, then WEIGHTS and BIAS.
MEAN = np.array([0.246156, 0.288006, 0.044017, 0.011721, 0.166234])
SCALE = np.array([0.115515, 0.174161, 0.088609, 0.025366, 0.252765])
WEIGHTS = np.array([1.642417, -0.59404, 0.2384, 0.167386, 0.861808])
BIAS = -5.341444


def probability(features: np.ndarray) -> np.ndarray:
    """The fitted probability that each row of ``features`` (five columns) is a link."""
    z = (np.asarray(features, dtype=np.float64) - MEAN) / SCALE
    # clipped: far beyond it the probability is 0 or 1 to the last digit, and exp would
    # overflow (a huge article's extreme ratios), warning on the reader's terminal
    logit = np.clip(z @ WEIGHTS + BIAS, -_LOGIT_LIMIT, _LOGIT_LIMIT)
    out: np.ndarray = 1.0 / (1.0 + np.exp(-logit))
    return out


_LOGIT_LIMIT = 500.0


class CandidatePairs:
    """The best CANDIDATES pairs of each row and each column of the contextual matrix,
    with their contextual and plain scores, gathered block by block."""

    def __init__(self, n_a: int, n_b: int) -> None:
        self.k_row = max(1, min(CANDIDATES, n_b))
        self.k_col = max(1, min(CANDIDATES, n_a))
        self.pairs: dict[tuple[int, int], tuple[float, float]] = {}
        self._col_ctx = np.full((self.k_col, n_b), -np.inf, dtype=np.float32)
        self._col_raw = np.zeros((self.k_col, n_b), dtype=np.float32)
        self._col_row = np.full((self.k_col, n_b), -1, dtype=np.int64)

    def add_block(self, start: int, ctx: np.ndarray, raw: np.ndarray) -> None:
        """Rows ``start ..`` of the contextual (``ctx``) and plain (``raw``) matrices."""
        if ctx.size == 0:
            return
        best = np.argsort(-ctx, axis=1, kind="stable")[:, : self.k_row]
        for r, js in enumerate(best):
            for j in js.tolist():
                self.pairs[(start + r, j)] = (float(ctx[r, j]), float(raw[r, j]))
        rows = np.repeat(np.arange(start, start + len(ctx))[:, None], ctx.shape[1], axis=1)
        all_ctx = np.concatenate([self._col_ctx, ctx.astype(np.float32)])
        all_raw = np.concatenate([self._col_raw, raw.astype(np.float32)])
        all_row = np.concatenate([self._col_row, rows])
        keep = np.argsort(-all_ctx, axis=0, kind="stable")[: self.k_col]
        self._col_ctx = np.take_along_axis(all_ctx, keep, axis=0)
        self._col_raw = np.take_along_axis(all_raw, keep, axis=0)
        self._col_row = np.take_along_axis(all_row, keep, axis=0)

    def all(self) -> dict[tuple[int, int], tuple[float, float]]:
        out = dict(self.pairs)
        for k in range(self.k_col):
            for j in range(self._col_row.shape[1]):
                i = int(self._col_row[k, j])
                if i >= 0:
                    out.setdefault((i, j), (float(self._col_ctx[k, j]), float(self._col_raw[k, j])))
        return out


@dataclass(frozen=True, slots=True)
class PairSignals:
    """What the link check reads of the pair besides the candidates."""

    tokens_a: Sequence[TokenVectors]
    tokens_b: Sequence[TokenVectors]
    row_best: np.ndarray  # best contextual score of each A unit
    col_best: np.ndarray  # ... and of each B unit
    gate: float


Similarity = Callable[[int, int], float]


def checked_links(
    links: Sequence[Link],
    candidates: dict[tuple[int, int], tuple[float, float]],
    signals: PairSignals,
    cosine: Similarity,
    lexical: Similarity,
    plain: Similarity,
    token_f: Mapping[tuple[int, int], float] | None = None,
) -> list[Link]:
    """``links`` less the very unlikely ones, plus the likely pairs the rules left out.

    ``cosine``, ``lexical`` and ``plain`` give a pair's sentence cosine, lexical
    similarity and combined score before context (a link's strength is after context);
    ``token_f``, the token matching of the pairs it was measured for (``token_fs``).
    """
    pairs = dict(candidates)
    for link in links:  # a sure link may lie beyond its row's best candidates
        pairs.setdefault((link.i, link.j), (link.strength, plain(link.i, link.j)))
    if not pairs:
        return list(links)
    keys = sorted(pairs)
    known = dict(token_f or {})
    known.update(token_fs([k for k in keys if k not in known], signals.tokens_a, signals.tokens_b))
    rows = []
    for i, j in keys:
        tf = known[(i, j)]
        ctx, raw = pairs[(i, j)]
        ratio = min(
            ctx / (float(signals.row_best[i]) + 1e-6), ctx / (float(signals.col_best[j]) + 1e-6)
        )
        rows.append([tf, cosine(i, j), lexical(i, j), ctx - raw, ratio])
    p = dict(zip(keys, probability(np.array(rows)).tolist(), strict=True))
    kept = [link for link in links if p[(link.i, link.j)] >= DROP_BELOW]
    linked = {(link.i, link.j) for link in links}  # a dropped link is not added back
    by_row: dict[int, list[float]] = {}
    by_col: dict[int, list[float]] = {}
    for (i, j), value in p.items():
        by_row.setdefault(i, []).append(value)
        by_col.setdefault(j, []).append(value)
    added = []
    for (i, j), value in p.items():
        if (i, j) in linked or value * signals.gate < ADD_FROM:
            continue
        if _rank(value, by_row[i]) < TOP and _rank(value, by_col[j]) < TOP:
            added.append(Link(i, j, 0.16 + value * 0.26))
    return sorted([*kept, *added], key=lambda link: (link.i, link.j))


def token_fs(
    keys: Sequence[tuple[int, int]],
    tokens_a: Sequence[TokenVectors],
    tokens_b: Sequence[TokenVectors],
) -> dict[tuple[int, int], float]:
    """Token matching (``token_vectors.token_f``) of each pair ``keys`` (A's sentence, B's),
    the pieces weighed by their IDF over both articles' sentences."""
    if not keys:
        return {}
    idf = PieceIdf([*tokens_a, *tokens_b])
    ordered = sorted(keys)
    weights_b = {j: idf.weights(tokens_b[j]) for j in {j for _, j in ordered}}
    out: dict[tuple[int, int], float] = {}
    for i, row in itertools.groupby(ordered, key=lambda key: key[0]):
        js = [j for _, j in row]
        ta = tokens_a[i]
        found = token_f_row(
            ta, idf.weights(ta), [tokens_b[j] for j in js], [weights_b[j] for j in js]
        )
        out.update(zip(((i, j) for j in js), found, strict=True))
    return out


def _rank(value: float, values: list[float]) -> int:
    """How many of ``values`` are higher than ``value``."""
    return sum(1 for v in values if v > value)
