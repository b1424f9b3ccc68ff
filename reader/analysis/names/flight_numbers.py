"""A flight's name with its number: "Flight 4417" (a run of capitalised words stops at the
figure, so the name read was "Flight" alone) and "Flight XC4417" (the number after the
airline's two-character code) both keyed "flight 4417", so one report's name links the
other's."""

from __future__ import annotations

import re

# a flight's number after "Flight" or after its airline's code ("Flight XC 4417")
_NUMBER_AFTER = re.compile(r" (?P<number>\d{1,4})\b")
_CODE = r"(?:[a-z]{2}|[a-z]\d|\d[a-z])"
_FLIGHT_KEY = re.compile(rf"flight(?: {_CODE})?")
_CODED_KEY = re.compile(rf"flight {_CODE}(?P<number>\d{{1,4}})")


def flight_name(text: str, end: int, key: str) -> tuple[int, str]:
    """The end and the key of the name keyed ``key`` that ends at ``end`` of ``text``: a
    lone "Flight" (or "Flight XC") runs on to its number ("Flight 4417"), a flight's code
    is left out of its key ("Flight XC4417" as "flight 4417"); any other name as it is."""
    if _FLIGHT_KEY.fullmatch(key):
        number = _NUMBER_AFTER.match(text, end)
        if number is not None:
            return number.end(), f"flight {int(number.group('number'))}"
    coded = _CODED_KEY.fullmatch(key)
    if coded is not None:
        return end, f"flight {int(coded.group('number'))}"
    return end, key
