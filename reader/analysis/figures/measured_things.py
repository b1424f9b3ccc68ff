"""What a measure hyphened to its noun measures ("a 3.5-metre surge": the surge; "a
4-metre boat": the boat), against what another measure measures ("a surge of 4 metres",
"a wall 12 metres high", "12 metres of water"): two sizes compare only when of one thing,
so "a 4-metre boat" is not contradicted by "14 metres of water"."""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.written_units import UNIT, UNIT_WORDS, past_unit
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import STOPWORDS
from reader.analysis.words.stems import WORD, stem
from reader.lazy_regex import LazyPattern


def hyphened_measure(m: Mention) -> bool:
    """``m`` is a figure hyphened to a unit of measure ("a 3.5-metre surge", "a
    14-meter wall"): it tells the size of the noun after it."""
    return m.qualifier and m.unit_word in UNIT_WORDS


def one_thing_measured(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Measures ``na`` of ``fa`` and ``nb`` of ``fb``, one of them hyphened to its noun,
    measure one thing: the noun a hyphened one sizes is the other's ("a 3.5-metre surge"
    and "a 4-metre surge"), or is told right before the other ("a surge of 4 metres", "a
    wall 12 metres high"), unless that one measures what follows it ("14 metres of
    water")."""
    return bool(_things(fa, na) & _things(fb, nb))


def _things(f: UnitFeatures, m: Mention) -> set[str]:
    """The words (stemmed) telling what measure ``m`` of ``f`` measures: the noun after a
    hyphened one (two words at most, to a stopword); the noun after "of" ("12 metres of
    water"); else the words around it (three before, two after its unit)."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, past_unit(text, m.span.end - base)
    if m.qualifier:
        return _stems(_up_to_stopword(_words(text, end, end + 30)[:2]))
    of = _OF_THING.match(text, end)
    if of is not None:
        return _stems([of.group(1)])
    before = _words(text, max(0, start - 40), start)[-3:]
    return _stems(before + _words(text, end, end + 30)[:2])


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.group() for w in WORD.finditer(text, start, end)]


def _up_to_stopword(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w.lower() in STOPWORDS:
            break
        out.append(w)
    return out


def _stems(words: list[str]) -> set[str]:
    return {stem(w.lower()) for w in words if w.lower() not in STOPWORDS and not UNIT.fullmatch(w)}


# "12 metres of water", "500mm of rain": what the measure is of
_OF_THING = LazyPattern(r"\s+of\s+(?:the\s+|its\s+)?([^\W\d_]{3,})", re.IGNORECASE)
