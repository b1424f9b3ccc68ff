"""A parliament's seats told by two nouns: German news counts them as "Sitze" and as
"Mandate" ("41 Mandate", "40 Sitze", "eine Mehrheit von 61 Sitzen"). A count of mandates
is read as a count of seats, so "41 Mandate" and "41 Sitze" are one figure and "41
Mandate" and "40 Sitze" a discrepancy, as two counts of one noun would be. Unit words are
the article's language's stems (reader.analysis.linking.word_forms)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from reader.analysis.mention import Mention

# each language's nouns of seats, as written: the first is the one the others are read as
_SEATS = {"German": ("Sitze", "Mandate")}


def counted_stem(word: str, language: str | None, stem: Callable[[str], str]) -> str:
    """The unit word a count of ``word`` (a noun as written, in ``language``, stemmed by
    ``stem``) counts: a noun of seats the first noun's ("Mandate": "sitz"), else its
    own stem."""
    own = stem(word.lower())
    nouns = _SEATS.get(language or "")
    if nouns is None:
        return own
    seat, *others = (stem(n.lower()) for n in nouns)
    return seat if own in others else own


def as_seats(numbers: list[Mention], language: str, stem: Callable[[str], str]) -> list[Mention]:
    """``numbers`` (the figures of a sentence in ``language``, their unit words stemmed by
    ``stem``), each count of mandates read as a count of seats."""
    nouns = _SEATS.get(language)
    if nouns is None:
        return numbers
    seat, *others = (stem(n.lower()) for n in nouns)
    return [
        dataclasses.replace(m, unit_word=seat)
        if m.key.startswith("num:") and m.unit_word.lower() in others
        else m
        for m in numbers
    ]
