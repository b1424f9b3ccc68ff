"""A date and time written as a live page writes an update's: the clock time in the zone
it was given in, the zone after it ("14:32 UTC", "16:32 UTC+2", "21:02 UTC+5:30",
"10:32 UTC-4"), so that a time in UTC+2 is not read as one in UTC, nor one in UTC as the
reader's own; a time that names no zone is written without one ("16:32")."""

from __future__ import annotations

from datetime import datetime, timedelta

__all__ = ["moment", "zoned_clock"]

_MINUTE = timedelta(minutes=1)


def moment(text: str) -> datetime | None:
    """The date and time of the ISO ``text`` ("2024-06-19T16:32:00+02:00"); None for a
    date alone or what is no ISO date."""
    text = text.strip()
    if len(text) <= len("YYYY-MM-DD"):
        return None  # a date alone: no time
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def zoned_clock(when: datetime) -> str:
    """``when``'s clock time ("16:32") and its offset from UTC ("UTC+2")."""
    clock = when.strftime("%H:%M")
    offset = when.utcoffset()
    if offset is None:
        return clock
    return f"{clock} {_utc_offset(offset)}"


def _utc_offset(offset: timedelta) -> str:
    """ "UTC", "UTC+2", "UTC-3:30", "UTC+5:45" of ``offset``."""
    minutes = round(offset / _MINUTE)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
