"""The currency of a range's second end written with no sign: "between $4,000 and 4,500",
"€3-4 million", "from C$2 to 3 billion" tell both ends in the first's currency. An end of
a range counts nothing (reader.analysis.figures.parts_and_ranges), so its currency was
read from its own sign alone (reader.analysis.figures.currency_codes.told_currency), and
an end with none paired with a sum of any currency: "4,500" of "between $4,000 and 4,500"
with another article's "€4,500", "4 million" of "€3-4 million" with "$4 million".

The reverse too: a currency named after the second end only ("between 4,000 and 4,500
euros", "4,000-4,500 euros", "3 to 4 million dollars") is the first end's as well
(:func:`later_currency`)."""

from __future__ import annotations

import re

from reader.analysis.figures.currency_codes import RANGE_SIGN, SIGNS
from reader.analysis.figures.money_words import currency_after

# the first end and its sign right before the second end: "between $4,000 and ", "€3-",
# "C$2 to ", "$3 million to ", "$3m-"
_FIRST_END = re.compile(
    rf"(?:\bbetween\s+(?P<between>{RANGE_SIGN})|(?<![\w$€£¥₹])(?P<sign>{RANGE_SIGN}))"
    r"\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"(?(between)\s+and\s+|\s*(?:[-–]|\bto\b)\s*)$",
    re.IGNORECASE,
)

_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
# the second end after a first end with no sign: " and 4,500" (after "between"), "-4,500",
# " to 4 million"
_SECOND_END = re.compile(rf"(?:\s+and\s+|\s*(?:[-–]|\bto\b)\s*)\d[\d.,]*{_SCALE}", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def later_currency(text: str, start: int, end: int) -> str:
    """The currency named after the second end of a range whose first end, with no
    sign, is ``text[start:end]`` ("eur" for "4,000" of "between 4,000 and 4,500 euros",
    "4,000-4,500 euros"); '' when no second end follows or no currency is named after
    it ("4,000 and 4,500 euros" with no "between" is no range)."""
    second = _SECOND_END.match(text, end)
    if second is None:
        return ""
    joined = text[end : second.end()].lstrip().lower().startswith("and")
    if joined and _BETWEEN.search(text, max(0, start - 10), start) is None:
        return ""
    return currency_after(text, second.end())


def range_currency(text: str, start: int) -> str:
    """The currency of the first end of a range whose second end, with no sign, starts at
    ``start`` of ``text`` ("usd" for "4,500" of "between $4,000 and 4,500"); '' when the
    figure follows no first end with a sign."""
    first = _FIRST_END.search(text, max(0, start - 40), start)
    if first is None:
        return ""
    return SIGNS[first.group("between") or first.group("sign")]
