"""Tests of reader/analysis/sentence_model/token_vectors.py: word pieces and token matching."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from reader.analysis.sentence_model.embedding_model import Embedder
from reader.analysis.sentence_model.token_vectors import (
    PieceIdf,
    TokenVectors,
    content_positions,
    distinct_ids,
    pack_pieces,
    token_f,
    unpack_pieces,
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


def test_pieces_are_packed_and_back(embedder: Embedder) -> None:
    a, b = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.", "Rain fell.")
    back = unpack_pieces(*pack_pieces({"ka": a, "kb": b}))
    for key, made in (("ka", a), ("kb", b)):
        assert np.array_equal(back[key].ids, made.ids)
        assert np.array_equal(
            back[key].vectors, made.vectors
        )  # fresh pieces are at half precision too


def test_packed_pieces_are_half_precision(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.")
    assert pack_pieces({"k": a})[3].dtype == np.dtype(np.float16)


def test_packed_pieces_whose_counts_do_not_add_up_are_refused(embedder: Embedder) -> None:
    (a,) = pieces(embedder, "Kim Jong Un welcomed Vladimir Putin.")
    keys, counts, ids, vectors = pack_pieces({"k": a})
    with pytest.raises(ValueError):
        unpack_pieces(keys, counts + 1, ids, vectors)


@pytest.mark.parametrize(
    "ids", [[], [7], [3, 3], [5, 1, 5, 2, 1, 9], list(range(40, 0, -3)) * 2, [0, 30521, 0]]
)
def test_distinct_ids_are_numpys_unique(ids: list[int]) -> None:
    array = np.asarray(ids, dtype=np.int32)
    found = distinct_ids(array)
    assert found.dtype == np.unique(array).dtype
    assert found.tolist() == np.unique(array).tolist()


def test_piece_idf_does_not_import_numpy_ma() -> None:
    """np.unique's first call imports numpy.ma (17-24 ms of a first `crossread align`,
    after the embedding, when nothing else is left to overlap it)."""
    script = (
        "import sys, numpy as np\n"
        "from reader.analysis.sentence_model.token_vectors import PieceIdf, TokenVectors\n"
        "unit = TokenVectors(np.asarray([3, 1, 3], np.int32), np.zeros((3, 2), np.float32))\n"
        "PieceIdf([unit, unit]).weights(unit)\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.strip() == "False", proc.stdout + proc.stderr
