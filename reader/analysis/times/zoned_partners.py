"""One moment told in two zones by two linked sentences: "1852 GMT Tuesday" and "1:52 p.m.
ET Tuesday", "14:30 GMT" and "9:30 a.m. EST", "10 p.m. BST" and "2100 GMT". Each time is
told with its zone right after it (reader.analysis.times.time_zones: a zone of one
offset, or "ET" by the article's date); converted to UTC, on the days told beside them
(else around the clock), the two are one minute. A rough Numbers match, "1852 GMT ≈ 1:52
p.m. ET (converted: 1852 GMT is 1:52 p.m. ET)", as a figure told in another unit is
(reader.analysis.figures.unit_conversions). A time in local time, with no zone or in an
ambiguous one ("IST") pairs with no zoned time, nor does "ET" of an undated article (EST
or EDT); two zoned times of one clock reading that are two moments ("18:52 GMT" and
"6:52 p.m. EST") are no match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.converted_values import converted_evidence
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.mention import Mention
from reader.analysis.times.clock_times import DAY, zone_after
from reader.analysis.times.time_zones import week_turn, weekday_after, zone_offsets
from reader.ingest.calendar_words import ENGLISH_WEEKDAYS

# two moments told in zones at most this many minutes apart may be one moment told two
# ways ("10:44 a.m. EDT" and "14:46 UTC": reader.analysis.linking.zoned_moments)
CLOSE_MINUTES = 30


@dataclass(frozen=True, slots=True)
class Zoned:
    """A time mention told in a zone: its minutes of the day on that zone's clock, the
    minutes that zone may be ahead of UTC, the weekday told beside it (None when none),
    and its words with the zone ("1852 GMT")."""

    mention: Mention
    zone: str
    minutes: int
    offsets: tuple[int, ...]
    day: int | None
    shown: str


def zoned_times(f: UnitFeatures) -> list[Zoned]:
    """The time mentions of ``f`` told with a zone that converts to UTC."""
    text, folded, base = f.unit.text, f.unit.folded, f.unit.span.start
    out: list[Zoned] = []
    for m in f.numbers:
        if m.kind != "time":
            continue
        zone, end = zone_after(folded, m.span.end - base)
        offsets = zone_offsets(zone, f.published) if zone else ()
        if not offsets:
            continue
        day = weekday_after(folded, end)[0] if f.language is None else None
        hours, minutes = m.key.removeprefix("time:").split(":")
        shown = text[m.span.start - base : end]
        out.append(Zoned(m, zone, int(hours) * 60 + int(minutes), offsets, day, shown))
    return out


def one_moment(a: Zoned, b: Zoned) -> bool:
    """``a`` and ``b``, converted to UTC, may be one minute (by one of the offsets of
    each: zones_apart)."""
    return minutes_apart(a, b) == 0


def minutes_apart(a: Zoned, b: Zoned) -> int:
    """The fewest minutes between ``a`` and ``b`` converted to UTC (by any offset of each,
    on the days told beside them, else around the clock): 0 for one moment."""
    days = week_turn(a.day, b.day) or (-1, 0, 1)
    return min(
        abs(a.minutes - sa - (b.minutes - sb + d * DAY))
        for sa in a.offsets
        for sb in b.offsets
        for d in days
    )


def zoned_partners(linked: LinkedSentences) -> Iterator[tuple[Mention, Mention, str]]:
    """Each time of A and time of B, in linked sentences, one moment told in two zones,
    neither already matched, with the evidence saying so."""
    for i, js in linked.partners_of_a.items():
        own = [x for x in zoned_times(linked.fa[i]) if x.mention.span not in linked.taken_a]
        if not own:
            continue
        for j in js:
            for y in zoned_times(linked.fb[j]):
                for x in own:
                    if y.mention.span in linked.taken_b or x.zone == y.zone or not _one_told(x, y):
                        continue
                    told = f"{told_in_zone(x)} is {in_zone(x, y)}"
                    yield x.mention, y.mention, converted_evidence(x.shown, y.shown, told)


# a clock reading of the 12 hours: "1:52 p.m.", "6.30pm", "2 a.m."
_HALF_DAY = re.compile(r"[ap]\.?\s?m\b\.?", re.IGNORECASE)


def in_zone(a: Zoned, b: Zoned) -> str:
    """The moment ``a`` tells, on ``b``'s zone's clock, as ``b`` writes its time (of the
    12 hours or the 24) and zone: "06:00 GMT", "1:52 p.m. ET", "03:00 GMT the next
    day"."""
    moment = a.minutes - a.offsets[0] + b.offsets[0]
    day, minutes = divmod(moment, DAY)
    hour, minute = divmod(minutes, 60)
    if _HALF_DAY.search(b.mention.surface):
        clock = f"{(hour - 1) % 12 + 1}" + (f":{minute:02d}" if minute else "")
        clock += " a.m." if hour < 12 else " p.m."
    else:
        clock = f"{hour:02d}:{minute:02d}"
    zone = b.shown[len(b.mention.surface) :].strip()
    if a.day is not None:  # "1852 GMT Tuesday" is "1:52 p.m. ET Tuesday"
        return f"{clock} {zone} {_weekday((a.day + day) % 7)}"
    return f"{clock} {zone}{_DAYS_ON.get(day, '')}"


