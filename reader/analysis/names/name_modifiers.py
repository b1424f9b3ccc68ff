"""A name between a figure and the noun it counts tells whose or what kind of thing is
counted, as an adjective would: "400 Al-Shabaab fighters", "12 Boko Haram fighters",
"200 al-Qaida militants", "30 Hamas-run schools", "5 Russian-made drones", "2,000 U.S.
troops", "3,000 U.S.-led troops" count fighters, militants, schools, drones and troops,
not the name; so does "400 Al-Shabaab Fighters Killed", a Title Case headline whose
capitals name nothing. After an abbreviation ("U.S.", "U.K.", "US", "NATO") a capitalised
plural closing the name is what is counted ("2,000 U.S. Marines", "500 U.S. Army
Rangers"), and an abbreviation with dots is never counted itself ("2,000 U.S. and British
troops"). In English only: German capitalises every noun ("400
Feuerwehr-Leute sind"), and French, Spanish, Italian and Portuguese tell the name after
the noun ("400 combattants d'Al-Shabaab")."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.analysis.names.cased_nationalities import nationality_unit
from reader.analysis.words.headline_case import headline_case
from reader.analysis.words.lexicon import DEMONYMS, STOPWORDS
from reader.analysis.words.stems import WORD

_LONGEST = 3  # words of a name before the noun: "12 Malaysia Airlines crew"
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.N.", "U.K."
# a word of a name: "Al-Shabaab", or an abbreviation with dots, alone or hyphened to a
# word in small letters ("U.S.", "U.N.", "U.S.-led")
_NAME_WORD = re.compile(rf"{_DOTTED.pattern}(?:-[a-z]+)?|{WORD.pattern}")
# an abbreviation in capitals, with dots or without ("U.S.", "US", "NATO")
_ABBREVIATION = re.compile(rf"{_DOTTED.pattern}(?:-[a-z]+)?|[A-Z]{{2,5}}")
_AND_NAME = re.compile(r" and(?= [A-Z])")  # "U.S. and British troops"


def past_name(text: str, end: int, counted: Callable[[str], bool], language: str | None) -> int:
    """Where the noun a figure ending at ``end`` of ``text`` counts comes after a name of
    up to three words in capitals (``language`` English, None): the name's end, when the
    word after it is ``counted`` (a plural, "fighters", or a group, "crew") and in small
    letters, or capitalised in a Title Case line or after an abbreviation ("2,000 U.S.
    Marines"); else ``end``, or past an abbreviation with dots that opens the name, whose
    letters count nothing ("2,000 U.S. and British troops", "another 2,000 U.S. and 300
    British troops"). A nationality in capitals is what is counted, as before ("12 Somali
    pirates", "12 Poles"), unless a word in small letters is hyphened to it ("5
    Russian-made drones") or it opens the name of a body before a group noun ("a
    5,000-strong African Union force")."""
    if language is not None:
        return end
    pos = end
    national = False  # the name opens with a nationality: "African Union"
    abbreviated = False  # the name opens with an abbreviation: "U.S. Marines"
    named = end  # where the name ends when no noun in small letters follows it
    for told in range(_LONGEST + 1):
        m = _NAME_WORD.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            return named
        word = m.group()
        low = word.lower()
        noun = told > 0 and low not in STOPWORDS and counted(low)
        # after a nationality, a body's name and a group noun: "African Union force",
        # not "Somali crew" nor "Somali Navy pirates" (the nationality counts them)
        noun = noun and not (national and (told == 1 or low.endswith("s")))
        if word.islower():
            return pos if noun else named
        if noun and headline_case(text):  # "400 Al-Shabaab Fighters Killed"
            return pos
        if noun and abbreviated:  # "2,000 U.S. Marines", "500 U.S. Army Rangers"
            named = pos
        if told == _LONGEST:
            return named
        national = national or (told == 0 and _nationality(word))
        abbreviated = abbreviated or (told == 0 and _ABBREVIATION.fullmatch(word) is not None)
        pos = m.end()
        if told == 0 and _DOTTED.match(word):
            named = pos  # "U.S." is no count of "u"
            also = _AND_NAME.match(text, pos)
            pos = also.end() if also is not None else pos
    return named


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
