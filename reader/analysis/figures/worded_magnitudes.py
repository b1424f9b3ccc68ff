"""Figures told in English words with a magnitude and a part of one: "a million", "half a
million", "a half-million", "a quarter of a million", "three-quarters of a billion", "one
and a half million", "two-and-a-half million", "a million and a half", and "half a dozen".
Read word by word, "two and a half million people" was a count of two, "half a dozen" one
of twelve and "half a million" none; each is one figure (2,500,000, 6, 500,000), which the
other article may give in digits ("2.5 million", "six", "500,000"). Told loosely ("like a
million suns", "a million times", "one in a million") it is an order of magnitude, as "a
thousand" so told is (reader.analysis.figures.hundreds_in_words.loose_thousand)."""

from __future__ import annotations

import re

from reader.analysis.figures.hundreds_in_words import WordedNumber, english_tails, loose_thousand
from reader.lazy_regex import LazyPattern, longest_first

_MAGNITUDES = {"dozen": 12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_PARTS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "three quarter": 0.75}
_GAP = r"[\s-]+"
_MAGNITUDE = r"(?P<mag>dozen|thousand|million|billion|trillion)(?![\w-])"
_WHOLE = "|".join(longest_first(map(re.escape, english_tails())))
# "half a million", "a half-million", "a quarter of a million", "three-quarters of a billion"
_PART = LazyPattern(
    rf"(?<![\w-])(?:(?:a|one){_GAP})?(?P<part>half|quarter|three{_GAP}quarters?){_GAP}"
    rf"(?:of{_GAP})?(?:(?:a|an|one){_GAP})?{_MAGNITUDE}",
    re.IGNORECASE,
)
# "two and a half million", "one-and-a-half million", "a million and a half"
_AND_A_HALF = LazyPattern(
    rf"(?<![\w-])(?:(?P<whole>{_WHOLE}){_GAP}and{_GAP}a{_GAP}half{_GAP}{_MAGNITUDE}"
    rf"|(?P<one>a|one|{_WHOLE}){_GAP}(?P<mag2>dozen|thousand|million|billion|trillion)"
    rf"{_GAP}and{_GAP}a{_GAP}half(?![\w-]))",
    re.IGNORECASE,
)
# a part of a point a rate moved by: "a quarter point", "half a percentage point",
# "three-quarters of a point", "a quarter-point cut" (the point read after it, as after
# "0.25": reader.analysis.figures.written_units)
_PART_OF_A_POINT = LazyPattern(
    rf"(?<![\w-])(?:(?:a|one){_GAP}(?P<part>half|quarter|three{_GAP}quarters?)"
    rf"(?:{_GAP}(?:of{_GAP})?a)?|(?P<part2>half|three{_GAP}quarters?){_GAP}(?:of{_GAP})?a)"
    rf"(?={_GAP}(?:percentage{_GAP})?points?(?![\w-]))",
    re.IGNORECASE,
)
# "a million", "a billion" ("a thousand", "a hundred": hundreds_in_words)
_ONE = LazyPattern(r"(?<![\w-])a\s+(?P<mag>million|billion|trillion)(?![\w-])", re.IGNORECASE)
_IN_A = LazyPattern(r"\bin\s+$", re.IGNORECASE)  # "one in a million"
# what every match of _AND_A_HALF, _PART and _PART_OF_A_POINT holds; then of _ONE: a text
# without them is not searched further (most sentences; the four patterns tried at every
# position of each were a tenth of the figures' reading)
_HALF_OR_QUARTER = LazyPattern("half|quarter", re.IGNORECASE)
_ILLION = LazyPattern("illion", re.IGNORECASE)


def worded_magnitudes(text: str) -> list[WordedNumber]:
    """The figures ``text`` tells in words with a magnitude and a part of one (see the
    module's docstring), each once, in the order read."""
    out: list[WordedNumber] = []
    parts = _HALF_OR_QUARTER.search(text) is not None
    for m in _AND_A_HALF.finditer(text) if parts else ():
        if m.group("whole"):
            whole, magnitude = _whole(m.group("whole")), m.group("mag")
        else:
            whole, magnitude = _whole(m.group("one")), m.group("mag2")
        out.append(_told(text, m.start(), m.end(), (whole + 0.5) * _MAGNITUDES[magnitude.lower()]))
    for m in _PART.finditer(text) if parts else ():
        part = _PARTS[" ".join(re.split(_GAP, m.group("part").lower()))]
        out.append(_told(text, m.start(), m.end(), part * _MAGNITUDES[m.group("mag").lower()]))
    for m in _ONE.finditer(text) if _ILLION.search(text) else ():
        out.append(_told(text, m.start(), m.end(), _MAGNITUDES[m.group("mag").lower()]))
    for m in _PART_OF_A_POINT.finditer(text) if parts else ():
        part = _PARTS[" ".join(re.split(_GAP, (m.group("part") or m.group("part2")).lower()))]
        out.append(WordedNumber(m.start(), m.end(), part))
    kept: list[WordedNumber] = []
    for w in out:  # the first read of each stretch: "half a million" is not "a million"
        if all(w.end <= k.start or w.start >= k.end for k in kept):
            kept.append(w)
    return kept


def _whole(word: str) -> float:
    low = word.lower()
    return 1.0 if low == "a" else english_tails()[low]


def _told(text: str, start: int, end: int, value: float) -> WordedNumber:
    """The figure ``value`` told at ``start .. end``, an order of magnitude when told
    loosely."""
    loose = loose_thousand(text, start, end) or _IN_A.search(text[max(0, start - 5) : start])
    return WordedNumber(start, end, value, vague=bool(loose))
