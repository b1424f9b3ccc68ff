"""A share told as so many of so many: "un TGV sur trois", "deux trains Intercités sur
cinq", "one in three", "one in every four", "uno de cada tres", "dos de cada cinco
trenes". It is a fraction ("un sur trois" is a third, "deux sur cinq" 40%), read as such
by reader.analysis.figures.fraction_words; its two figures are no counts of their own
(reader.analysis.figures.number_mentions): "Deux trains Intercités sur cinq" and "quatre
trains régionaux sur dix" are two shares of 40%, not two trains against four. ("3 out of
5 counts" is a part of a whole, a count of counts: reader.analysis.figures.parts_and_ranges.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, NUMBER_WORDS
from reader.lazy_regex import longest_first

# "one" in the languages a ratio is read in: each one's word for one is no count of
# FOREIGN_NUMBER_WORDS (which start at two)
_ONE = {"one": 1, "un": 1, "une": 1, "uno": 1, "una": 1}
# the largest whole a ratio is told of ("un Français sur cent")
_MOST = 100
# words between the part and "sur": "deux trains Intercités sur cinq" (French puts the
# noun between the two figures; English and Spanish after them)
_BETWEEN = r"(?:\s+[^\W\d_][\w'-]*){0,3}"
# after the whole, no more digits ("sur 3 000" is a count) nor a unit of time ("two in
# three days" is no ratio)
_NOT_AFTER = r"(?![\d\w]|[ \u00a0\u202f.,]\d|\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b)"


# "nine out of 10"
_OUT_OF = r"|\s+out\s+of"


@dataclass(frozen=True, slots=True)
class Ratio:
    """A ratio at ``start .. end`` of its text: ``part`` of every ``whole``."""

    start: int
    end: int
    part: int
    whole: int

    @property
    def percent(self) -> float:
        return 100 * self.part / self.whole


def ratios(text: str, out_of: bool = False) -> Iterator[Ratio]:
    """The ratios of ``text``, the part fewer than the whole; ``out_of``: also those told
    "out of" ("nine out of 10"), a share when read as a fraction, but as figures a part
    of a whole (each a count: reader.analysis.figures.parts_and_ranges)."""
    if _connector(out_of).search(text) is None:
        return  # no "sur", "in", "de cada" ... before a figure: no ratio
    values = _values()
    for m in _pattern(out_of).finditer(text):
        part, whole = _value(m.group("part"), values), _value(m.group("whole"), values)
        if 0 < part < whole <= _MOST:
            yield Ratio(m.start(), m.end(), part, whole)


def _value(word: str, values: dict[str, int]) -> int:
    return int(word) if word.isdigit() else values[word.lower()]


@cache
def _values() -> dict[str, int]:
    out = dict(_ONE)
    out.update(NUMBER_WORDS)
    for language in ("French", "Spanish"):
        out.update(FOREIGN_NUMBER_WORDS[language])
    return {w: v for w, v in out.items() if 0 < v <= _MOST and w not in ("dozen", "dozens")}


@cache
def _connector(out_of: bool) -> re.Pattern[str]:
    """What every match of ``_pattern(out_of)`` holds: the last word before its whole
    ("sur", "in", "every", "cada", and with ``out_of`` "of") between white space, then a
    digit or a number word. A text without it holds no ratio; searched first, since
    ``_pattern`` tried at every position of every sentence was the costliest reading of
    the figures (1,525 sentences of two 100,000-character articles: 0.46 s, this 0.02 s)."""
    words = "|".join(longest_first(_values()))
    last = "sur|in|every|cada|of" if out_of else "sur|in|every|cada"
    return re.compile(rf"\s(?:{last})\s+(?:\d|{words})", re.IGNORECASE)


@cache
def _pattern(out_of: bool) -> re.Pattern[str]:
    words = "|".join(longest_first(_values()))
    figure = rf"(?:\d{{1,3}}|{words})"
    part = rf"(?<![\w.,])(?<![\d][ \u00a0\u202f])(?P<part>{figure})"
    return re.compile(
        rf"{part}(?:{_BETWEEN}\s+sur|\s+in(?:\s+every)?|\s+de\s+cada{_OUT_OF if out_of else ''})"
        rf"\s+(?P<whole>{figure}){_NOT_AFTER}",
        re.IGNORECASE,
    )
