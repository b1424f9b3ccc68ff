"""The worker task that opens a pair (off the GUI thread): both article files read, the
two articles handed on to be shown while they are matched, the pair aligned and its
scroll-sync map built. ``reader.ui.opening.PairOpener`` runs it for the window."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass

from reader.analysis.sync import SyncMap
from reader.gc_pause import collections_paused
from reader.model import Alignment, Document
from reader.session.pasted import pasted_title
from reader.ui.worker import IsCancelled, Progress, Task

Loader = Callable[[str], Document]
Aligner = Callable[..., Alignment]


@dataclass(frozen=True, slots=True)
class LoadedPair:
    """What the worker hands back: the alignment and its scroll-sync map."""

    paths: tuple[str, str]
    alignment: Alignment
    sync: SyncMap
    elapsed_ms: float


def default_loader(path: str) -> Document:
    from reader.ingest import load_document

    return pasted_title(load_document(path))


def default_aligner(a: Document, b: Document, **kw: object) -> Alignment:
    from reader.analysis import align

    return align(a, b, **kw)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class PairDocuments:
    """The two articles of a pair being opened, read but not yet matched."""

    paths: tuple[str, str]
    a: Document
    b: Document


def pair_task(
    paths: tuple[str, str],
    loader: Loader,
    aligner: Aligner,
    documents_read: Callable[[PairDocuments], None] | None = None,
    model_loading: Callable[[bool], None] | None = None,
) -> Task:
    """The function the worker runs for one pair (off the GUI thread); it passes the two
    articles to ``documents_read`` (on the worker thread) once both are read, and tells
    ``model_loading`` (there too) when the aligner starts and stops waiting for the
    sentence model to load
    (reader.analysis.sentence_model.embedding.model_load_watched). The garbage
    collector is paused meanwhile (:func:`~reader.gc_pause.collections_paused`): an
    alignment of two 100,000-character articles makes some 8,000 objects it keeps and no
    garbage in cycles, yet set off a full collection of the window's heap, 30-70 ms.
    Everything then alive is frozen before the collector runs again, as once a session
    is read (:meth:`~reader.ui.session_controller.SessionController.thaw`, as the pair
    replaces the session, gives it back): else the first collection after the first
    pair went through all that the task had made, the modules it imported and the model
    it loaded too, 110-120 ms on whichever thread allocated next, the GUI thread's
    showing the pair."""

    def task(progress: Progress, cancelled: IsCancelled) -> LoadedPair:
        t0 = time.perf_counter()
        with collections_paused():  # a full collection would stop the window meanwhile
            a = loader(paths[0])
            b = loader(paths[1])
            if documents_read is not None and not cancelled():
                documents_read(PairDocuments(paths, a, b))
            progress(0.05)
            from reader.analysis.sentence_model.embedding import model_load_watched

            with model_load_watched(model_loading or (lambda _loading: None)):
                alignment = aligner(
                    a, b, progress=lambda f: progress(0.05 + 0.9 * f), is_cancelled=cancelled
                )
            sync = SyncMap.from_matches(alignment.matches, len(a.text), len(b.text))
            gc.freeze()  # what it made stays out of collections (SessionController.thaw)
        return LoadedPair(paths, alignment, sync, (time.perf_counter() - t0) * 1000)

    return task
