"""The key a date of the year is matched by: ``date:MM-DD``, its month and day (no year:
"June 19" and "19 June 2024" are one date; years are keyed apart, as ``year:``)."""

from __future__ import annotations

from datetime import date

__all__ = ["date_key", "day_key", "is_date_key"]

_PREFIX = "date:"


def date_key(month: int, day: int) -> str:
    """The key of day ``day`` of month ``month``: ``date_key(6, 9)`` is "date:06-09"."""
    return f"{_PREFIX}{month:02d}-{day:02d}"


def day_key(day: date) -> str:
    """The key of ``day``'s month and day."""
    return date_key(day.month, day.day)


def is_date_key(key: str) -> bool:
    """Whether ``key`` is a day of the year's (not a year's, a weekday's or a month's)."""
    return key.startswith(_PREFIX)
