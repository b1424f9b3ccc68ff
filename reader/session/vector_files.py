"""Sentence vectors kept on disk between runs (a :class:`VectorStore` for the aligner), so
that a pair opened again, in this run or a later one, is not embedded again.

One ``.npz`` file a (model, document): the model's name, the texts' keys and their
vectors (single precision, or half when every vector given is half), read without pickle
and loaded as single precision. The folder is ``platformdirs.user_cache_dir("crossread")``
``/vectors``, or ``$CROSSREAD_CACHE_DIR/vectors``; ``CROSSREAD_CACHE_DIR=off`` keeps
vectors in memory only. Files are written atomically; an unreadable one counts as
nothing kept (and is removed). The least recently used files go once the folder holds
more than :data:`MAX_FILES` files or :data:`MAX_BYTES` bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import platformdirs

from reader.analysis.embedding_model import FloatArray
from reader.analysis.token_vectors import StoredArray
from reader.session.atomic import atomic_write

ENV_VAR = "CROSSREAD_CACHE_DIR"
MAX_FILES = 400
MAX_BYTES = 200_000_000


class VectorFiles:
    """A :class:`~reader.analysis.embedding_cache.VectorStore` in a folder of .npz files."""

    def __init__(
        self, folder: str | os.PathLike[str], max_files: int = MAX_FILES, max_bytes: int = MAX_BYTES
    ) -> None:
        self.folder = Path(folder)
        self.max_files = max_files
        self.max_bytes = max_bytes

    def path(self, model: str, document_hash: str) -> Path:
        model_tag = hashlib.sha256(model.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{model_tag}-{document_hash[:40]}.npz"

    def load(self, model: str, document_hash: str) -> dict[str, FloatArray]:
        path = self.path(model, document_hash)
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["model"]) != model:
                    return {}
                keys, vectors = data["keys"], data["vectors"]
                if vectors.ndim != 2 or len(keys) != len(vectors):
                    raise ValueError("keys and vectors differ in number")
                found = {
                    str(k): np.asarray(v, dtype=np.float32)
                    for k, v in zip(keys, vectors, strict=True)
                }
        except FileNotFoundError:
            return {}
        except Exception:  # damaged, truncated, foreign: embed again, and drop it
            with contextlib.suppress(OSError):
                path.unlink()
            return {}
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return found

    def save(self, model: str, document_hash: str, vectors: Mapping[str, StoredArray]) -> None:
        if not vectors:
            return
        buffer = io.BytesIO()
        keys = list(vectors)
        half = all(np.asarray(v).dtype == np.float16 for v in vectors.values())
        np.savez(
            buffer,
            model=np.array(model),
            keys=np.array(keys),
            vectors=np.stack(
                [np.asarray(vectors[k], dtype=np.float16 if half else np.float32) for k in keys]
            ),
        )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path(model, document_hash), buffer.getvalue())
        except OSError:
            return  # a cache: the vectors stay in memory, the next run embeds again
        self.prune()

    def prune(self) -> None:
        """Remove the least recently used files beyond the limits."""
        try:
            files = sorted(
                ((p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.glob("*.npz")),
                reverse=True,
            )
        except OSError:
            return
        total = 0
        for count, (_, size, path) in enumerate(files, 1):
            total += size
            if count > self.max_files or total > self.max_bytes:
                with contextlib.suppress(OSError):
                    path.unlink()


def default_vector_files() -> VectorFiles | None:
    """The store the app uses, or None when ``CROSSREAD_CACHE_DIR=off``."""
    env = os.environ.get(ENV_VAR, "")
    if env.strip().lower() == "off":
        return None
    base = Path(env) if env else Path(platformdirs.user_cache_dir("crossread", appauthor=False))
    return VectorFiles(base / "vectors")
