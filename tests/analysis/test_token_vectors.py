"""Tests of reader/analysis/token_vectors.py: word pieces and token matching."""

from __future__ import annotations

import numpy as np
import pytest

from reader.analysis.embedding_model import Embedder
from reader.analysis.token_vectors import (
    PieceIdf,
    TokenVectors,
    content_positions,
    from_rows,
    to_rows,
    token_f,
)


@pytest.fixture
def embedder(sentence_model: Embedder) -> Embedder:
    return sentence_model


def pieces(embedder: Embedder, *texts: str) -> list[TokenVectors]:
    _, tokens = embedder.embed_with_tokens(list(texts))
    assert tokens is not None
    return tokens


def score(a: TokenVectors, b: TokenVectors, idf: PieceIdf) -> float:
    return token_f(a, b, idf.weights(a), idf.weights(b))


def test_content_pieces_leave_out_markers_punctuation_and_stopwords() -> None:
    tokens = ["[CLS]", "the", "treaty", "was", "signed", ",", "##s", "[SEP]"]
    assert content_positions(tokens) == [2, 4, 6]


def test_a_text_of_stopwords_keeps_its_pieces() -> None:
    assert content_positions(["[CLS]", "it", "is", "[SEP]"]) == [1, 2]


def test_the_model_gives_unit_length_pieces_for_each_text(embedder: Embedder) -> None:
    a, b = pieces(embedder, "Putin met Kim in Pyongyang.", "")
    assert len(a) >= 3 and a.vectors.shape == (len(a), embedder.dim)
    np.testing.assert_allclose(np.linalg.norm(a.vectors, axis=1), 1.0, atol=2e-3)  # half precision
    assert a.ids.dtype == np.int32 and len(b) >= 1


def test_a_sentence_matches_itself_fully(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "The two leaders signed a mutual defence treaty.")
    assert score(a, a, PieceIdf([a])) == pytest.approx(1.0, abs=2e-3)  # half precision


def test_a_restatement_scores_above_a_topic_mate(embedder: Embedder) -> None:
    units = pieces(
        embedder,
        "Three bank workers died in a petrol bomb attack in Athens.",
        "Three killed as rioters bomb Greek bank.",
        "The Greek government promised more austerity cuts.",
    )
    idf = PieceIdf(units)
    assert score(units[0], units[1], idf) > score(units[0], units[2], idf)


def test_no_pieces_score_nothing() -> None:
    empty = TokenVectors(np.zeros(0, np.int32), np.zeros((0, 4), np.float32))
    assert token_f(empty, empty, np.zeros(0, np.float32), np.zeros(0, np.float32)) == 0.0


def test_rare_pieces_weigh_more() -> None:
    common = TokenVectors(np.array([7], np.int32), np.eye(1, 4, dtype=np.float32))
    rare = TokenVectors(np.array([9], np.int32), np.eye(1, 4, dtype=np.float32))
    idf = PieceIdf([common, common, common, rare])
    assert idf.weights(rare)[0] > idf.weights(common)[0]


def test_pieces_go_to_store_rows_and_back(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.")
    back = from_rows(to_rows("k", a))["k"]
    assert np.array_equal(back.ids, a.ids)
    assert np.array_equal(back.vectors, a.vectors)  # fresh pieces are at half precision too


def test_store_rows_are_half_precision(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.")
    assert {row.dtype for row in to_rows("k", a).values()} == {np.dtype(np.float16)}


def test_a_text_with_a_row_missing_is_left_out(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.")
    rows = to_rows("k", a)
    del rows[next(name for name in rows if name.startswith("k:1:"))]
    assert from_rows(rows) == {}


def test_rows_of_the_earlier_layout_are_left_out() -> None:
    earlier = {"k:0": np.array([101.0, 0.6, 0.8], np.float32)}  # id first, no id in the name
    assert from_rows(earlier) == {}
