"""A name between a figure and the noun it counts tells whose or what kind of thing is
counted, as an adjective would: "400 Al-Shabaab fighters", "12 Boko Haram fighters",
"200 al-Qaida militants", "30 Hamas-run schools", "5 Russian-made drones" count fighters,
militants, schools and drones, not the name. In English only: German capitalises every
noun ("400 Feuerwehr-Leute sind"), and French, Spanish, Italian and Portuguese tell the
name after the noun ("400 combattants d'Al-Shabaab")."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.cased_nationalities import nationality_unit
from reader.analysis.lexicon import DEMONYMS, STOPWORDS
from reader.analysis.stems import WORD

_LONGEST = 3  # words of a name before the noun: "12 Malaysia Airlines crew"


def past_name(text: str, end: int, counted: Callable[[str], bool], language: str | None) -> int:
    """Where the noun a figure ending at ``end`` of ``text`` counts comes after a name of
    up to three words in capitals (``language`` English, None): the name's end, when the
    word after it is in small letters and ``counted`` (a plural, "fighters", or a group,
    "crew"); else ``end``. A nationality in capitals is what is counted, as before ("12
    Somali pirates", "12 Poles"), unless a word in small letters is hyphened to it
    ("5 Russian-made drones")."""
    if language is not None:
        return end
    pos = end
    for told in range(_LONGEST + 1):
        m = WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            return end
        word = m.group()
        if word.islower():
            noun = told > 0 and word not in STOPWORDS and counted(word)
            return pos if noun else end
        if told == _LONGEST or (told == 0 and _nationality(word)):
            return end
        pos = m.end()
    return end


def _nationality(word: str) -> bool:
    """``word``, capitalised, names a nationality or a party's people ("Somali",
    "Somalian", "Democrats", "Poles"), with no word in small letters hyphened to it
    ("Russian-made")."""
    if any(part.islower() for part in word.split("-")[1:]):
        return False
    low = word.lower()
    one = low[:-1] if low.endswith("ans") else low  # "Somalians"
    also = one[:-2] if one.endswith("an") else low  # "Somalian", as "Somali"
    return low in DEMONYMS or also in DEMONYMS or bool(nationality_unit(word))
