"""Each uncovered sentence's closest sentence in the other article
(reader/analysis/linking/nearest.py, gathered as the aligner scores the pair in blocks)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reader.analysis.linking.nearest import CLOSE_ENOUGH, Nearest
from reader.analysis.pipeline import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind


def gathered(matrix: np.ndarray, rows: int) -> Nearest:
    """``matrix`` handed over in blocks of ``rows`` rows, as the aligner does."""
    near = Nearest(*matrix.shape)
    for start in range(0, matrix.shape[0], rows):
        near.add_block(start, matrix[start : start + rows])
    return near


MATRIX = np.array(
    [[0.1, 0.5, 0.0], [0.3, 0.2, 0.0], [0.0, 0.0, CLOSE_ENOUGH / 2], [0.0, 0.6, 0.0]],
    dtype=np.float32,
)


def test_each_sentence_of_a_gets_its_best_partner() -> None:
    near = gathered(MATRIX, 2)
    found = [near.of_a(i) for i in range(2)]
    assert [(f[0], round(f[1], 4)) if f else None for f in found] == [(1, 0.5), (0, 0.3)]


def test_each_sentence_of_b_gets_its_best_partner_across_blocks() -> None:
    near = gathered(MATRIX, 2)
    found = near.of_b(1)
    assert found is not None and found[0] == 3  # in the second block, over row 0's 0.5
    first = near.of_b(0)
    assert first is not None and first[0] == 1 and round(first[1], 4) == 0.3


def test_a_partner_scoring_under_the_floor_is_no_partner() -> None:
    near = gathered(MATRIX, 3)
    assert near.of_a(2) is None and near.of_b(2) is None


@pytest.fixture
def seed_alignment(seed_a_path: Path, seed_b_path: Path) -> Alignment:
    return align(load_document(seed_a_path), load_document(seed_b_path), method="lexical")


def test_the_closest_sentences_are_given_for_uncovered_sentences_only(
    seed_alignment: Alignment,
) -> None:
    al = seed_alignment
    covered = [m.a for m in al.matches if m.kind in (MatchKind.CLAIM, MatchKind.QUOTE)]
    assert al.closest_a
    for c in al.closest_a:
        assert not any(c.span.overlaps(m) for m in covered)
        assert any(o.start <= c.span.start and c.span.end <= o.end for o in al.only_a)
        assert al.b.slice(c.partner).strip()


def test_every_passage_only_in_one_article_has_its_sentences_looked_at(
    seed_alignment: Alignment,
) -> None:
    al = seed_alignment
    for side, only in (("a", al.only_a), ("b", al.only_b)):
        assert sum(al.closest_to(side, span) is not None for span in only) >= len(only) // 2
