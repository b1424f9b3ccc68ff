"""Similarity sources: each gives unit-pair similarities in [0, 1], row block by row block.

The lexical source is always there; further matchers (the sentence-embedding model) are
mixed in by ``analyse`` with a weight, without touching the rest of the aligner.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

import numpy as np

from reader.analysis.features import UnitFeatures
from reader.analysis.linking.lexical import LexicalIndex, build_index
from reader.analysis.units import Unit
from reader.model import Document

Step = Callable[[float], None]


class SimilaritySource(ABC):
    """Base of the similarity sources: ``prepare`` once per pair, then ``rows``."""

    name = "base"

    def prepare(
        self,
        a: Sequence[Unit],
        b: Sequence[Unit],
        doc_a: Document,
        doc_b: Document,
        step: Step | None = None,
    ) -> None:
        """Precompute what ``rows`` needs for this pair (vectors, indexes); none by default.

        Long work calls ``step`` with the share done (0 to 1) now and then; ``step`` may
        raise (the reader cancelled) and the exception goes through.
        """
        return None

    @abstractmethod
    def rows(self, start: int, stop: int) -> np.ndarray:
        """Similarities of A units ``start .. stop`` against every B unit, float32."""


class LexicalSimilarity(SimilaritySource):
    """TF-IDF cosine over stems, names and numbers (see ``lexical``)."""

    name = "lexical"

    def __init__(
        self,
        feats_a: Sequence[UnitFeatures],
        feats_b: Sequence[UnitFeatures],
        idf_prior: float = 0.0,
    ) -> None:
        self.index: LexicalIndex = build_index(feats_a, feats_b, idf_prior)

    def rows(self, start: int, stop: int) -> np.ndarray:
        return self.index.matrix_rows(range(start, stop))
