"""Start loading the sentence model before the window's modules import (Qt widgets take
about half a second to import; building the model's session releases the GIL, so both
go on at once). QtCore only: importing this is quick."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSettings

from reader.ui.settings import METHOD_KEY, choose_stored_model, default_settings


def preload_model(store: QSettings | None = None) -> threading.Thread | None:
    """Load the model the stored settings choose, on another thread; None (nothing
    started) when they choose matching without it."""
    store = default_settings() if store is None else store
    if str(store.value(METHOD_KEY, "auto") or "auto") == "lexical":
        return None
    changed = choose_stored_model(store)  # what the window's settings choose at start
    from reader.analysis.sentence_model.embedding import (
        preload_default_embedder,
        reset_default_embedder,
    )

    if changed:  # (at start there is no model loaded yet to forget)
        reset_default_embedder()
    from reader.ui.worker import lower_thread_priority

    # the model's threads, started by this one, then give way to the window as the
    # worker's do
    return preload_default_embedder(first=lower_thread_priority)
