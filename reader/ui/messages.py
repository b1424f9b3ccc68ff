"""Reader-facing texts of the window: error dialogs and the status-bar summary (no Qt)."""

from __future__ import annotations

from pathlib import Path

from reader.errors import IngestError, ModelLoadError, ReaderError
from reader.model import Alignment

STATUS_MS = 6000  # how long the status bar shows what the session controller says


def error_text(exc: object) -> tuple[str, str]:
    """Title and text of the dialog for an error raised while opening a pair."""
    if isinstance(exc, IngestError):
        name = Path(exc.path).name if exc.path else ""
        text = exc.message
        if name and name not in text:
            text = f"Could not open “{name}”: {text}"
        if exc.path and exc.path not in text:
            text += f"\n\nFile: {exc.path}"
        return "Cannot open file", text
    if isinstance(exc, ModelLoadError):  # the method is "semantic": no fallback was asked
        return "Sentence model not available", (
            f"{exc.message}\n\nChoose Automatic in Edit > Settings to match on words, names "
            "and numbers when the model cannot load."
        )
    if isinstance(exc, ReaderError):
        return "Cannot open pair", exc.message
    if isinstance(exc, OSError):
        name = Path(exc.filename).name if exc.filename else "a file"
        return "Cannot open file", f"Could not read “{name}”: {exc.strerror or exc}."
    return "Alignment failed", f"The pair could not be aligned: {type(exc).__name__}: {exc}"


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def duration_text(ms: float) -> str:
    """A time as the reader takes it in: "778 ms", "6.2 s", "2 min 18 s"."""
    if ms < 1000:
        return f"{ms:.0f} ms"
    if ms < 59_950:  # not "60.0 s"
        return f"{ms / 1000:.1f} s"
    minutes, seconds = divmod(round(ms / 1000), 60)
    return f"{minutes} min {seconds} s"


def status_summary(alignment: Alignment) -> str:
    """The status bar's counts of what the pair shares ("23 claims · 1 shared quote · ...
    · 1 linked by hand"), and how long matching took. The quotes counted are quote
    matches, quotations both articles give: "shared", since the Quotes panel beside it
    lists every quotation of either ("15 quotations in A, 9 in B, 1 quoted in both")."""
    counts = alignment.counts()
    by_hand = sum(1 for m in alignment.matches if m.manual)
    parts = [
        plural(counts["claim"], "claim"),
        plural(counts["quote"], "shared quote"),
        plural(counts["entity"], "entity", "entities"),
        plural(counts["number"], "number"),
        plural(len(alignment.discrepancies), "discrepancy", "discrepancies"),
        *([f"{by_hand} linked by hand"] if by_hand else []),
    ]
    total = sum(
        v for k, v in alignment.timing_ms.items() if k != "total"
    ) or alignment.timing_ms.get("total", 0.0)
    if total:
        parts.append(f"aligned in {duration_text(total)} ({alignment.method})")
    return " · ".join(parts)