def told_in_zone(a: Zoned) -> str:
    """``a`` as told, with the weekday told beside it: "1852 GMT Tuesday"."""
    return a.shown if a.day is None else f"{a.shown} {_weekday(a.day)}"


def _weekday(day: int) -> str:
    return ENGLISH_WEEKDAYS[day].capitalize()


_DAYS_ON = {1: " the next day", -1: " the day before"}


def _one_told(a: Zoned, b: Zoned) -> bool:
    """``a`` and ``b`` are one moment, each zone of one offset: "1:52 p.m. ET" of an
    article with no date is EST or EDT, no match for "1852 GMT" (nor a discrepancy with
    "1752 GMT": an hour's slack, reader.analysis.conflicts.told_times)."""
    return len(a.offsets) == len(b.offsets) == 1 and one_moment(a, b)


def zones_apart(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> bool:
    """Time mentions ``ma`` of ``fa`` and ``mb`` of ``fb``, of one clock reading, are
    told in two zones that make them two moments ("18:52 GMT" and "6:52 p.m. EST")."""
    if ma.kind != "time" or mb.kind != "time":
        return False
    x, y = _zoned(fa, ma), _zoned(fb, mb)
    return x is not None and y is not None and not one_moment(x, y)


def zone_note(fa: UnitFeatures, ma: Mention, fb: UnitFeatures, mb: Mention) -> str:
    """What time ``ma`` of ``fa`` comes to in the zone of ``mb`` of ``fb``, when each is
    told in a zone of one offset and the zones differ, as a discrepancy's note: " (10:44
    a.m. EDT is 14:44 UTC)"; '' else."""
    x, y = _zoned_in(fa, ma), _zoned_in(fb, mb)
    if x is None or y is None or x.zone == y.zone or len(x.offsets) != 1 or len(y.offsets) != 1:
        return ""
    return f" ({told_in_zone(x)} is {in_zone(x, y)})"


def _zoned_in(f: UnitFeatures, m: Mention) -> Zoned | None:
    """The zoned time of ``f`` starting where ``m`` does ("10:44 a.m." of a clock time
    told "10:44 a.m. EDT on Tuesday")."""
    return next((z for z in zoned_times(f) if z.mention.span.start == m.span.start), None)


def _zoned(f: UnitFeatures, m: Mention) -> Zoned | None:
    return next((z for z in zoned_times(f) if z.mention.span == m.span), None)


def written_zone(f: UnitFeatures, m: Mention) -> str:
    """The zone written right after time mention ``m`` of ``f`` (" GMT" of "1852 GMT"),
    when it converts to UTC; '' else."""
    found = _zoned(f, m)
    return "" if found is None else found.shown[len(m.surface) :]
