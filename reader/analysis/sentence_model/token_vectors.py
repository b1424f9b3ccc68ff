"""The sentence model's word-piece vectors, and token matching (BERTScore-style).

Besides the sentence vector (the mean of its word pieces' last-layer vectors), the model
gives each word piece a vector of its own. Token matching pairs each content word piece
of one sentence with its closest in the other, weighted by how rare the piece is in the
pair (IDF), and combines both directions (F). It tells "the same fact in other words"
from "the same topic" better than the sentence cosine (docs/alignment.md, tenth, twelfth
and fifteenth sessions), so the link check (``link_check``) uses it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from reader.analysis.words.lexicon import STOPWORDS

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int32]
# what a vector store keeps: single precision, or half (word pieces)
StoredArray = npt.NDArray[np.float32] | npt.NDArray[np.float16]

# pseudo-documents in which every piece is rare: a short pair's IDF is not all noise
IDF_PRIOR = 100
_WORDY = re.compile(r"\w")
_SPECIAL = frozenset({"[CLS]", "[SEP]", "[PAD]", "<s>", "</s>", "<pad>"})


@dataclass(frozen=True, slots=True)
class TokenVectors:
    """A sentence's content word pieces: their vocabulary ids and unit-length vectors."""

    ids: IntArray
    vectors: FloatArray

    def __len__(self) -> int:
        return len(self.ids)


def content_positions(tokens: Sequence[str]) -> list[int]:
    """Positions of the content word pieces among a text's ``tokens``: not the model's
    markers, not punctuation, not a stopword ("the", "##s" of a stopword aside). A text
    with none keeps all but its markers (at least one position)."""
    keep = [
        k
        for k, piece in enumerate(tokens)
        if piece not in _SPECIAL and _WORDY.search(piece) and piece.lstrip("#") not in STOPWORDS
    ]
    return keep or list(range(1, max(2, len(tokens) - 1)))


def token_vectors(ids: Sequence[int], tokens: Sequence[str], hidden: FloatArray) -> TokenVectors:
    """The content pieces of one text, from its ``hidden`` last-layer rows."""
    keep = [k for k in content_positions(tokens) if k < len(hidden)]
    vectors = np.asarray(hidden[keep], dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = half_precision(vectors / np.maximum(norms, 1e-12))
    return TokenVectors(np.asarray([ids[k] for k in keep], dtype=np.int32), vectors)


def half_precision(vectors: FloatArray) -> FloatArray:
    """``vectors`` rounded to half precision (kept as float32): the store keeps pieces at
    half precision, so pieces fresh from the model and pieces read back score alike."""
    return np.asarray(vectors, dtype=np.float16).astype(np.float32)


def distinct_ids(ids: IntArray) -> IntArray:
    """``ids`` each once, in increasing order: ``np.unique(ids)``, whose first call
    imports ``numpy.ma`` (17-24 ms of a first ``crossread align``) to ask whether the
    array is masked."""
    ordered = np.sort(ids)
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


class PieceIdf:
    """IDF of word pieces over the units of both articles (each unit counts a piece once),
    smoothed by :data:`IDF_PRIOR` pseudo-documents."""

    def __init__(self, units: Sequence[TokenVectors]) -> None:
        once = [distinct_ids(unit.ids) for unit in units]
        every = np.concatenate(once) if once else np.zeros(0, np.int32)
        size = int(every.max()) + 1 if len(every) else 0
        df = np.bincount(every, minlength=size)
        n = len(units) + IDF_PRIOR
        # the weight of each vocabulary id up to the largest seen (a piece seen nowhere: beyond)
        self._table = np.log(n / (1.0 + df)).astype(np.float32)
        self._unseen = np.float32(math.log(n))

    def weights(self, unit: TokenVectors) -> FloatArray:
        ids = unit.ids
        inside = (ids >= 0) & (ids < len(self._table))
        out = np.full(len(ids), self._unseen, dtype=np.float32)
        out[inside] = self._table[ids[inside]]
        return out


def token_f(a: TokenVectors, b: TokenVectors, weight_a: FloatArray, weight_b: FloatArray) -> float:
    """Token matching of two sentences: the IDF-weighted mean best similarity of A's
    pieces in B (recall) and of B's in A (precision), combined as F."""
    return token_f_row(a, weight_a, [b], [weight_b])[0]


def token_f_row(
    a: TokenVectors,
    weight_a: FloatArray,
    bs: Sequence[TokenVectors],
    weights_b: Sequence[FloatArray],
) -> list[float]:
    """:func:`token_f` of ``a`` with each of ``bs``. One small product a pair: one large
    one for them all would be spread over BLAS threads that, on a busy machine, wait
    for each other far longer than the product takes."""
    if not len(a):
        return [0.0] * len(bs)
    wa_sum = max(float(weight_a.sum()), 1e-9)
    out = []
    for b, weight_b in zip(bs, weights_b, strict=True):
        if not len(b):
            out.append(0.0)
            continue
        sim = a.vectors @ b.vectors.T
        recall = float((sim.max(axis=1) * weight_a).sum() / wa_sum)
        precision = float((sim.max(axis=0) * weight_b).sum() / max(float(weight_b.sum()), 1e-9))
        total = recall + precision
        out.append(0.0 if total <= 0 else 2 * precision * recall / total)
    return out


def pack_pieces(
    pieces: Mapping[str, TokenVectors],
) -> tuple[list[str], IntArray, IntArray, npt.NDArray[np.float16]]:
    """Many texts' pieces as four arrays a vector store keeps in one file: the texts'
    keys, how many pieces each has, every piece's vocabulary id and every piece's vector
    at half precision (half the disk), text after text."""
    keys = list(pieces)
    counts = np.asarray([len(pieces[k]) for k in keys], dtype=np.int32)
    ids = np.concatenate([pieces[k].ids for k in keys]) if keys else np.zeros(0)
    dim = max((pieces[k].vectors.shape[1] for k in keys), default=0)
    table = [np.asarray(pieces[k].vectors, dtype=np.float16).reshape(-1, dim) for k in keys]
    vectors = np.concatenate(table) if table else np.zeros((0, dim), np.float16)
    return keys, counts, ids.astype(np.int32), vectors


def unpack_pieces(
    keys: Sequence[str], counts: npt.NDArray[Any], ids: npt.NDArray[Any], vectors: StoredArray
) -> dict[str, TokenVectors]:
    """The texts' pieces back from :func:`pack_pieces`; ValueError when the arrays do
    not fit together (a damaged or foreign file)."""
    if counts.ndim != 1 or ids.ndim != 1 or vectors.ndim != 2 or len(keys) != len(counts):
        raise ValueError("word-piece arrays of the wrong shape")
    if (counts < 0).any() or int(counts.sum()) != len(ids) or len(ids) != len(vectors):
        raise ValueError("word-piece counts do not add up")
    ids32 = ids.astype(np.int32)
    table = vectors.astype(np.float32)
    out: dict[str, TokenVectors] = {}
    start = 0
    for key, n in zip(keys, counts.tolist(), strict=True):
        out[str(key)] = TokenVectors(ids32[start : start + n], table[start : start + n])
        start += n
    return out
