"""A toll told as a number: "the number of dead rose to 58", "the number of people killed
reached 58", "the number of injured stood at 12", and in the other languages Crossread
stems ("die Zahl der Toten stieg auf 58", "le bilan s'élève à 58", "el número de
muertos ascendió a 58", "il numero dei morti è salito a 58", "o número de mortos subiu
para 58"); and, in those languages, what a figure is followed by (reader.analysis
.fates: "58 Tote", "25 getötet", "12 heridos"). The nouns a toll's phrase names its
fate by are those of reader.analysis.figures.fates' table (``Stands.OF``), one list with the
words that tell a fate after a figure.

A toll's phrase counts only the figure it leads to: its noun, then words with no other
figure between, then a verb of reaching or being and its preposition, right before the
figure. "The number of dead exceeded 50" (a bound), "could rise to 100" (a forecast) or
"rose by 12" (a difference) tell no toll of that figure.
"""

from __future__ import annotations

import re

from reader.analysis.figures.fates import (
    DEAD,
    INJURED,
    MISSING,
    Stands,
    fate_word,
    toll_after,
    toll_before,
)
from reader.analysis.figures.fates import toll_phrase_nouns as _nouns
from reader.lazy_regex import LazyPattern

__all__ = ["DEAD", "INJURED", "MISSING", "foreign_casualty", "toll_of"]

_NO_FIGURE = r"[^\d]*?"  # words between the noun and the verb, no other figure
_WORDS = LazyPattern(r"[^\W\d_]+")


def _phrase(noun: str, reach: str, bounds: str) -> LazyPattern:
    """A toll's phrase ending right before its figure: ``noun`` (with a group ``who``
    where it names who), words with no figure, the verb and preposition ``reach``, then
    optionally ``bounds`` ("at least")."""
    return LazyPattern(
        rf"(?:{noun}){_NO_FIGURE}\b(?:{reach})\s+(?:(?:{bounds})\s+)?$", re.IGNORECASE
    )


_PHRASES: dict[str | None, list[LazyPattern]] = {
    None: [
        _phrase(
            r"\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:(?:people|persons)\s+)?"
            rf"(?P<who>{_nouns('English')})\b",
            r"(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|went\s+up)\s+to"
            r"|reached|reaches|hit|hits|(?:stood|stands|was|is)\s+at|totals|totaled|totalled"
            r"|is|was|now|is\s+now|was\s+now",
            r"at\s+least|more\s+than|over|about|around|some|nearly|almost",
        )
    ],
    "German": [
        _phrase(
            rf"\b(?:Zahl|Anzahl)\s+der\s+(?P<who>{_nouns('German')})\b"
            rf"|\b(?P<who2>{_nouns('German')})zahl\b",
            r"auf|bei|beträgt|betrug|ist|war",
            r"mindestens|über|mehr\s+als|rund|etwa|fast",
        )
    ],
    "French": [
        _phrase(
            rf"\b(?:nombre|bilan)\s+(?:de|des|d[’'])\s*(?P<who>{_nouns('French')})\b",
            r"à|de|atteint",
            r"au\s+moins|plus\s+de|environ|près\s+de|quelque",
        ),
        # "le bilan s'élève à 58": a toll of the dead unless a noun says otherwise
        _phrase(
            r"\bbilan\b",
            r"s[’']élève\s+à|s[’']élevait\s+à|est\s+passé\s+à|atteint|est\s+de|était\s+de",
            r"au\s+moins|plus\s+de|environ|près\s+de",
        ),
    ],
    "Spanish": [
        _phrase(
            r"\b(?:número|cifra|balance|saldo)\s+de\s+"
            rf"(?P<who>{_nouns('Spanish')})\b",
            r"a|en|de|es|son",
            r"al\s+menos|más\s+de|unos|unas|casi|cerca\s+de",
        )
    ],
    "Italian": [
        _phrase(
            r"\b(?:numero|bilancio|conto)\s+(?:dei|delle|degli|di)\s+"
            rf"(?P<who>{_nouns('Italian')})\b",
            r"a|di|è|sono",
            r"almeno|oltre|più\s+di|circa|quasi",
        )
    ],
    "Portuguese": [
        _phrase(
            rf"\b(?:número|balanço)\s+de\s+(?P<who>{_nouns('Portuguese')})\b",
            r"para|a|em|de|é",
            r"pelo\s+menos|mais\s+de|cerca\s+de|quase",
        )
    ],
}


def toll_of(before: str, language: str | None) -> str:
    """The fate a toll's phrase ending ``before`` (the text of a figure's clause before
    it) tells of the figure's people, '' when there is none. ``language`` None is
    English."""
    for rx in _PHRASES.get(language, []):
        m = rx.search(before)
        if m is not None:
            who = m.groupdict().get("who") or m.groupdict().get("who2")
            if not who:
                return DEAD
            return fate_word(who.lower(), language or "English", Stands.OF, toll=True)
    return ""


def foreign_casualty(after: list[str], before: str, language: str) -> str:
    """What befell the people a figure counts in an article in ``language``: its toll's
    noun, participle or verb right after it (``after``, the words of its clause after
    it; reader.analysis.figures.fates.toll_after), else a toll's phrase leading to it
    (``before``, its clause before it), else a toll's verb a few words before it
    (reader.analysis.figures.fates.toll_before: "Beim Unglück starben am Montag 25.")."""
    return (
        toll_after(after, language)
        or toll_of(before, language)
        or toll_before(_WORDS.findall(before), language)
    )
