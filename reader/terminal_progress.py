"""How far a long `crossread align` has got, on a terminal's standard error.

Two news articles are matched in a second or two and say nothing; a huge one (a report
of several megabytes) takes minutes, which a silent command makes look hung. After
DELAY seconds the command writes "crossread: matching… 45%" on one line it rewrites, at
most every STEP seconds, and clears it when done. Only on a terminal: a redirected
standard error (a log, a pipe) gets no progress lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

DELAY = 2.0  # seconds of silence before the first line
STEP = 0.5  # seconds between two lines, at least


class TerminalProgress:
    """A progress callback (a fraction done, 0 to 1) for ``align``, writing to ``stream``
    when it is a terminal; :meth:`close` clears what it wrote."""

    def __init__(self, stream: TextIO | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream if stream is not None and _is_terminal(stream) else None
        self._clock = clock
        self._start = clock()
        self._last = -STEP
        self._width = 0

    def __call__(self, fraction: float) -> None:
        if self._stream is None:
            return
        now = self._clock() - self._start
        if now < DELAY or now - self._last < STEP:
            return
        self._last = now
        line = f"crossread: matching… {min(max(fraction, 0.0), 1.0):.0%}"
        self._write("\r" + line.ljust(self._width))
        self._width = len(line)

    def close(self) -> None:
        """Clear the progress line, if one was written."""
        if self._stream is not None and self._width:
            self._write("\r" + " " * self._width + "\r")
            self._width = 0

    def _write(self, text: str) -> None:
        assert self._stream is not None
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):  # the terminal went away: say nothing more
            self._stream = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False
