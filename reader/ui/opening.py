"""Opening a pair: the worker task (load both files, align, build the sync map), the
paths a drop carries, and the File > Recent pairs menu."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reader.analysis.sync import SyncMap
from reader.model import Alignment, Document
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

    return load_document(path)


def default_aligner(a: Document, b: Document, **kw: object) -> Alignment:
    from reader.analysis import align

    return align(a, b, **kw)  # type: ignore[arg-type]


def pair_task(paths: tuple[str, str], loader: Loader, aligner: Aligner) -> Task:
    """The function the worker runs for one pair (off the GUI thread)."""

    def task(progress: Progress, cancelled: IsCancelled) -> LoadedPair:
        t0 = time.perf_counter()
        a = loader(paths[0])
        b = loader(paths[1])
        progress(0.05)
        alignment = aligner(
            a, b, progress=lambda f: progress(0.05 + 0.9 * f), is_cancelled=cancelled
        )
        sync = SyncMap.from_matches(alignment.matches, len(a.text), len(b.text))
        return LoadedPair(paths, alignment, sync, (time.perf_counter() - t0) * 1000)

    return task


def dropped_paths(mime: QMimeData) -> list[str]:
    """Local files carried by a drag (empty when it carries anything else)."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def fill_recent_menu(
    menu: QMenu,
    pairs: Sequence[tuple[str, str]],
    open_pair: Callable[[str, str], object],
    clear: QAction,
) -> None:
    """One entry per recent pair (newest first), then "Clear recent pairs"."""
    menu.clear()
    for a, b in pairs:
        action = menu.addAction(f"{Path(a).name}  ↔  {Path(b).name}")
        action.setToolTip(f"{a}\n{b}")
        action.setData([a, b])
        action.triggered.connect(lambda _=False, a=a, b=b: open_pair(a, b))
    menu.addSeparator()
    menu.addAction(clear)
    clear.setEnabled(bool(pairs))
