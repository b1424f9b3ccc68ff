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


def airline_apart(
    text: str, offset: int, words: list[tuple[int, str]]
) -> list[list[tuple[int, str]]]:
    """A run of ``text`` (at ``offset``, its words at their offsets from it) naming an
    airline and its flight ("Coastline Air Flight 4417", "Coastline Air Flight XC4417"),
    as two: the airline's name and the flight's ("Coastline Air Flight", read as one
    name, gave "Flight" to the pair's words named inside a sentence, and "Flight
    attendants" opening one was a name); any other run as it is."""
    for k in range(1, len(words)):
        if words[k][1] != "Flight":
            continue
        rest = " ".join(w for _, w in words[k:]).lower()
        end = offset + words[-1][0] + len(words[-1][1])
        if _CODED_KEY.fullmatch(rest) or (
            _FLIGHT_KEY.fullmatch(rest) and _NUMBER_AFTER.match(text, end) is not None
        ):
            return [words[:k], words[k:]]
    return [words]
