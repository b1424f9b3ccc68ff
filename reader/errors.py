"""Domain errors carrying a reader-facing message.

Every error the core raises on bad input is a ``ReaderError``; its ``str()`` is one
sentence a reader can act on (it names the file and the reason).
"""

from __future__ import annotations

import sys

EXIT_INPUT = 2
"""Exit status of every command given bad input (a missing, empty or unreadable file...)."""


def report_input_error(message: str) -> int:
    """Print ``crossread: error: message`` on stderr, the one line every command (align,
    export's argument errors aside, the window) prints for bad input; return EXIT_INPUT."""
    print(f"crossread: error: {message}", file=sys.stderr)
    return EXIT_INPUT


class ReaderError(Exception):
    """Base of the errors the core raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class IngestError(ReaderError):
    """A file could not be turned into a Document (missing, empty, binary, too large...)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class SchemaError(ReaderError):
    """JSON that does not follow one of Crossread's schemas."""


class SessionError(ReaderError):
    """A session file could not be read or written."""


class ModelLoadError(ReaderError):
    """The sentence-embedding model could not be loaded."""
