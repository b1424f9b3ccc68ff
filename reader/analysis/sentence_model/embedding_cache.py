"""Per-document cache of sentence vectors, so re-alignment does not re-embed; with a
:class:`VectorStore`, vectors also outlive the process (a pair opened again tomorrow is
not embedded again)."""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

import numpy as np

from reader.analysis.sentence_model.embedding_model import Embedder, FloatArray
from reader.analysis.sentence_model.token_vectors import StoredArray, TokenVectors


def content_hash(text: str) -> str:
    """A stable hash of a document's text (hex SHA-256 of its UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def text_key(text: str) -> str:
    """The key of one text's vector in a :class:`VectorStore` (hex SHA-256, 32 digits)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]


class VectorStore(Protocol):
    """Where vectors are kept between runs: by model name and document hash, each vector
    (and each text's word pieces) under the :func:`text_key` of its text. ``load`` and
    ``load_pieces`` give {} for nothing (or anything unreadable); ``save`` and
    ``save_pieces`` replace what was kept and never raise."""

    def load(self, model: str, document_hash: str) -> dict[str, FloatArray]: ...

    def save(self, model: str, document_hash: str, vectors: Mapping[str, StoredArray]) -> None: ...

    def load_pieces(self, model: str, document_hash: str) -> dict[str, TokenVectors]: ...

    def save_pieces(
        self, model: str, document_hash: str, pieces: Mapping[str, TokenVectors]
    ) -> None: ...


class EmbeddingCache:
    """Sentence vectors of one document, keyed by (model name, document hash, sentence).

    ``document_hash`` names the document (e.g. :func:`content_hash` of its text); it keeps
    vectors of different documents or versions apart when caches are pooled or saved.
    ``hits`` counts texts served from the cache (or the store), ``misses`` texts that had
    to be embedded. With a ``store``, the vectors it kept for this document are used
    first, and newly embedded ones are added to it.
    """

    def __init__(self, document_hash: str = "", store: VectorStore | None = None) -> None:
        self.document_hash = document_hash
        self.store = store
        self.hits = 0
        self.misses = 0
        self._vectors: dict[tuple[str, str, str], FloatArray] = {}
        self._tokens: dict[tuple[str, str, str], TokenVectors] = {}
        self._kept: dict[str, dict[str, FloatArray]] = {}  # model -> the store's vectors
        self._kept_tokens: dict[str, dict[str, TokenVectors]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._vectors)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def kept(self, model: str, texts: Sequence[str]) -> FloatArray | None:
        """Vectors for ``texts`` if ``model`` embedded every one of them before (in this
        run or, with a store, an earlier one); else None. Needs no loaded model."""
        with self._lock:
            keys = [(model, self.document_hash, text) for text in texts]
            missing = list(dict.fromkeys(k for k in keys if k not in self._vectors))
            if missing and self.store is not None:
                missing = self._from_store(model, None, missing)
            if missing:
                return None
            self.hits += len(keys)
            if not keys:
                return np.zeros((0, 0), dtype=np.float32)
            vectors = np.stack([self._vectors[key] for key in keys])
            return vectors.astype(np.float32, copy=False)

    def kept_tokens(self, model: str, texts: Sequence[str]) -> list[TokenVectors] | None:
        """The content word pieces of ``texts`` (see ``token_vectors``) if ``model`` gave
        them for every one before (in this run or, with a store, an earlier one)."""
        with self._lock:
            keys = [(model, self.document_hash, text) for text in texts]
            missing = [k for k in dict.fromkeys(keys) if k not in self._tokens]
            if missing and self.store is not None:
                missing = self._tokens_from_store(model, missing)
            return None if missing else [self._tokens[key] for key in keys]

    def embed(
        self,
        embedder: Embedder,
        texts: Sequence[str],
        step: Callable[[float], None] | None = None,
    ) -> FloatArray:
        """Vectors for ``texts`` (as :meth:`Embedder.embed`, ``step`` too), embedding only
        unseen texts."""
        return embed_documents(embedder, [(self, texts)], step)[0]

    def _missing(self, embedder: Embedder, texts: Sequence[str]) -> list[tuple[str, str, str]]:
        """Keys of ``texts`` neither in memory nor in the store (the lock is held)."""
        keys = [(embedder.name, self.document_hash, text) for text in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self._vectors))
        if missing and self.store is not None:
            missing = self._from_store(embedder.name, embedder.dim, missing)
        if embedder.has_tokens:  # a text counts as seen once its word pieces are kept too
            no_tokens = [k for k in dict.fromkeys(keys) if k not in self._tokens]
            if no_tokens and self.store is not None:
                no_tokens = self._tokens_from_store(embedder.name, no_tokens)
            missing = list(dict.fromkeys([*missing, *no_tokens]))
        return missing

    def _add(
        self,
        model: str,
        fresh: Mapping[str, FloatArray],
        tokens: Mapping[str, TokenVectors] | None,
        keys: list[tuple[str, str, str]],
    ) -> None:
        """Keep the newly embedded vectors (and word pieces) of ``keys`` (by text; the
        lock is held)."""
        for key in keys:
            vector = fresh[key[2]]
            vector.flags.writeable = False
            self._vectors[key] = vector
            if tokens is not None:
                self._tokens[key] = tokens[key[2]]
        if keys:
            self._to_store(model, keys)
            if tokens is not None:
                self._tokens_to_store(model, keys)

    def _stack(self, embedder: Embedder, texts: Sequence[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, embedder.dim), dtype=np.float32)
        keys = [(embedder.name, self.document_hash, text) for text in texts]
        return np.stack([self._vectors[key] for key in keys]).astype(np.float32, copy=False)

    def _from_store(
        self, model: str, dim: int | None, missing: list[tuple[str, str, str]]
    ) -> list[tuple[str, str, str]]:
        """Fill what the store kept for these texts (vectors of ``dim`` numbers; None:
        any, as long as the store holds them under this model); return the keys still
        missing."""
        assert self.store is not None
        kept = self._kept.get(model)
        if kept is None:
            kept = self._kept[model] = self.store.load(model, self.document_hash)
        still: list[tuple[str, str, str]] = []
        for key in missing:
            vector = kept.get(text_key(key[2]))
            if vector is not None and vector.ndim == 1 and dim in (None, vector.shape[0]):
                vector.flags.writeable = False
                self._vectors[key] = vector
            else:
                still.append(key)
        return still

    def _tokens_from_store(
        self, model: str, missing: list[tuple[str, str, str]]
    ) -> list[tuple[str, str, str]]:
        """Fill the word pieces the store kept for these texts; return the keys still
        missing."""
        assert self.store is not None
        kept = self._kept_tokens.get(model)
        if kept is None:
            kept = self._kept_tokens[model] = self.store.load_pieces(model, self.document_hash)
        still: list[tuple[str, str, str]] = []
        for key in missing:
            found = kept.get(text_key(key[2]))
            if found is not None:
                self._tokens[key] = found
            else:
                still.append(key)
        return still

    def _tokens_to_store(self, model: str, fresh: list[tuple[str, str, str]]) -> None:
        if self.store is None:
            return
        kept = self._kept_tokens.setdefault(model, {})
        kept.update((text_key(key[2]), self._tokens[key]) for key in fresh)
        self.store.save_pieces(model, self.document_hash, kept)

    def _to_store(self, model: str, fresh: list[tuple[str, str, str]]) -> None:
        if self.store is None:
            return
        kept = self._kept.setdefault(model, {})
        kept.update((text_key(key[2]), self._vectors[key]) for key in fresh)
        self.store.save(model, self.document_hash, kept)


