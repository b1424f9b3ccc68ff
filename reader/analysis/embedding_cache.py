"""Per-document cache of sentence vectors, so re-alignment does not re-embed."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence

import numpy as np

from reader.analysis.embedding_model import Embedder, FloatArray


def content_hash(text: str) -> str:
    """A stable hash of a document's text (hex SHA-256 of its UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class EmbeddingCache:
    """Sentence vectors of one document, keyed by (model name, document hash, sentence).

    ``document_hash`` names the document (e.g. :func:`content_hash` of its text); it keeps
    vectors of different documents or versions apart when caches are pooled or saved.
    ``hits`` counts texts served from the cache, ``misses`` texts that had to be embedded.
    """

    def __init__(self, document_hash: str = "") -> None:
        self.document_hash = document_hash
        self.hits = 0
        self.misses = 0
        self._vectors: dict[tuple[str, str, str], FloatArray] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def embed(self, embedder: Embedder, texts: Sequence[str]) -> FloatArray:
        """Vectors for ``texts`` (as :meth:`Embedder.embed`), embedding only unseen texts."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one str")
        with self._lock:
            keys = [(embedder.name, self.document_hash, text) for text in texts]
            missing = list(dict.fromkeys(k for k in keys if k not in self._vectors))
            if missing:
                fresh = embedder.embed([key[2] for key in missing])
                for key, vector in zip(missing, fresh, strict=True):
                    vector.flags.writeable = False
                    self._vectors[key] = vector
            self.misses += len(missing)
            self.hits += len(keys) - len(missing)
            if not keys:
                return np.zeros((0, embedder.dim), dtype=np.float32)
            return np.stack([self._vectors[key] for key in keys]).astype(np.float32, copy=False)
