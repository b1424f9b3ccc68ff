"""Session persistence: ``.crossread`` files and autosave (Qt-free)."""

from reader.session.autosave import (
    discard,
    find_recoverable,
    mark_clean_exit,
    mark_running,
    write_autosave,
)
from reader.session.store import MAX_BYTES, SUFFIX, load_session, save_session

__all__ = [
    "MAX_BYTES",
    "SUFFIX",
    "discard",
    "find_recoverable",
    "load_session",
    "mark_clean_exit",
    "mark_running",
    "save_session",
    "write_autosave",
]
