"""The currency of a range's second end written with no sign: "between $4,000 and 4,500",
"€3-4 million", "from C$2 to 3 billion" tell both ends in the first's currency. An end of
a range counts nothing (reader.analysis.figures.parts_and_ranges), so its currency was
read from its own sign alone (reader.analysis.figures.currency_codes.told_currency), and
an end with none paired with a sum of any currency: "4,500" of "between $4,000 and 4,500"
with another article's "€4,500", "4 million" of "€3-4 million" with "$4 million"."""

from __future__ import annotations

import re

from reader.analysis.figures.currency_codes import RANGE_SIGN, SIGNS

# the first end and its sign right before the second end: "between $4,000 and ", "€3-",
# "C$2 to ", "$3 million to ", "$3m-"
_FIRST_END = re.compile(
    rf"(?:\bbetween\s+(?P<between>{RANGE_SIGN})|(?<![\w$€£¥₹])(?P<sign>{RANGE_SIGN}))"
    r"\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"(?(between)\s+and\s+|\s*(?:[-–]|\bto\b)\s*)$",
    re.IGNORECASE,
)


def range_currency(text: str, start: int) -> str:
    """The currency of the first end of a range whose second end, with no sign, starts at
    ``start`` of ``text`` ("usd" for "4,500" of "between $4,000 and 4,500"); '' when the
    figure follows no first end with a sign."""
    first = _FIRST_END.search(text, max(0, start - 40), start)
    if first is None:
        return ""
    return SIGNS[first.group("between") or first.group("sign")]
