"""One function run on its own thread while the caller goes on, its result collected later.

The aligner uses it to extract features (Python) while the sentence model embeds (native
code that releases the GIL), so the two share the machine's cores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Background(Generic[T]):
    """Start ``work`` on a daemon thread now; :meth:`result` waits for it and returns its
    value, or raises what it raised."""

    def __init__(self, work: Callable[[], T], name: str = "background") -> None:
        self._work = work
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._work()
        except BaseException as exc:  # handed to the thread that asks for the result
            self._error = exc

    def wait(self) -> None:
        """Wait for the work to end, whatever its outcome."""
        self._thread.join()

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
