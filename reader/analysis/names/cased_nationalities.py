"""Nationality nouns told by their case: English capitalises nationalities, so a word that
is both a nationality and a common noun names people only when capitalised ("12 Poles",
"three Swedes", "two Afghans") and a thing in small letters ("12 poles" knocked down by a
storm, "a sack of swedes", "knitted afghans"). Other languages write such words in small
letters or capitalise every noun (German), so their case tells nothing."""

from __future__ import annotations

from reader.analysis.words.lexicon import DEMONYMS, NATIONALITIES_ALSO_COMMON
from reader.analysis.words.stems import stem

# what a count of the common nouns counts ("pole" of "12 poles"): no nationality
COMMON_NOUN_UNITS = frozenset(stem(w) for w in NATIONALITIES_ALSO_COMMON)
# what a count of the nationalities counts ("poles" of "12 Poles"): people
NATIONALITY_UNITS = frozenset(w if w.endswith("s") else f"{w}s" for w in NATIONALITIES_ALSO_COMMON)


def nationality_unit(word: str) -> str:
    """The unit word of a count of ``word`` (as written after the figure) when it is a
    nationality that is also a common noun, capitalised: its plural in small letters
    ("poles" of "12 Poles"), which no stem of the common noun ("pole") is; '' for any
    other word."""
    low = word.lower()
    if word.islower() or low not in NATIONALITIES_ALSO_COMMON:
        return ""
    return low if low.endswith("s") else f"{low}s"


def common_noun_written(word: str) -> bool:
    """``word`` is a nationality that is also a common noun, written in small letters
    ("poles", "swedes"): the common noun."""
    return word.islower() and word in NATIONALITIES_ALSO_COMMON


def names_nationality(word: str) -> bool:
    """``word``, as written, names a nationality ("Somalis", "Somalian", "Poles", "a
    Pole"), not a common noun in small letters ("poles")."""
    low = word.lower()
    if low in NATIONALITIES_ALSO_COMMON:
        return not common_noun_written(word)
    return low in DEMONYMS or (low.endswith("an") and low[:-2] in DEMONYMS)
