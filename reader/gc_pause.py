"""No garbage collection while a long piece of work builds what it keeps (Qt-free).

A full collection goes through the whole heap holding Python's lock: 30-70 ms with a long
pair open, set off by the tens of thousands of objects an alignment or a session makes
(nearly all of them kept, or freed without the collector). The window's tasks
(reader.ui.worker), a session being read (reader.session.store) and a one-shot
`crossread align` (reader.cli: 142 collections and 30 ms of CPU in a first run of the
sample pair) pause it. Pauses may overlap, on any thread (a cancelled task still running
beside the next, a session read during an alignment): the collector runs again once the
last ends, unless it was off before the first began.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_pauses = 0  # pieces of work under collections_paused, on any thread
_pauses_lock = threading.Lock()


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """No garbage collection, on any thread, while the block runs (see the module)."""
    global _pauses
    with _pauses_lock:
        ours = _pauses > 0 or gc.isenabled()  # else off already, by whoever turns it on
        if ours:
            _pauses += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _pauses_lock:
                _pauses -= 1
                if _pauses == 0:
                    gc.enable()
