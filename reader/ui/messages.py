"""Reader-facing texts of the window: error dialogs and the status-bar summary (no Qt)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reader.errors import IngestError, ModelLoadError, ReaderError
from reader.model import Alignment, Match

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


def status_summary(
    alignment: Alignment,
    shown: Callable[[Match], bool] | None = None,
    rejected: int = 0,
    shares: str = "",
) -> str:
    """The status bar's counts of what the pair shares ("23 claims · 1 shared quote · ...
    · 1 linked by hand · 2 rejected"), and how long matching took. The quotes counted are quote
    matches, quotations both articles give: "shared", since the Quotes panel beside it
    lists every quotation of either ("15 quotations in A, 9 in B, 1 quoted in both").

    ``shown``: the Matches panel's filter. While it hides some matches, the counts say
    how many it shows first ("24 of 133 matches shown"), then "N of M" for each kind it
    hides some of ("0 of 99 entities"), and of the discrepancies whose match it hides.

    ``rejected``: how many matches the reader rejected as wrong; ``alignment`` (the one
    on screen, ``reader.session.view.visible_alignment``) no longer holds them, so the
    counts leave them out and say so ("2 rejected") when there are any.

    ``shares``: how much of one article is the other's words ("B's words: 41% word for
    word in A, ...": ``reader.session.copied_share.shares_line``), said after the counts,
    before the timing (which a narrow bar leaves out first); "" says nothing. (That an
    article has a correction note is said by a button beside the counts, which goes to
    it: reader.ui.correction_steps.)"""
    counts = alignment.counts()
    listed = [m for m in alignment.matches if shown(m)] if shown is not None else None
    kept = Counter(m.kind.value for m in listed) if listed is not None else Counter(counts)
    flagged = {m.id for m in listed} if listed is not None else None
    told = sum(1 for d in alignment.discrepancies if flagged is None or d.match in flagged)

    def part(n: int, total: int, one: str, many: str | None = None) -> str:
        return plural(total, one, many) if n == total else f"{n} of {plural(total, one, many)}"

    by_hand = sum(1 for m in alignment.matches if m.manual)
    parts = [
        part(kept["claim"], counts["claim"], "claim"),
        part(kept["quote"], counts["quote"], "shared quote"),
        part(kept["entity"], counts["entity"], "entity", "entities"),
        part(kept["number"], counts["number"], "number"),
        part(told, len(alignment.discrepancies), "discrepancy", "discrepancies"),
        *([f"{by_hand} linked by hand"] if by_hand else []),
        *([f"{rejected} rejected"] if rejected else []),
        *([shares] if shares else []),
    ]
    if listed is not None and len(listed) < len(alignment.matches):
        parts.insert(
            0, f"{len(listed)} of {plural(len(alignment.matches), 'match', 'matches')} shown"
        )
    total = sum(
        v for k, v in alignment.timing_ms.items() if k != "total"
    ) or alignment.timing_ms.get("total", 0.0)
    if total:
        parts.append(f"aligned in {duration_text(total)} ({alignment.method})")
    return " · ".join(parts)
