"""Figures that count nothing another article's count could contradict: a part of a
whole ("178 of 369 punches"), the whole of a fraction ("half of the 40 homes") or of a
part told after it ("Of the 40 homes, 20 burned"), an end of a range ("between $140 and
$150 million", "10-15 people"), a score ("a 9-14 record"), a time of day ("0300 GMT")."""

from __future__ import annotations

import re

from reader.analysis.figures.currency_codes import RANGE_SIGN
from reader.analysis.words.lexicon import NUMBER_WORDS, TIME_ZONES

# a count in words that may be a part or a whole ("three of five counts", "two of the
# four charges"): one to ninety-nine; not "dozens", "hundreds", "thousands", orders of
# magnitude ("hundreds of thousands of people" counts people)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_FROM_TWO = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen"
)
_TENS_AND_ONES = rf"(?:{_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_WORD_FIGURE = rf"(?:{_TENS_AND_ONES}|one|{_FROM_TWO})"
# a part in words: not "one", which before "of" counts nothing ("one of six jurors" is one
# juror among six, a count of six jurors: reader.analysis.figures.worded_mentions)
_PART_WORD = rf"(?:{_TENS_AND_ONES}|{_FROM_TWO})"
# a part of a whole ("178 of 369 punches", "28 of his 68", "three of five counts", "3 out
# of 5"), a range ("between $140 and $150 million"): such figures count nothing that
# another article's count could contradict
_OF = r"\s+(?:out\s+)?of\s+(?:(?:his|her|their|its|the|our|those)\s+)?"
_PART_OF_AFTER = re.compile(
    _OF + rf"(?P<whole>{RANGE_SIGN}?\d|{_WORD_FIGURE}(?![\w-]))", re.IGNORECASE
)
_PART_OF_BEFORE = re.compile(rf"(?:\d|\b{_PART_WORD}){_OF}$", re.IGNORECASE)
# the whole of a fraction ("half of the 40 homes", "a third of the 300 staff",
# "three-quarters of the 400 homes"): what burned, left or lost power is the part, not
# the 40, 300 or 400; not a part of a period ("the first half of 2023", "the third
# quarter of 2024": the word before the fraction's noun tells which)
_FRACTION_OF_BEFORE = re.compile(
    r"(?:\b(?P<before>[^\W\d_]+)[\s-]+)?\b(?:half|halves|thirds?|quarters?|fifths?|sixths?"
    r"|eighths?|tenths?)" + _OF + "$",
    re.IGNORECASE,
)
_PERIOD_WORDS = frozenset(
    ("the", "first", "second", "third", "fourth", "final", "last", "next", "previous",
     "latter", "former", "same", "this", "that", "each", "every", "other")
)  # fmt: skip
# the whole a sentence opens with, its part told later: "Of the 40 homes on the street,
# 20 burned", "Of those 12, two were children"
_WHOLE_FIRST = re.compile(r"^\W*of\s+(?:(?:the|those|these|its|their|his|her)\s+)?$", re.I)
# a range's ends, each with its currency's sign ("between $140 and $150 million", "between
# C$4,000 and C$4,500", "HK$4,000 to HK$4,500")
_RANGE_BEFORE = re.compile(
    rf"(?:\bbetween\s+(?:{RANGE_SIGN}?[\d.,]+(?:\s+(?:thousand|million|billion))?\s+and\s+)?"
    rf"|\d(?:\s+(?:thousand|million|billion))?\s+to\s+){RANGE_SIGN}?$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(rf"\s*(?:[-–]|to\b)\s*{RANGE_SIGN}?\d")
# "0300 GMT", "1100 hrs IST": a time of day, not a count
_CLOCK_AFTER = re.compile(r"\s*(?:hrs|" + "|".join(sorted(TIME_ZONES)) + r")\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(rf"\d[-–]\s?{RANGE_SIGN}?$")  # "9-14", "$140- $150"


def whole_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the whole of the part at ``start .. end`` is written ("won 87 of the 150
    seats": the "150"), when the figure is a part told with its whole and not itself an
    end of a range or the whole of another part; else None. Such a part counts what its
    whole counts ("87 of the 150 seats" against "85 seats" is a discrepancy), though the
    whole counts nothing."""
    part = _PART_OF_AFTER.match(text, end)
    if part is None or whole_of_a_part(text, start):
        return None
    if _RANGE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return None
    if _SCORE_BEFORE.search(text, max(0, start - 6), start) is not None:
        return None
    if not part.group("whole")[-1].isdigit():
        return part.span("whole")  # "three of five counts": the "five"
    whole = _WHOLE.match(text, part.end() - 1)
    return None if whole is None else (whole.start(), whole.end())


def whole_value(text: str, start: int, end: int) -> str:
    """The value of the whole written at ``start .. end`` ("150", "1,200", "five",
    "twenty-one"), its digits alone: "5" for "five" as for "5"."""
    written = text[start:end].lower()
    if written[:1].isdigit():
        return written.replace(",", "")
    return str(sum(NUMBER_WORDS[part] for part in written.split("-")))


_WHOLE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def whole_of_a_part(text: str, start: int) -> bool:
    """The figure starting at ``start`` of ``text`` is the whole of a part told before it
    ("178 of 369", "three of five"), of a fraction ("half of the 40") or of a part told
    after it ("Of the 40 homes, 20 burned": ``text`` is the sentence)."""
    if _PART_OF_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    if _WHOLE_FIRST.search(text, 0, start) is not None:
        return True
    fraction = _FRACTION_OF_BEFORE.search(text, max(0, start - 40), start)
    return fraction is not None and (fraction["before"] or "").lower() not in _PERIOD_WORDS


def part_or_range(text: str, start: int, end: int) -> bool:
    """The figure at ``start .. end`` is a part of a whole, the whole of a part, or an end
    of a "between ... and ..." range."""
    return (
        _PART_OF_AFTER.match(text, end) is not None
        or _RANGE_AFTER.match(text, end) is not None
        or whole_of_a_part(text, start)
        or _RANGE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def counts_nothing(text: str, start: int, end: int, whole: str) -> bool:
    """The figure at ``start .. end`` (its whole part written ``whole``) is a time of day
    ("0300 GMT"), the second of a score ("a 9-14 record"), a part or an end of a range."""
    clock = len(whole) == 4 and _CLOCK_AFTER.match(text, end) is not None
    return (
        clock
        or _SCORE_BEFORE.search(text, max(0, start - 6), start) is not None
        or part_or_range(text, start, end)
    )
