"""A figure right after a capitalised word is most often part of a name: a model, a road,
a flight ("two Boeing 747 jets", "on Oregon 214", "the Apollo 11 astronauts"). But a
place that ends a phrase of place with no comma after it ("After the fire in Passau 25
people were injured", "In Gaza 25 Palestinians were killed", "A Roma 25 persone sono
rimaste ferite", "In Amsterdam 25 mensen raakten gewond", "Nach dem Brand in Passau 25
Verletzte") is followed by a count of the people named after the figure.

So the figure counts when the capitalised word comes after a preposition (not after an
article or a count: "the Apollo 11 astronauts", "two Boeing 747 jets"), is no noun that
numbers things ("on Flight 93 passengers", "in Year 11 students"), and the word after
the figure names people in one of the six languages told apart, or Dutch: a noun of
persons, a nationality, a toll's word ("25 injured", "25 Verletzte")."""

from __future__ import annotations

import re

from reader.analysis.figures.compound_counts import DUTCH_PEOPLE
from reader.analysis.figures.fates import toll_noun
from reader.analysis.names.cased_nationalities import names_nationality
from reader.analysis.words.lexicon import GROUP_NOUNS, NUMBER_WORDS, PEOPLE_WORDS, PERSON_NOUNS

# English articles before a name and its figure ("the Apollo 11 astronauts", "a Boeing
# 747 jet"); in the other languages "a" is a preposition ("a Roma", "a Madrid")
_ARTICLES = frozenset(("the", "an"))
# capitalised nouns that a figure numbers ("Flight 93", "Route 66", "Gate 12", "Year 11",
# "Apollo 11"): the figure is which one, not how many of what follows
_NUMBERED_NOUNS = frozenset(
    """
    flight route highway interstate road gate terminal platform pier room building block
    floor ward bed apollo gemini soyuz channel chapter section article level line lane
    track stage zone district precinct sector camp base unit squad company battalion
    regiment division brigade corps team group cell grade year class bus train
    """.split()  # noqa: SIM905
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w'-]*)")


def counts_after_place(before: str, name: str, text: str, end: int, language: str | None) -> bool:
    """The figure ending at ``end`` of ``text``, right after the capitalised word
    ``name`` and the word ``before`` it, counts the people named after it ("in Passau 25
    people", "a Roma 25 persone"), rather than being part of a name ("Boeing 747
    jets"). ``language`` None is English."""
    low = before.lower()
    if low in _ARTICLES or (language is None and low == "a"):
        return False
    if low.isdigit() or low in NUMBER_WORDS or name.lower() in _NUMBERED_NOUNS:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and names_people(after.group(1))


def names_people(word: str) -> bool:
    """``word``, as written after a figure, names people: a noun of persons in English,
    French, German, Spanish, Italian, Portuguese or Dutch, a nationality ("Somalis",
    "Palestinians", not "poles"), or a toll's word ("dead", "Verletzte", "feriti")."""
    low = word.lower()
    return (
        low in PERSON_NOUNS
        or low in GROUP_NOUNS
        or low in PEOPLE_WORDS
        or low in DUTCH_PEOPLE
        or names_nationality(word)
        or bool(toll_noun(low))
    )
