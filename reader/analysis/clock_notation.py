"""One spelling for the clock times of a quotation, so that two quotations telling the
same time in two notations read alike: "6:41pm PST" and "18:41", "0241 GMT" and "02:41
GMT", "18h41", "18.41 Uhr" are each read as the 24-hour time, its zone left out (one
quotation may give the zone its reporter leaves out)."""

from __future__ import annotations

import re


def one_notation(text: str) -> str:
    """``text`` (folded, lower-case) with each clock time written as "t" and its four
    24-hour digits ("6:41pm pst" -> "t1841", "0241 gmt" -> "t0241")."""
    return _TIME.sub(_written, text)


def _written(m: re.Match[str]) -> str:
    hour = int(m.group("h") or m.group("hh"))
    minute = m.group("m") or m.group("mm")
    half = (m.group("half") or "").replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return f"t{hour:02d}{minute}"


_ZONES = "pst|pdt|est|edt|cst|cdt|mst|mdt|gmt|utc|bst|cet|cest|ist|local time"
_TIME = re.compile(
    # "6:41pm", "6.41 p.m.", "18:41", "18h41", "18.41 uhr"; then its zone, if any
    r"(?<![\w:.])(?:(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)"
    r"(?:\s?(?P<half>a\.?m\.?|p\.?m\.?)(?!\w))?(?:\s+(?:uhr|heures|horas|hrs)\b)?"
    # "0241 gmt", "1300 hrs": four digits are a time only with a zone or "hours" after them
    rf"|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s+(?:{_ZONES}|hrs|hours)\b))"
    rf"(?:\s+(?:{_ZONES})\b)?(?![.:]?\d)"
)
