"""Domain errors carrying a reader-facing message.

Every error the core raises on bad input is a ``ReaderError``; its ``str()`` is one
sentence a reader can act on (it names the file and the reason).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import NoReturn

EXIT_INPUT = 2
"""Exit status of every command given bad input (a missing, empty or unreadable file...)."""

EXIT_INTERNAL = 1
"""Exit status of a command stopped by an error in Crossread itself (a bug), so that a
script tells it from its own bad input."""

DEBUG_ENV = "CROSSREAD_DEBUG"
"""Set (to anything) to get an internal error's traceback instead of its one line."""


# the output path that stands for standard output, as in most command-line tools
STANDARD_OUTPUT = "-"


def to_stderr(line: str) -> None:
    """Print ``line`` on standard error; nothing when the program started without one
    (``2>&-``), where ``print`` would write it to standard output, into the result."""
    if sys.stderr is not None:
        print(line, file=sys.stderr)


def _one_line(message: str) -> str:
    """``message`` on one line: a line break (in a file's name) written as ``\\n``."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def report_input_error(message: str) -> int:
    """Print ``crossread: error: message`` on stderr, the one line every command (align,
    export, the window) prints for bad input or wrong arguments; return EXIT_INPUT."""
    to_stderr(f"crossread: error: {_one_line(message)}")
    return EXIT_INPUT


def report_warning(message: str) -> None:
    """Print ``crossread: warning: message`` on stderr, on one line: something in the
    input looks wrong, and the command goes on."""
    to_stderr(f"crossread: warning: {_one_line(message)}")


def report_internal_error(exc: BaseException) -> int:
    """Print ``crossread: internal error: ...`` (the error's type and message) and how to
    get its traceback, on one line on stderr; return EXIT_INTERNAL."""
    to_stderr(
        f"crossread: internal error: {type(exc).__name__}: {exc} (a bug in Crossread; "
        f"set {DEBUG_ENV}=1 for the traceback)"
    )
    return EXIT_INTERNAL


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


class UsageError(ReaderError):
    """The command line itself is wrong: an unknown option, a missing argument, an output
    that would replace an input."""


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are a :class:`UsageError` (printed as the one line
    ``crossread: error: ...``), not argparse's usage block and its own ``prog: error:``."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):  # either does not exist (yet): not the same file
        return False


def refuse_overwriting(output: str, inputs: Iterable[str]) -> None:
    """Raise :class:`UsageError` when ``output`` is one of ``inputs`` (by any path to it,
    a link included): writing it would replace what the command reads."""
    for path in inputs:
        if path and _same_file(output, path):
            name = f"“{output}”"
            if os.path.abspath(output) != os.path.abspath(path):
                name += f" (the same file as “{path}”)"
            raise UsageError(
                f"will not write over {name}: it is an input of this command; "
                "choose another output file"
            )
