"""Counts German tells inside one adjective, the figure glued to the noun it counts:
"dreistöckig" (three-storey), "zweijährige" (two-year), "fünfköpfige" (five-member),
"3-stöckiges". As English's "three-storey", such a count qualifies a noun: it is read as
a figure with what it counts, and compared only where English compares its own (the
storeys of a building, reader.analysis.count_conflicts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from reader.analysis.lexicon import FOREIGN_NUMBER_WORDS
from reader.analysis.stems import stem

STOREY = stem("storey")  # what "three-storey" counts, however a language writes it

# the adjective's end and the noun it is made of ("stöckig": "Stock"); a building's
# storeys are told as English tells them ("storey"), so that the two compare
_ENDS = {
    "stöckig": "", "geschossig": "", "etagig": "",
    "jährig": "jahr", "monatig": "monat", "wöchig": "woche", "tägig": "tag",
    "stündig": "stunde", "minütig": "minute", "köpfig": "kopf", "teilig": "teil",
    "spurig": "spur", "sitzig": "sitz", "motorig": "motor",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CompoundCount:
    """A count inside a German adjective: the whole word's place in the text, its value
    and what it counts (stemmed)."""

    start: int
    end: int
    value: int
    counted: str


def compound_counts(text: str, stem_word: Callable[[str], str]) -> Iterator[CompoundCount]:
    """The counts inside German adjectives of ``text`` ("dreistöckige", "3-stöckigen"),
    what each counts stemmed by ``stem_word`` (the storeys of a building as "storey")."""
    for m in _compound().finditer(text):
        number = m.group("number").lower()
        value = int(number.rstrip("-")) if number[0].isdigit() else _WORDS[number]
        noun = _ENDS[m.group("end").lower()]
        yield CompoundCount(m.start(), m.end(), value, stem_word(noun) if noun else STOREY)


_WORDS = FOREIGN_NUMBER_WORDS["German"]


@cache
def _compound() -> re.Pattern[str]:
    """An adjective made of a figure (a word of two and more, or digits and a hyphen) and
    one of the ends, inflected or not ("dreistöckig", "Zweijährige", "3-stöckigen")."""
    words = "|".join(sorted(_WORDS, key=len, reverse=True))
    ends = "|".join(_ENDS)
    return re.compile(
        rf"(?<![\w.,-])(?P<number>\d+-|{words})(?P<end>{ends})(?:e|en|er|es|em)?(?!\w)",
        re.IGNORECASE,
    )
