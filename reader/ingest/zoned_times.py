"""A date and time written as a live page writes an update's: the clock time in the zone
it was given in, the zone after it ("14:32 UTC", "16:32 UTC+2", "21:02 UTC+5:30",
"10:32 UTC-4"), so that a time in UTC+2 is not read as one in UTC, nor one in UTC as the
reader's own; a time that names no zone is written without one ("16:32"). On a page that
writes its times with a zone of its own ("10:15 GMT", "09:05 Uhr (MESZ)"), a time put back
is written in that zone, when it is the time's: "10:42 GMT", "09:05 MESZ", not "10:42 UTC"
beside "10:15 GMT"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

__all__ = ["in_written_zone", "moment", "zone_minutes", "zoned_clock"]

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


def zoned_clock(when: datetime, written: Sequence[str] = ()) -> str:
    """``when``'s clock time ("16:32") and its zone: the first of the zones the page
    ``written`` (reader.ingest.date_lines.clock_zones: "GMT", "MESZ", "UTC+01:00") that
    is ``when``'s offset, else the offset from UTC ("UTC+2")."""
    when = in_written_zone(when, written)
    clock = when.strftime("%H:%M")
    offset = when.utcoffset()
    if offset is None:
        return clock
    minutes = round(offset / _MINUTE)
    zone = next((z for z in written if minutes in zone_minutes(z)), None)
    return f"{clock} {zone or _utc_offset(offset)}"


def in_written_zone(when: datetime, written: Sequence[str]) -> datetime:
    """``when`` in the zone of the page's times: as it is when its offset is one of the
    zones the page ``written`` or the page writes none (or ``when`` names none); else
    moved to the first zone written that stands for one offset only ("10:42 UTC" on a
    page writing "11:05 BST" is 11:42 there; "ET", EST or EDT, moves nothing)."""
    offset = when.utcoffset()
    if offset is None or not written:
        return when
    minutes = round(offset / _MINUTE)
    if any(minutes in zone_minutes(zone) for zone in written):
        return when
    first = zone_minutes(written[0])
    if len(first) != 1:
        return when
    return when.astimezone(timezone(timedelta(minutes=first[0])))


# the offsets from UTC, in minutes, a zone's name stands for: its own, or its summer's
# twin's for the American short names ("ET" is EST or EDT); "IST" is India's or Ireland's
# summer time, "CST" America's Central or China's
_ZONE_MINUTES: dict[str, tuple[int, ...]] = {
    "GMT": (0,),
    "UTC": (0,),
    "BST": (60,),
    "IST": (330, 60),
    "CET": (60,),
    "MEZ": (60,),
    "CEST": (120,),
    "MESZ": (120,),
    "EET": (120,),
    "OEZ": (120,),
    "EEST": (180,),
    "OESZ": (180,),
    "MSK": (180,),
    "EST": (-300,),
    "EDT": (-240,),
    "CST": (-360, 480),
    "CDT": (-300,),
    "MST": (-420,),
    "MDT": (-360,),
    "PST": (-480,),
    "PDT": (-420,),
    "ET": (-300, -240),
    "CT": (-360, -300),
    "PT": (-480, -420),
    "KST": (540,),
    "JST": (540,),
    "HKT": (480,),
    "SGT": (480,),
    "AEST": (600,),
    "AEDT": (660,),
}
# an offset as a page writes it: "UTC+01:00", "GMT+2", "UTC-5:30", "UTC+0530"
_OFFSET = re.compile(r"^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$")


def zone_minutes(zone: str) -> tuple[int, ...]:
    """The offsets from UTC, in minutes, the written ``zone`` may stand for."""
    m = _OFFSET.match(zone)
    if m is None:
        return _ZONE_MINUTES.get(zone, ())
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    return (minutes if m.group(1) == "+" else -minutes,)


def _utc_offset(offset: timedelta) -> str:
    """ "UTC", "UTC+2", "UTC-3:30", "UTC+5:45" of ``offset``."""
    minutes = round(offset / _MINUTE)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
