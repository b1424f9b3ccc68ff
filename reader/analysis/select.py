"""From a unit-pair similarity matrix to claim links.

Absolute similarity alone links every sentence of two same-topic articles to every
other; relative ranking alone always finds a "best" partner, even between unrelated
articles. A link therefore needs both: a similarity floor (absolute evidence) and a
good rank among each side's candidates (relative evidence). Neighbouring links add
context: a sentence following a linked pair is more likely linked to its counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class SelectParams:
    floor: float = 0.16  # below this, never a link
    sure: float = 0.42  # at or above this, always a link
    top_k: int = 2  # otherwise: among the k best of both its row and its column ...
    ratio: float = 0.7  # ... and within this fraction of the better side's best
    context: float = 0.25  # weight of the diagonal neighbours' similarity
    gate_base: float = 1.0  # similarity scale for a pair sharing no name or figure ...
    gate_step: float = 0.0  # ... raised by this much for each one they share


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


def select_links(sim: np.ndarray, params: SelectParams | None = None) -> list[Link]:
    """Links (i, j) chosen from the similarity matrix ``sim`` (rows: A units, cols: B units)."""
    p = params or SelectParams()
    if sim.size == 0:
        return []
    s = contextual(sim, p.context)
    n_a, n_b = s.shape
    k = min(p.top_k, n_b)
    # the k-th best value of each row and each column
    row_kth = -np.partition(-s, k - 1, axis=1)[:, k - 1] if n_b else np.zeros(n_a)
    kc = min(p.top_k, n_a)
    col_kth = -np.partition(-s, kc - 1, axis=0)[kc - 1, :] if n_a else np.zeros(n_b)
    row_best = s.max(axis=1)
    col_best = s.max(axis=0)
    ranked = (s >= row_kth[:, None]) & (s >= col_kth[None, :])
    near_best = s >= p.ratio * np.minimum(row_best[:, None], col_best[None, :])
    keep = (s >= p.sure) | ((s >= p.floor) & ranked & near_best)
    ii, jj = np.nonzero(keep)
    return [Link(int(i), int(j), float(s[i, j])) for i, j in zip(ii, jj, strict=True)]
