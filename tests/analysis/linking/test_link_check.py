"""Tests of reader/analysis/linking/link_check.py: the second look at claim links."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from reader.analysis import SEMANTIC_PARAMS
from reader.analysis.linking.link_check import (
    ADD_FROM,
    DROP_BELOW,
    CandidatePairs,
    PairSignals,
    checked_links,
    probability,
    token_fs,
)
from reader.analysis.linking.select import Link, select_links
from reader.analysis.pair_analysis import PairAnalysis, analyse
from reader.analysis.sentence_model.embedding import default_embedder
from reader.analysis.sentence_model.semantic import SemanticSimilarity
from reader.analysis.sentence_model.token_vectors import TokenVectors
from reader.ingest import load_document
from reader.model import Document


def unit(*axes: int) -> TokenVectors:
    """Pieces pointing along the given axes of a 6-dimensional space (ids = the axes)."""
    vectors = np.zeros((len(axes), 6), np.float32)
    for k, axis in enumerate(axes):
        vectors[k, axis] = 1.0
    return TokenVectors(np.array(axes, np.int32), vectors)


def signals(a: list[TokenVectors], b: list[TokenVectors], gate: float = 1.0) -> PairSignals:
    return PairSignals(a, b, np.full(len(a), 0.3), np.full(len(b), 0.3), gate)


def check(links: list[Link], s: PairSignals, cos: float, lex: float) -> list[tuple[int, int]]:
    candidates = {(0, 0): (0.3, 0.3)}
    out = checked_links(links, candidates, s, lambda i, j: cos, lambda i, j: lex, lambda i, j: 0.3)
    return [(link.i, link.j) for link in out]


def test_probability_rises_with_token_matching() -> None:
    base = np.array([[0.2, 0.4, 0.05, 0.0, 0.8], [0.6, 0.4, 0.05, 0.0, 0.8]])
    low, high = probability(base)
    assert 0.0 < low < high < 1.0


def test_a_link_whose_words_match_nothing_is_dropped() -> None:
    s = signals([unit(0, 1)], [unit(2, 3)])
    assert check([Link(0, 0, 0.3)], s, cos=0.3, lex=0.0) == []


def test_a_link_whose_words_match_stays() -> None:
    s = signals([unit(0, 1)], [unit(0, 1)])
    assert check([Link(0, 0, 0.3)], s, cos=0.8, lex=0.5) == [(0, 0)]


def test_a_likely_pair_the_rules_left_out_is_added() -> None:
    s = signals([unit(0, 1)], [unit(0, 1)])
    assert check([], s, cos=0.8, lex=0.5) == [(0, 0)]


def test_the_event_gate_keeps_additions_out_of_pairs_sharing_no_name() -> None:
    s = signals([unit(0, 1)], [unit(0, 1)], gate=0.3)
    assert check([], s, cos=0.8, lex=0.5) == []


def test_the_thresholds_are_ordered() -> None:
    assert 0 < DROP_BELOW < ADD_FROM < 1


def test_candidates_are_the_best_of_each_row_and_column() -> None:
    rng = np.random.default_rng(3)
    ctx = rng.random((20, 15)).astype(np.float32)
    raw = ctx * 0.5
    pairs = CandidatePairs(20, 15)
    for start in range(0, 20, 7):  # in blocks of rows, as the aligner gives them
        pairs.add_block(start, ctx[start : start + 7], raw[start : start + 7])
    got = pairs.all()
    for i in range(20):
        for j in np.argsort(-ctx[i])[:6]:
            assert got[(i, int(j))] == pytest.approx((ctx[i, j], raw[i, j]))
    for j in range(15):
        for i in np.argsort(-ctx[:, j])[:6]:
            assert (int(i), j) in got
    assert len(got) <= 20 * 6 + 15 * 6


class _NoPieces(SemanticSimilarity):
    """The installed model read as one that gives sentence vectors only."""

    def prepare(self, *args: Any, **kwargs: Any) -> None:
        super().prepare(*args, **kwargs)
        self.tokens = None


@pytest.fixture(scope="module")
def seed_docs(seed_a_path: Path, seed_b_path: Path) -> tuple[Document, Document]:
    return load_document(seed_a_path), load_document(seed_b_path)


def rules_only(pa: PairAnalysis) -> set[tuple[int, int]]:
    return {(link.i, link.j) for link in select_links(pa.matrix(), SEMANTIC_PARAMS)}


def test_the_aligner_checks_the_rules_links_with_the_word_pieces(
    seed_docs: tuple[Document, Document],
) -> None:
    model = default_embedder()
    assert model is not None and model.has_tokens
    pa = analyse(*seed_docs, extra=[(SemanticSimilarity(model), 1.0)], params=SEMANTIC_PARAMS)
    assert {(link.i, link.j) for link in pa.links} != rules_only(pa)


def test_a_model_without_word_pieces_keeps_the_rules_links(
    seed_docs: tuple[Document, Document],
) -> None:
    model = default_embedder()
    assert model is not None
    pa = analyse(*seed_docs, extra=[(_NoPieces(model), 1.0)], params=SEMANTIC_PARAMS)
    assert {(link.i, link.j) for link in pa.links} == rules_only(pa)


def test_extreme_features_give_a_probability_without_overflow() -> None:
    """A huge article's ratios can reach thousands: the probability is 0 or 1, and numpy
    warns of no overflow (it printed on the command line)."""
    extreme = np.array([[-1e4, 0.0, 0.0, 0.0, -1e4], [1e4, 0.0, 0.0, 0.0, 1e4]])
    with np.errstate(over="raise"):
        low, high = probability(extreme).tolist()
    assert low < 1e-100 and high == 1.0


def test_token_matching_is_measured_for_the_pairs_asked() -> None:
    a, b = [unit(0, 1), unit(2, 3)], [unit(0, 1), unit(4, 5)]
    found = token_fs([(1, 1), (0, 0), (0, 1)], a, b)
    assert sorted(found) == [(0, 0), (0, 1), (1, 1)]
    assert found[(0, 0)] == pytest.approx(1.0) and found[(0, 1)] == pytest.approx(0.0)


def test_token_matching_handed_over_changes_no_link() -> None:
    """The aligner measures the candidates' token matching once, for the link check and
    for each sentence's closest in the other (nearest)."""
    a, b = [unit(0, 1), unit(2, 3)], [unit(0, 1), unit(2, 4)]
    s = signals(a, b)
    candidates = {(0, 0): (0.3, 0.3), (1, 1): (0.2, 0.2), (1, 0): (0.1, 0.1)}
    links = [Link(0, 0, 0.3), Link(1, 1, 0.2)]

    def run(token_f: dict[tuple[int, int], float] | None) -> list[Link]:
        return checked_links(
            links, candidates, s, lambda i, j: 0.5, lambda i, j: 0.1, lambda i, j: 0.3, token_f
        )

    assert run(token_fs(list(candidates), a, b)) == run(None)
    assert run({(0, 0): 0.0}) != run(None)  # what is handed over is what it uses
