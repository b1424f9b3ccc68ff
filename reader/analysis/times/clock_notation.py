"""One spelling for the clock times of a quotation, so that two quotations telling the
same time in two notations read alike: "6:41pm PST" and "18:41", "0241 GMT" and "02:41
GMT", "18h41", "18.41 Uhr" are each read as the 24-hour time. A zone is kept with its
time ("t1841pst"), and :func:`agreed_zones` then leaves it out unless the other quotation
gives the same time in another zone: one quotation may give the zone its reporter leaves
out ("6:41pm PST" = "18:41"), but "6:41pm PST" and "18:41 GMT" are two times. A time in
one zone against another time in another zone ("6:41pm PST" and "0241 GMT", one moment)
is not converted: the clock readings differ and so do the words."""

from __future__ import annotations

import re
from collections.abc import Sequence


def one_notation(text: str) -> str:
    """``text`` (folded, lower-case) with each clock time written as "t", its four 24-hour
    digits and its zone, if any ("6:41pm pst" -> "t1841pst", "0241 gmt" -> "t0241gmt",
    "18:41" -> "t1841"); "local time" is no zone ("18:41 local time" -> "t1841")."""
    return _TIME.sub(_written, text)


def agreed_zones(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words ``a`` and ``b`` of two quotations (read by :func:`one_notation`) with the
    zone of each clock time left out, unless the other quotation gives that time in
    another zone only ("t1841pst" and "t1841" -> "t1841" and "t1841"; "t1841pst" and
    "t1841gmt" stay as they are)."""
    zones_a, zones_b = _zones(a), _zones(b)
    return _without_zones(a, zones_b), _without_zones(b, zones_a)


def _zones(words: Sequence[str]) -> dict[str, set[str]]:
    """The zones each clock time of ``words`` is given in ('' for none)."""
    out: dict[str, set[str]] = {}
    for w in words:
        found = _WRITTEN.fullmatch(w)
        if found is not None:
            out.setdefault(found.group(1), set()).add(found.group(2))
    return out


def _without_zones(words: Sequence[str], other: dict[str, set[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        found = _WRITTEN.fullmatch(w)
        if found is not None and found.group(2):
            time, zone = found.groups()
            told = other.get(time, set())
            if not told or "" in told or zone in told:
                w = f"t{time}"  # the other gives this time with no zone or this one
        out.append(w)
    return tuple(out)


def _written(m: re.Match[str]) -> str:
    hour = int(m.group("h") or m.group("hh"))
    minute = m.group("m") or m.group("mm")
    half = (m.group("half") or "").replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    zone = m.group("zone") or ""
    return f"t{hour:02d}{minute}{'' if zone == 'local time' else zone}"


_ZONES = "pst|pdt|est|edt|cst|cdt|mst|mdt|gmt|utc|bst|cet|cest|ist|local time"
_TIME = re.compile(
    # "6:41pm", "6.41 p.m.", "18:41", "18h41", "18.41 uhr"; then its zone, if any
    r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)"
    r"(?:\s?(?P<half>a\.?m\.?|p\.?m\.?)(?!\w))?(?:\s+(?:uhr|heures|horas|hrs)\b)?"
    # "0241 gmt", "1300 hrs": four digits are a time only with a zone or "hours" after them
    rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s+(?:{_ZONES}|hrs|hours)\b))"
    rf"(?:\s+(?P<zone>{_ZONES})\b)?(?![.:]?\d)"
)
# a clock time as one_notation writes it: its four digits, then its zone
_WRITTEN = re.compile(r"t(\d{4})([a-z]*)")
