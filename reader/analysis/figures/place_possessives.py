"""A country named in the possessive before a noun of its own ("an officer of Karvestan's
military intelligence who was sentenced to 16 years"): it tells whose the noun is, as its
nationality would ("a colonel in Karvestani military intelligence serving an 18-year
sentence"), not whose count the figure after it is.

The nearest name before a figure is read as whose count it is
(reader.analysis.figures.count_owners), and a nationality is no such name; a country in
the possessive was, so the two sentences telling one man's sentence, one with
"Russia's military intelligence" and one with "Russian military intelligence", read as
counts of two owners and their figures were not compared. A name is such a country when
it is followed by "'s" and a word in small letters, and its nationality is known
(reader.analysis.words.lexicon.DEMONYMS: "russia" of "russian") or named in either
sentence as the country's name with an ending of nationality ("karvestani",
"karvestanis" of "karvestan"). A person's possessive ("Hunter's $90 million deal", "the
Nationals' offer") still owns what follows.
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS

_POSSESSIVE_NOUN = re.compile(r"['\u2019]s\s+[a-z]")
# the endings that make a country's name its nationality: "karvestan" -> "karvestani"
_ENDINGS = ("n", "i", "ian", "ese", "ish")


def place_before_noun(f: UnitFeatures, name: Mention, other: UnitFeatures) -> bool:
    """``name`` of sentence ``f`` is a country told in the possessive before a noun, whose
    nationality ``f`` or the ``other`` sentence names or is known (see the module)."""
    base = f.unit.span.start
    if _POSSESSIVE_NOUN.match(f.unit.text, name.span.end - base) is None:
        return False
    keys = f.name_keys | other.name_keys
    for ending in _ENDINGS:
        nationality = f"{name.key}{ending}"
        if nationality in DEMONYMS or nationality in keys or f"{nationality}s" in keys:
            return True
    return False
