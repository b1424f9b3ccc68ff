"""From unit-pair similarities to claim links.

Absolute similarity alone links every sentence of two same-topic articles to every
other; relative ranking alone always finds a "best" partner, even between unrelated
articles. A link therefore needs both: a similarity floor (absolute evidence) and a
good rank among each side's candidates (relative evidence). Neighbouring links add
context: a sentence following a linked pair is more likely linked to its counterpart,
unless both sentences have a partner of their own words elsewhere (``LinkSelector``).

The similarity matrix arrives in blocks of rows (``LinkSelector.add_block``), so memory
stays bounded however long the documents are: only row statistics, the running top-k of
each column and the few candidates that can still become links are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from reader.analysis.linking.select_params import SelectParams

__all__ = [
    "MAX_LINKS_PER_ROW",
    "Link",
    "LinkSelector",
    "SelectParams",
    "contextual",
    "select_links",
]

# a sentence linked to more partners than this is noise (lists, repeated lines)
MAX_LINKS_PER_ROW = 8


@dataclass(frozen=True, slots=True)
class Link:
    i: int
    j: int
    strength: float  # the contextual similarity that decided the link


def contextual(sim: np.ndarray, weight: float) -> np.ndarray:
    """``sim`` plus ``weight`` times the better of its two diagonal neighbours."""
    if sim.size == 0 or weight == 0:
        return sim
    prev = np.zeros_like(sim)
    nxt = np.zeros_like(sim)
    prev[1:, 1:] = sim[:-1, :-1]
    nxt[:-1, :-1] = sim[1:, 1:]
    out: np.ndarray = sim + weight * np.maximum(prev, nxt) * (sim > 0)
    return out


class _Ranks:
    """Each row's k-th best and best score of a matrix seen in blocks of rows, and the k
    best scores of each column."""

    def __init__(self, n_a: int, n_b: int, k_row: int, k_col: int) -> None:
        self.k_row, self.k_col = k_row, k_col
        self.row_kth = np.zeros(n_a, dtype=np.float32)
        self.row_best = np.zeros(n_a, dtype=np.float32)
        self.col_top = np.zeros((k_col, n_b), dtype=np.float32)

    def add_block(self, start: int, s: np.ndarray) -> np.ndarray:
        """Rows ``start .. start + len(s)``; gives their k-th best scores."""
        kth = -np.partition(-s, self.k_row - 1, axis=1)[:, self.k_row - 1]
        self.row_kth[start : start + len(s)] = kth
        self.row_best[start : start + len(s)] = s.max(axis=1)
        both = np.concatenate([self.col_top, s], axis=0)
        self.col_top = -np.partition(-both, self.k_col - 1, axis=0)[: self.k_col]
        return kth

    def linked(self, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, p: SelectParams) -> np.ndarray:
        """Which pairs (ii, jj) scored ``ss`` the rules link: sure, or above the floor,
        among the k best of both their row and column and near the weaker side's best."""
        ranked = (ss >= self.row_kth[ii]) & (ss >= self.col_top.min(axis=0)[jj])
        best = np.minimum(self.row_best[ii], self.col_top.max(axis=0)[jj])
        out: np.ndarray = (ss >= p.sure) | ((ss >= p.floor) & ranked & (ss >= p.ratio * best))
        return out