def embed_documents(
    embedder: Embedder,
    requests: Sequence[tuple[EmbeddingCache, Sequence[str]]],
    step: Callable[[float], None] | None = None,
) -> list[FloatArray]:
    """Vectors for each (cache, texts) request, embedding the texts no cache holds in one
    model call (so two documents' sentences share its batches and threads, and a sentence
    both documents carry is embedded once); ``step`` hears the share of that call done."""
    for _, texts in requests:
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one str")
    caches = list({id(cache): cache for cache, _ in requests}.values())
    caches.sort(key=lambda cache: (cache.document_hash, id(cache)))  # one lock order
    with contextlib.ExitStack() as held:
        for cache in caches:
            held.enter_context(cache._lock)
        wanted = [(cache, cache._missing(embedder, texts)) for cache, texts in requests]
        unseen = list(dict.fromkeys(key[2] for _, keys in wanted for key in keys))
        if unseen:
            vectors, pieces = embedder.embed_with_tokens(unseen, step)
            fresh = dict(zip(unseen, vectors, strict=True))
            tokens = dict(zip(unseen, pieces, strict=True)) if pieces is not None else None
            for cache, keys in wanted:
                cache._add(embedder.name, fresh, tokens, keys)
        for (cache, keys), (_, asked) in zip(wanted, requests, strict=True):
            cache.misses += len(keys)
            cache.hits += len(asked) - len(keys)
        return [cache._stack(embedder, asked) for cache, asked in requests]


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


def cache_for(document_hash: str) -> EmbeddingCache:
    """The embedding cache of a document, by its content hash; the 16 latest are kept."""
    with _caches_lock:
        cache = _caches.get(document_hash)
        if cache is None:
            cache = EmbeddingCache(document_hash, _store)
            _caches[document_hash] = cache
            while len(_caches) > _MAX_DOCS:
                _caches.popitem(last=False)
        else:
            _caches.move_to_end(document_hash)
        return cache
