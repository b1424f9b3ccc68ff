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

import numpy as np
import numpy.typing as npt

from reader.analysis.lexicon import STOPWORDS

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


class PieceIdf:
    """IDF of word pieces over the units of both articles (each unit counts a piece once),
    smoothed by :data:`IDF_PRIOR` pseudo-documents."""

    def __init__(self, units: Sequence[TokenVectors]) -> None:
        df: dict[int, int] = {}
        for unit in units:
            for piece in set(unit.ids.tolist()):
                df[piece] = df.get(piece, 0) + 1
        self._df = df
        self._n = len(units) + IDF_PRIOR

    def weights(self, unit: TokenVectors) -> FloatArray:
        n = self._n
        return np.asarray(
            [math.log(n / (1 + self._df.get(int(p), 0))) for p in unit.ids], dtype=np.float32
        )


def token_f(a: TokenVectors, b: TokenVectors, weight_a: FloatArray, weight_b: FloatArray) -> float:
    """Token matching of two sentences: the IDF-weighted mean best similarity of A's
    pieces in B (recall) and of B's in A (precision), combined as F."""
    if not len(a) or not len(b):
        return 0.0
    sim = a.vectors @ b.vectors.T
    recall = float((sim.max(axis=1) * weight_a).sum() / max(float(weight_a.sum()), 1e-9))
    precision = float((sim.max(axis=0) * weight_b).sum() / max(float(weight_b.sum()), 1e-9))
    if recall + precision <= 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def to_rows(key: str, tokens: TokenVectors) -> dict[str, npt.NDArray[np.float16]]:
    """``tokens`` as rows a vector store keeps: one a piece, at half precision (half the
    disk), under ``key:k:id`` (k its place, id its vocabulary id)."""
    return {
        f"{key}:{k}:{p}": np.asarray(v, dtype=np.float16)
        for k, (p, v) in enumerate(zip(tokens.ids.tolist(), tokens.vectors, strict=True))
    }


_ROW_NAME = re.compile(r"(?P<key>.+):(?P<k>\d+):(?P<id>\d+)")


def from_rows(rows: Mapping[str, StoredArray]) -> dict[str, TokenVectors]:
    """The texts' pieces back from :func:`to_rows` rows (a text whose rows are not all
    there, or of unequal width, is left out, as are rows of another layout)."""
    grouped: dict[str, dict[int, tuple[int, StoredArray]]] = {}
    for name, row in rows.items():
        found = _ROW_NAME.fullmatch(name)
        if found and row.ndim == 1 and len(row) > 0:
            by_k = grouped.setdefault(found["key"], {})
            by_k[int(found["k"])] = (int(found["id"]), row)
    out: dict[str, TokenVectors] = {}
    for key, by_k in grouped.items():
        if sorted(by_k) != list(range(len(by_k))) or len({len(r) for _, r in by_k.values()}) != 1:
            continue
        ordered = [by_k[k] for k in range(len(by_k))]
        ids = np.asarray([piece for piece, _ in ordered], dtype=np.int32)
        table = np.stack([row for _, row in ordered]).astype(np.float32)
        out[key] = TokenVectors(ids, np.ascontiguousarray(table))
    return out
