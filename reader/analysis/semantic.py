"""Semantic similarity of unit pairs from a local sentence-embedding model."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from reader.analysis.embedding import Embedder, EmbeddingCache
from reader.analysis.embedding_cache import VectorStore
from reader.analysis.sources import SimilaritySource, Step
from reader.analysis.units import Unit
from reader.model import Document

# cosine below FLOOR counts as no similarity; all-MiniLM-L6-v2 gives 0.2-0.4 to
# unrelated sentences on one topic and 0.6+ to paraphrases
FLOOR = 0.35

_caches: OrderedDict[str, EmbeddingCache] = OrderedDict()
_caches_lock = threading.Lock()
_MAX_DOCS = 16
_store: VectorStore | None = None


def vector_store() -> VectorStore | None:
    """Where vectors are kept between runs (None: nowhere)."""
    return _store


def use_vector_store(store: VectorStore | None) -> None:
    """Keep vectors between runs in ``store`` (None: in memory only, the default); the
    app's entry points set it, tests and benchmarks choose."""
    global _store
    with _caches_lock:
        _store = store
        _caches.clear()


def cache_for(doc: Document) -> EmbeddingCache:
    """The embedding cache of a document (by content hash); the 16 latest are kept."""
    with _caches_lock:
        cache = _caches.get(doc.content_hash)
        if cache is None:
            cache = EmbeddingCache(doc.content_hash, _store)
            _caches[doc.content_hash] = cache
            while len(_caches) > _MAX_DOCS:
                _caches.popitem(last=False)
        else:
            _caches.move_to_end(doc.content_hash)
        return cache


class SemanticSimilarity(SimilaritySource):
    """Cosine of sentence embeddings, rescaled so unrelated pairs score 0."""

    name = "semantic"

    def __init__(self, embedder: Embedder, floor: float = FLOOR) -> None:
        self.embedder = embedder
        self.floor = floor
        self._va = np.zeros((0, embedder.dim), np.float32)
        self._vb = np.zeros((0, embedder.dim), np.float32)

    def vectors(self, units: Sequence[Unit], doc: Document, step: Step | None = None) -> np.ndarray:
        if not units:
            return np.zeros((0, self.embedder.dim), np.float32)
        return cache_for(doc).embed(self.embedder, [u.text for u in units], step)

    def prepare(
        self,
        a: Sequence[Unit],
        b: Sequence[Unit],
        doc_a: Document,
        doc_b: Document,
        step: Step | None = None,
    ) -> None:
        """Embed both documents' units; ``step`` hears the share done, A's units first."""
        share = len(a) / max(1, len(a) + len(b))

        def part(lo: float, width: float) -> Step | None:
            return None if step is None else (lambda f: step(lo + width * f))

        self._va = self.vectors(a, doc_a, part(0.0, share))
        self._vb = self.vectors(b, doc_b, part(share, 1.0 - share))

    def cosine_rows(self, start: int, stop: int) -> np.ndarray:
        cos: np.ndarray = self._va[start:stop] @ self._vb.T
        return cos

    def rows(self, start: int, stop: int) -> np.ndarray:
        cos = self.cosine_rows(start, stop)
        scaled: np.ndarray = np.clip((cos - self.floor) / (1.0 - self.floor), 0.0, 1.0)
        return scaled.astype(np.float32)
