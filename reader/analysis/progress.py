"""How a long alignment reports progress and learns it was cancelled (no heavy imports,
so ``reader.analysis`` stays quick to import)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class AlignmentCancelled(Exception):
    """Raised inside ``align`` when its ``is_cancelled`` callback returns True."""


def check(is_cancelled: Cancelled | None) -> None:
    """Raise AlignmentCancelled if the caller has cancelled."""
    if is_cancelled is not None and is_cancelled():
        raise AlignmentCancelled()
