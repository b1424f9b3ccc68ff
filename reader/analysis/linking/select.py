"""From unit-pair similarities to claim links.

Absolute similarity alone links every sentence of two same-topic articles to every
other; relative ranking alone always finds a "best" partner, even between unrelated
articles. A link therefore needs both: a similarity floor (absolute evidence) and a
good rank among each side's candidates (relative evidence). Neighbouring links add
context: a sentence following a linked pair is more likely linked to its counterpart.

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


class LinkSelector:
    """Collects row blocks of the (contextual) similarity matrix, then picks links."""

    def __init__(self, n_a: int, n_b: int, params: SelectParams) -> None:
        self.p = params
        self.n_a, self.n_b = n_a, n_b
        self.k_row = max(1, min(params.top_k, n_b))
        self.k_col = max(1, min(params.top_k, n_a))
        self.row_kth = np.zeros(n_a, dtype=np.float32)
        self.row_best = np.zeros(n_a, dtype=np.float32)
        self.col_top = np.zeros((self.k_col, n_b), dtype=np.float32)
        self._ii: list[np.ndarray] = []
        self._jj: list[np.ndarray] = []
        self._ss: list[np.ndarray] = []

    def add_block(self, start: int, s: np.ndarray) -> None:
        """Rows ``start .. start + len(s)`` of the matrix, shape (rows, n_b)."""
        if s.size == 0:
            return
        rows = s.shape[0]
        kth = -np.partition(-s, self.k_row - 1, axis=1)[:, self.k_row - 1]
        self.row_kth[start : start + rows] = kth
        self.row_best[start : start + rows] = s.max(axis=1)
        both = np.concatenate([self.col_top, s], axis=0)
        self.col_top = -np.partition(-both, self.k_col - 1, axis=0)[: self.k_col]
        # candidates: sure links, or within the row's top k and above the floor
        cand = (s >= self.p.sure) | ((s >= self.p.floor) & (s >= kth[:, None]))
        for r in np.flatnonzero(cand.any(axis=1)):
            js = np.flatnonzero(cand[r])
            if len(js) > MAX_LINKS_PER_ROW:
                js = js[np.argsort(-s[r, js], kind="stable")[:MAX_LINKS_PER_ROW]]
            self._ii.append(np.full(len(js), start + r, dtype=np.int64))
            self._jj.append(js)
            self._ss.append(s[r, js])

    def links(self) -> list[Link]:
        if not self._ii:
            return []
        ii = np.concatenate(self._ii)
        jj = np.concatenate(self._jj)
        ss = np.concatenate(self._ss)
        col_kth = self.col_top.min(axis=0)
        col_best = self.col_top.max(axis=0)
        ranked = (ss >= self.row_kth[ii]) & (ss >= col_kth[jj])
        near_best = ss >= self.p.ratio * np.minimum(self.row_best[ii], col_best[jj])
        keep = (ss >= self.p.sure) | ((ss >= self.p.floor) & ranked & near_best)
        order = np.lexsort((jj[keep], ii[keep]))
        return [
            Link(int(i), int(j), float(x))
            for i, j, x in zip(ii[keep][order], jj[keep][order], ss[keep][order], strict=True)
        ]


def select_links(sim: np.ndarray, params: SelectParams | None = None) -> list[Link]:
    """Links (i, j) from a whole similarity matrix (rows: A units, cols: B units)."""
    p = params or SelectParams()
    if sim.size == 0:
        return []
    selector = LinkSelector(sim.shape[0], sim.shape[1], p)
    selector.add_block(0, contextual(sim, p.context))
    return selector.links()