class LinkSelector:
    """Collects row blocks of the (contextual) similarity matrix, then picks links.

    Given the plain matrix's rows too (``add_block``'s ``plain``), it leaves out a pair
    that its neighbours' similarity (context) links when each of its two sentences has a
    partner of its own words elsewhere (``_borrowed``): context says the sentences around
    are in step, and the two sentences' own partners say where each of them went. Two
    copies of a wire story with their paragraphs in another order: the Gazette's lead
    comes before the river's paragraph both print word for word, the Ledger's quotation
    "The water came up so fast ..." does too, and the lead (linked to the Ledger's lead)
    and the quotation (linked to the Gazette's copy of it) were linked on that alone.
    """

    def __init__(self, n_a: int, n_b: int, params: SelectParams) -> None:
        self.p = params
        self.n_a, self.n_b = n_a, n_b
        k_row, k_col = max(1, min(params.top_k, n_b)), max(1, min(params.top_k, n_a))
        self._ctx = _Ranks(n_a, n_b, k_row, k_col)
        self._own = _Ranks(n_a, n_b, k_row, k_col)
        self._ii: list[np.ndarray] = []
        self._jj: list[np.ndarray] = []
        self._ss: list[np.ndarray] = []
        self._pp: list[np.ndarray] = []

    @property
    def row_best(self) -> np.ndarray:
        """The best contextual score of each A unit."""
        return self._ctx.row_best

    @property
    def col_best(self) -> np.ndarray:
        """The best contextual score of each B unit."""
        out: np.ndarray = self._ctx.col_top.max(axis=0)
        return out

    def add_block(self, start: int, s: np.ndarray, plain: np.ndarray | None = None) -> None:
        """Rows ``start .. start + len(s)`` of the matrix, shape (rows, n_b), after
        context (``s``) and before it (``plain``; without it, ``s`` is taken as both)."""
        if s.size == 0:
            return
        own = s if plain is None else plain
        kth = self._ctx.add_block(start, s)
        self._own.add_block(start, own)
        # candidates: sure links, or within the row's top k and above the floor
        cand = (s >= self.p.sure) | ((s >= self.p.floor) & (s >= kth[:, None]))
        for r in np.flatnonzero(cand.any(axis=1)):
            js = np.flatnonzero(cand[r])
            if len(js) > MAX_LINKS_PER_ROW:
                js = js[np.argsort(-s[r, js], kind="stable")[:MAX_LINKS_PER_ROW]]
            self._ii.append(np.full(len(js), start + r, dtype=np.int64))
            self._jj.append(js)
            self._ss.append(s[r, js])
            self._pp.append(own[r, js])

    def links(self) -> list[Link]:
        if not self._ii:
            return []
        ii = np.concatenate(self._ii)
        jj = np.concatenate(self._jj)
        ss = np.concatenate(self._ss)
        pp = np.concatenate(self._pp)
        keep = self._ctx.linked(ii, jj, ss, self.p) & ~self._borrowed(ii, jj, ss, pp)
        # a pair saying next to nothing itself is no link, whatever context gives it
        keep &= (pp >= self.p.own_share * self.p.floor) | (ss >= self.p.sure)
        order = np.lexsort((jj[keep], ii[keep]))
        return [
            Link(int(i), int(j), float(x))
            for i, j, x in zip(ii[keep][order], jj[keep][order], ss[keep][order], strict=True)
        ]

    def _borrowed(
        self, ii: np.ndarray, jj: np.ndarray, ss: np.ndarray, pp: np.ndarray
    ) -> np.ndarray:
        """Which pairs (ii, jj), scored ``pp`` by themselves and ``ss`` with context, owe
        their link to their neighbours while both their sentences have a partner of their
        own words elsewhere: the rules would not link them on ``pp``, context gives them
        more than they have of their own, and the best plain score of their row and of
        their column each reaches ``ss`` (and ``sure``)."""
        mostly_context = (ss - pp > pp) & ~self._own.linked(ii, jj, pp, self.p)
        own_best = np.minimum(self._own.row_best[ii], self._own.col_top.max(axis=0)[jj])
        out: np.ndarray = mostly_context & (own_best >= np.maximum(ss, self.p.sure))
        return out


def select_links(sim: np.ndarray, params: SelectParams | None = None) -> list[Link]:
    """Links (i, j) from a whole similarity matrix (rows: A units, cols: B units)."""
    p = params or SelectParams()
    if sim.size == 0:
        return []
    selector = LinkSelector(sim.shape[0], sim.shape[1], p)
    selector.add_block(0, contextual(sim, p.context), sim)
    return selector.links()
