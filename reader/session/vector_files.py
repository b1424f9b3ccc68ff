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
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from reader.analysis.sentence_model.embedding_model import FloatArray
from reader.analysis.sentence_model.token_vectors import (
    StoredArray,
    TokenVectors,
    pack_pieces,
    unpack_pieces,
)
from reader.cache_dir import cache_dir
from reader.session.atomic import atomic_write

MAX_FILES = 400
MAX_BYTES = 200_000_000
# a model's word pieces are kept in a file of their own, under the model's name plus this
PIECES_SUFFIX = "+pieces"
_T = TypeVar("_T")


class VectorFiles:
    """A :class:`~reader.analysis.sentence_model.embedding_cache.VectorStore` in a folder of
    .npz files."""

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
        def read(data: Any) -> dict[str, FloatArray]:
            keys, vectors = data["keys"], data["vectors"]
            if vectors.ndim != 2 or len(keys) != len(vectors):
                raise ValueError("keys and vectors differ in number")
            return {
                str(k): np.asarray(v, dtype=np.float32) for k, v in zip(keys, vectors, strict=True)
            }

        return self._read(self.path(model, document_hash), model, read, {})

    def load_pieces(self, model: str, document_hash: str) -> dict[str, TokenVectors]:
        def read(data: Any) -> dict[str, TokenVectors]:
            return unpack_pieces(data["keys"], data["counts"], data["ids"], data["vectors"])

        return self._read(self.path(model + PIECES_SUFFIX, document_hash), model, read, {})

    def _read(self, path: Path, model: str, read: Callable[[Any], _T], nothing: _T) -> _T:
        """``read`` applied to the arrays of the file at ``path`` (``nothing`` when there is
        none, or it holds another model's vectors); a damaged file is removed."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["model"]) != model:
                    return nothing
                found = read(data)
        except FileNotFoundError:
            return nothing
        except Exception:  # damaged, truncated, foreign: embed again, and drop it
            with contextlib.suppress(OSError):
                path.unlink()
            return nothing
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: pruned last
        return found

    def save(self, model: str, document_hash: str, vectors: Mapping[str, StoredArray]) -> None:
        if not vectors:
            return
        keys = list(vectors)
        half = all(np.asarray(v).dtype == np.float16 for v in vectors.values())
        table = [np.asarray(vectors[k], dtype=np.float16 if half else np.float32) for k in keys]
        self._write(self.path(model, document_hash), model, keys=keys, vectors=np.stack(table))

    def save_pieces(
        self, model: str, document_hash: str, pieces: Mapping[str, TokenVectors]
    ) -> None:
        if not pieces:
            return
        keys, counts, ids, vectors = pack_pieces(pieces)
        path = self.path(model + PIECES_SUFFIX, document_hash)
        self._write(path, model, keys=keys, counts=counts, ids=ids, vectors=vectors)

    def _write(self, path: Path, model: str, keys: list[str], **arrays: np.ndarray) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, allow_pickle=False, model=np.array(model), keys=np.array(keys), **arrays)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(path, buffer.getvalue())
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
    base = cache_dir()
    return None if base is None else VectorFiles(base / "vectors")
