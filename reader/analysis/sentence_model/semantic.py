"""Semantic similarity of unit pairs from a local sentence-embedding model."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from reader.analysis.linking.sources import SimilaritySource, Step
from reader.analysis.sentence_model import embedding_cache
from reader.analysis.sentence_model.embedding import (
    DefaultModel,
    Embedder,
    EmbeddingCache,
    model_needed,
)
from reader.analysis.sentence_model.embedding_cache import (
    embed_documents,
    use_vector_store,
    vector_store,
)
from reader.analysis.sentence_model.token_vectors import TokenVectors
from reader.analysis.units import Unit
from reader.model import Document

__all__ = [
    "FLOOR",
    "SemanticSimilarity",
    "cache_for",
    "model_needed",
    "use_vector_store",
    "vector_store",
]

# cosine below FLOOR counts as no similarity; all-MiniLM-L6-v2 gives 0.2-0.4 to
# unrelated sentences on one topic and 0.6+ to paraphrases
FLOOR = 0.35


def cache_for(doc: Document) -> EmbeddingCache:
    """The embedding cache of a document (by content hash); the 16 latest are kept."""
    return embedding_cache.cache_for(doc.content_hash)


class SemanticSimilarity(SimilaritySource):
    """Cosine of sentence embeddings, rescaled so unrelated pairs score 0."""

    name = "semantic"

    def __init__(self, model: Embedder | DefaultModel, floor: float = FLOOR) -> None:
        self.model = model
        self.floor = floor
        self._va = np.zeros((0, 0), np.float32)
        self._vb = np.zeros((0, 0), np.float32)
        self.tokens: tuple[list[TokenVectors], list[TokenVectors]] | None = None

    def embedder(self) -> Embedder:
        """The loaded model (a DefaultModel loads now)."""
        return self.model if isinstance(self.model, Embedder) else self.model.get()

    def prepare(
        self,
        a: Sequence[Unit],
        b: Sequence[Unit],
        doc_a: Document,
        doc_b: Document,
        step: Step | None = None,
    ) -> None:
        """Vectors of both documents' units: kept ones if every one is kept (the model is
        not even loaded), else those not kept embedded in one model call; ``step`` hears
        the share done."""
        texts_a, texts_b = [u.read for u in a], [u.read for u in b]
        cache_a, cache_b = cache_for(doc_a), cache_for(doc_b)
        name = self.model.name
        va, vb = cache_a.kept(name, texts_a), cache_b.kept(name, texts_b)
        ta, tb = cache_a.kept_tokens(name, texts_a), cache_b.kept_tokens(name, texts_b)
        if (
            va is None
            or vb is None
            or ta is None
            or tb is None
            or (len(va) and len(vb) and va.shape[1] != vb.shape[1])
        ):
            va, vb = embed_documents(
                self.embedder(), [(cache_a, texts_a), (cache_b, texts_b)], step
            )
            ta, tb = cache_a.kept_tokens(name, texts_a), cache_b.kept_tokens(name, texts_b)
        dim = max(va.shape[1], vb.shape[1])  # an empty side gets the other's width
        self._va = va if va.shape[1] == dim else np.zeros((0, dim), np.float32)
        self._vb = vb if vb.shape[1] == dim else np.zeros((0, dim), np.float32)
        # the word pieces, for the link check; None for a model that gives none
        self.tokens = (ta, tb) if ta is not None and tb is not None else None

    def cosine(self, i: int, j: int) -> float:
        """The cosine of A's unit ``i`` and B's unit ``j``."""
        return float(self._va[i] @ self._vb[j])

    def cosine_rows(self, start: int, stop: int) -> np.ndarray:
        cos: np.ndarray = self._va[start:stop] @ self._vb.T
        return cos

    def rows(self, start: int, stop: int) -> np.ndarray:
        cos = self.cosine_rows(start, stop)
        scaled: np.ndarray = np.clip((cos - self.floor) / (1.0 - self.floor), 0.0, 1.0)
        return scaled.astype(np.float32)
