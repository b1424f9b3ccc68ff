"""The zones a clock time is told in, as minutes ahead of UTC: "1852 GMT" is 18:52 UTC,
"1:52 p.m. EST" 18:52 UTC, "4 a.m. CET" 03:00 UTC, "9 a.m. JST" 00:00 UTC. A zone named
for its standard or summer time ("EST", "EDT", "BST") has one offset; one named for both
("ET", "PT", "CT", "MT", "Eastern time", "British time", "New York time") has the one of
the article's date, or either when the article has no date (the two then compare with an
hour's slack). A zone whose name stands for places far apart ("IST": India, Ireland or
Israel) has none, and is compared only with itself; "CST" is America's Central time, as
English news write it (China's is "Beijing time"). The offsets are those of
reader.ingest.zoned_times.

A weekday told right after a zoned time ("1852 GMT Tuesday", "1:52 p.m. ET on Tuesday")
is that time's day in its zone: "1852 GMT Tuesday" and "1:52 p.m. ET Wednesday" are a day
apart, not one moment."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader.analysis.times.city_zones import zone_named
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS
from reader.ingest.zoned_times import zone_minutes
from reader.lazy_regex import LazyPattern

# the zones read after four figures ("1852 GMT", "0300 UTC"), written as news write them;
# then after a clock time, with the two-letter ones ("1:52 p.m. ET": "1500 MT" may be
# metric tons)
WIRE_ZONES = (
    r"GMT|UTC|BST|CEST|CET|MESZ|MEZ|EEST|EET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT"
    r"|IST|JST|KST|HKT|SGT|AEST|AEDT"
)
ZONE_NAMES = rf"{WIRE_ZONES}|ET|CT|MT|PT"

# a zone named for its standard and its summer time: the offsets of each, and the dates
# its summer runs from and to (the rule of the United States or of the European Union)
_US, _EU = "US", "EU"
_SEASONAL: dict[str, tuple[int, int, str]] = {
    "et": (-300, -240, _US),
    "eastern time": (-300, -240, _US),
    "ct": (-360, -300, _US),
    "central time": (-360, -300, _US),
    "mt": (-420, -360, _US),
    "mountain time": (-420, -360, _US),
    "pt": (-480, -420, _US),
    "pacific time": (-480, -420, _US),
    "british time": (0, 60, _EU),
    "central european time": (60, 120, _EU),
}
# read here otherwise than the page's zones are (reader.ingest.zoned_times): "Z", the
# military's UTC ("1852Z"); "CST", America's
_OWN: dict[str, tuple[int, ...]] = {"z": (0,), "cst": (-360,)}


def zone_offsets(zone: str, published: date | None) -> tuple[int, ...]:
    """The minutes ahead of UTC a time told in ``zone`` (lower-case, as
    reader.analysis.times.clock_times reads it) may be, in an article of date
    ``published`` (None: unknown); () for no zone, local time, or a zone whose name
    stands for places far apart ("ist"). A place's time is its zone's ("new york time":
    reader.analysis.times.city_zones)."""
    zone = zone_named(zone)
    seasonal = _SEASONAL.get(zone)
    if seasonal is not None:
        standard, summer, rule = seasonal
        if published is None:
            return (standard, summer)
        return (summer,) if _in_summer(published, rule) else (standard,)
    own = _OWN.get(zone) or zone_minutes(zone.upper())
    return own if len(own) == 1 else ()


def _in_summer(day: date, rule: str) -> bool:
    """``day`` falls in the summer time of ``rule``: in the United States from March's
    second Sunday to November's first; in the European Union from March's last Sunday to
    October's last."""
    if rule == _US:
        start, end = _sunday(day.year, 3, 1) + timedelta(7), _sunday(day.year, 11, 1)
    else:
        start, end = _sunday(day.year, 3, 25), _sunday(day.year, 10, 25)
    return start <= day < end


def _sunday(year: int, month: int, day: int) -> date:
    """The first Sunday on or after ``year``-``month``-``day`` (the 25th: the month's last)."""
    first = date(year, month, day)
    return first + timedelta((6 - first.weekday()) % 7)


def weekday_after(text: str, end: int) -> tuple[int | None, int]:
    """The weekday (Monday 0) told right after a zoned time ending at ``end`` of
    ``text`` ("1852 GMT Tuesday", "3 p.m. EST on Monday") and where it ends; None and
    ``end`` when none is."""
    m = _WEEKDAY.match(text, end)
    if m is None:
        return None, end
    return ENGLISH_WEEKDAYS.index(m.group("day").lower()), m.end()


_WEEKDAY = LazyPattern(
    rf"\s*,?\s*(?:on\s+)?(?P<day>{'|'.join(ENGLISH_WEEKDAYS)})\b",
    re.IGNORECASE,
)


def week_turn(day_a: int | None, day_b: int | None) -> tuple[int, ...] | None:
    """The days ``day_b`` lies after ``day_a`` (-3 to 3), when both are told; None else."""
    if day_a is None or day_b is None:
        return None
    return ((day_b - day_a + 3) % 7 - 3,)
