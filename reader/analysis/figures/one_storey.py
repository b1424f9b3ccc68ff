"""A building of one storey, a count the readers of figures in words leave out: English
"one" before a hyphen is mostly no count ("a one-year deal", "one-off", "one-time"), and
the other languages' "one" is also their "a" ("un", "una", "um"). Yet "a one-storey
house" against "a two-storey house" is the same disagreement as "two-storey" against
"three-storey" (reader.analysis.conflicts.count_conflicts compares a building's storeys).

Read here: English "one-storey", "one-story", "one-floor", "single-storey"; French "une
maison à un étage", "un immeuble d'un seul étage"; Spanish "una casa de una planta", "un
edificio de un solo piso"; Italian "una casa a un piano", "un edificio di un solo
piano"; Portuguese "uma casa de um andar", "um prédio de um só piso". In the other
languages only after a building's noun: "de una planta" alone is also "of a plant",
"di un piano" "of a plan", "de un piso" "of a flat". German glues the count to its
adjective ("einstöckig", "eingeschossig": reader.analysis.figures.compound_counts).

Some languages also tell one storey with no "one": French "une maison de plain-pied",
Portuguese "uma casa térrea", Spanish "una casa de planta baja", Italian "una casa su un
solo piano" (read with "su" as "a un piano"); each only after a building's noun too: "un
accès de plain-pied" is step-free, "o piso térreo" and "la planta baja" are a ground
floor, not a building. German "ebenerdig" is at ground level ("ein ebenerdiger Zugang"),
no count of storeys, and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from reader.lazy_regex import longest_first

__all__ = ["OneStorey", "one_storeys"]


class OneStorey(NamedTuple):
    """The word telling one ("one", "single", "un", "una", "um") and the storey's noun
    after it, as written."""

    start: int
    end: int
    noun: str


_ENGLISH = re.compile(r"\b(?:one|single)(?=-(storeys?|story|floors?)\b)", re.IGNORECASE)

# (buildings, the words joining the storeys to them, "one", "only", the storeys)
_LANGUAGES = {
    "French": (
        """maison immeuble bâtiment édifice pavillon villa bungalow construction
        habitation logement entrepôt hangar école bâtisse résidence""",
        "à de d'", "un", "seul", "étage",
    ),
    "Spanish": (
        """casa edificio vivienda inmueble nave construcción bloque chalé chalet almacén
        escuela local""",
        "de", "un una", "solo sola único única", "planta piso altura",
    ),
    "Italian": (
        """casa edificio palazzo palazzina villetta villa costruzione capannone stabile
        abitazione immobile scuola fabbricato""",
        "a di da su", "un uno", "solo unico", "piano",
    ),
    "Portuguese": (
        """casa edifício prédio imóvel construção moradia vivenda armazém escola
        habitação""",
        "de com", "um", "só único", "andar piso pavimento",
    ),
}  # fmt: skip

# one storey told without "one", after a building's noun of the language: (the words,
# the part shown as the count in ``one``; the storey's noun they count as, so that
# "deux étages" compares with them)
_LEVEL = {
    "French": (r"de\s+(?P<one>plain[- ]pied)", "étage"),
    "Spanish": (r"de\s+(?P<one>planta\s+baja)", "planta"),
    "Portuguese": (r"(?P<one>térre[ao]s?)", "andar"),
}


def one_storeys(text: str, language: str | None) -> Iterator[OneStorey]:
    """The buildings of one storey ``text`` tells of, in ``language`` (None: English)."""
    if language is None:
        for m in _ENGLISH.finditer(text):
            yield OneStorey(m.start(), m.end(), m.group(1))
    elif language in _LANGUAGES:
        found = [
            OneStorey(m.start("one"), m.end("one"), m.group("storey"))
            for m in _other(language).finditer(text)
        ]
        if language in _LEVEL:
            storey = _LEVEL[language][1]
            found += (
                OneStorey(m.start("one"), m.end("one"), storey)
                for m in _level(language).finditer(text)
            )
        yield from sorted(found)


def _alternation(words: str) -> str:
    return "|".join(re.escape(w) for w in longest_first(words.split()))


def _building(language: str) -> str:
    """A building's noun of ``language``, singular or plural, and a word after it ("un
    edificio antiguo"), not a word joining another part to it ("com", "avec")."""
    nouns = _alternation(_LANGUAGES[language][0])
    return rf"\b(?:{nouns})s?(?:\s+(?!{_JOINING}\b)[^\W\d_]+)?"


_JOINING = r"(?:com|con|avec|mit|with|de|del|du|do|da|y|e|et|en|em)"
# a ground floor with more above it: "una casa de planta baja y dos pisos", "térreo e
# dois andares", "de plain-pied et un étage"
_MORE_ABOVE = r"(?!\w)(?!\s*(?:[+&]|\b(?:y|e|et|más|mais|plus|avec|con|com)\b))"


@cache
def _level(language: str) -> re.Pattern[str]:
    """A building's noun and the words telling it has one storey without "one" ("une
    maison de plain-pied", "uma casa térrea"), no other storey added ("de planta baja y
    dos pisos")."""
    return re.compile(
        rf"{_building(language)}\s+{_LEVEL[language][0]}{_MORE_ABOVE}",
        re.IGNORECASE,
    )


@cache
def _other(language: str) -> re.Pattern[str]:
    """A building's noun (a word between allowed: "un edificio antiguo de una planta"),
    the word joining it to its storeys, "one" (and "only"), the storey's noun."""
    _, links, ones, only, storeys = _LANGUAGES[language]
    link = _alternation(links).replace("d'", "d['’]")
    return re.compile(
        rf"{_building(language)}\s+(?:{link})\s*"
        rf"(?P<one>\b(?:{_alternation(ones)}))\s+(?:(?:{_alternation(only)})\s+)?"
        rf"(?P<storey>{_alternation(storeys)})\b",
        re.IGNORECASE,
    )
