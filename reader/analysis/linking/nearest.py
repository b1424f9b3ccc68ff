"""Each sentence's closest sentence in the other article.

A sentence no claim covers is shaded "only in this article"; one in ten of those is one
the other article does report in other words (benchmarks/only_in_one.py). Its closest
sentence in the other article, shown beside it, lets the reader check the omission in a
glance. Gathered block by block as the aligner scores the pair, so it costs no second
pass over the matrix.

Which sentence is closest (docs/alignment.md, fortieth session, "closest sentence"):

- a sentence gets one only when something in the other article comes near it: its best
  contextual score reaches CLOSE_ENOUGH (with the sentence model) or
  WORDS_ONLY_CLOSE_ENOUGH (words alone: a pair's own IDF weighs the words running
  through both articles little, so its scores run lower);
- with the sentence model's word pieces, the one chosen is, of the pairs the link check
  looked at (``link_check.CandidatePairs``: the best few of the sentence's row and
  column), the one whose word pieces match best (``token_vectors.token_f``), not the
  best combined score: the combined score leans on the sentence cosine, which finds an
  opening paragraph near much of the story ("Residents ... will ask a state court to
  review the decision" against "A divided city council approved a flood wall ...",
  rather than "... would consider legal action"); token matching weighs the rarer words
  each one says. Without word pieces, the best combined score.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

# below this contextual score nothing is close: the best of unrelated sentences
CLOSE_ENOUGH = 0.04
# the same on words alone, where a pair's own IDF weighs the words running through both
# articles little: on the seed pair and the careful reader's 40 ECB+ tuning pairs it
# leaves 31% of the shaded sentences the other article does not report without one (the
# model's 0.04 leaves 35%); 0.04 left 45%, and 11 of the 79 it does report in other words
WORDS_ONLY_CLOSE_ENOUGH = 0.02

# a pair the link check looked at: its contextual score and its token matching
Worded = Mapping[tuple[int, int], tuple[float, float]]


class Nearest:
    """The closest partner of every row (A's sentences) and column (B's)."""

    def __init__(self, n_a: int, n_b: int, close_enough: float = CLOSE_ENOUGH) -> None:
        self.close_enough = close_enough
        self._row_best = np.full(n_a, -np.inf, dtype=np.float32)
        self._row_arg = np.full(n_a, -1, dtype=np.int64)
        self._col_best = np.full(n_b, -np.inf, dtype=np.float32)
        self._col_arg = np.full(n_b, -1, dtype=np.int64)
        self._row_words: dict[int, tuple[int, float]] = {}
        self._col_words: dict[int, tuple[int, float]] = {}

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

    def add_words(self, pairs: Worded) -> None:
        """The pairs the link check looked at, each with its contextual score and token
        matching: each row's and column's best matched of them is its closest."""
        rows: dict[int, tuple[float, float, int]] = {}
        cols: dict[int, tuple[float, float, int]] = {}
        for (i, j), (score, words) in sorted(pairs.items()):
            # ties: the higher score, then the earlier sentence
            if (words, score) > rows.get(i, (-np.inf, -np.inf, 0))[:2]:
                rows[i] = (words, score, j)
            if (words, score) > cols.get(j, (-np.inf, -np.inf, 0))[:2]:
                cols[j] = (words, score, i)
        self._row_words = {i: (j, score) for i, (_, score, j) in rows.items()}
        self._col_words = {j: (i, score) for j, (_, score, i) in cols.items()}

    def of_a(self, i: int) -> tuple[int, float] | None:
        """A's sentence ``i``: its closest sentence of B and the score, if close enough."""
        return self._close(int(self._row_arg[i]), float(self._row_best[i]), self._row_words.get(i))

    def of_b(self, j: int) -> tuple[int, float] | None:
        """B's sentence ``j``: its closest sentence of A and the score, if close enough."""
        return self._close(int(self._col_arg[j]), float(self._col_best[j]), self._col_words.get(j))

    def _close(
        self, index: int, score: float, worded: tuple[int, float] | None
    ) -> tuple[int, float] | None:
        if index < 0 or score < self.close_enough:
            return None
        return worded if worded is not None else (index, score)
