"""Each sentence's closest sentence in the other article, by the aligner's own score.

A sentence no claim covers is shaded "only in this article"; one in ten of those is one
the other article does report in other words (benchmarks/only_in_one.py). Its closest
sentence in the other article, shown beside it, lets the reader check the omission in a
glance. Gathered block by block as the aligner scores the pair, so it costs no second
pass over the matrix.
"""

from __future__ import annotations

import numpy as np

# below this contextual score nothing is close: the best of unrelated sentences
CLOSE_ENOUGH = 0.04


class Nearest:
    """The best-scoring partner of every row (A's sentences) and column (B's)."""

    def __init__(self, n_a: int, n_b: int) -> None:
        self._row_best = np.full(n_a, -np.inf, dtype=np.float32)
        self._row_arg = np.full(n_a, -1, dtype=np.int64)
        self._col_best = np.full(n_b, -np.inf, dtype=np.float32)
        self._col_arg = np.full(n_b, -1, dtype=np.int64)

    def add_block(self, start: int, block: np.ndarray) -> None:
        """Rows ``start ..`` of the contextual matrix."""
        if block.size == 0:
            return
        stop = start + block.shape[0]
        self._row_arg[start:stop] = block.argmax(axis=1)
        self._row_best[start:stop] = block.max(axis=1)
        rows = block.argmax(axis=0)
        best = block[rows, np.arange(block.shape[1])]
        better = best > self._col_best
        self._col_best[better] = best[better]
        self._col_arg[better] = rows[better] + start

    def of_a(self, i: int) -> tuple[int, float] | None:
        """A's sentence ``i``: its closest sentence of B and the score, if close enough."""
        return _close(int(self._row_arg[i]), float(self._row_best[i]))

    def of_b(self, j: int) -> tuple[int, float] | None:
        """B's sentence ``j``: its closest sentence of A and the score, if close enough."""
        return _close(int(self._col_arg[j]), float(self._col_best[j]))


def _close(index: int, score: float) -> tuple[int, float] | None:
    return (index, score) if index >= 0 and score >= CLOSE_ENOUGH else None
