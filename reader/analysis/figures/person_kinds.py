"""Kinds of person a count may name ("12 workers", "12 miners", "12 soldiers", "12
ouvriers", "12 Bergleute", "12 mineros"), told apart from the words that count people of
any kind ("12 people", "14 dead", "14 victims", "14 personnes", "14 Menschen").

A toll of a kind of person and a toll of people, the same befalling both, count one
group: "killing 12 workers" against "Fourteen people were killed" is a discrepancy, as
"12 people" against "Fourteen people" is. Two tolls of different kinds count two groups
("killed 12 soldiers" and "killed 14 civilians"); two of one kind count one ("12
miners" and "14 miners"), as two words for one group do, of one language or two
("killed 12 soldiers" and "14 troops were killed", "12 policemen" and "14 police
officers", "12 soldats" and "14 militaires", "12 soldats" and "14 soldiers", "12
Soldaten" and "14 troops": lexicon.ONE_GROUP_KINDS); such words compare as one word
does when no fate is told too ("sent 5,000 troops" and "4,000 soldiers":
reader.analysis.conflicts.count_conflicts). Unit words are stems, as a
count's is: English ones by reader.analysis.words.stems, the other languages' by their
Snowball stemmer.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.figures.hyphened_nouns import one_noun
from reader.analysis.linking.word_forms import STEMMERS, snowball
from reader.analysis.words.lexicon import (
    GROUP_NOUNS,
    ONE_GROUP_KINDS,
    PEOPLE_WORDS,
    PERSON_KINDS,
    PERSON_NOUNS,
)
from reader.analysis.words.stems import stem

# the English nouns that count people of any kind, not a kind of them
_ANY_PERSON = frozenset("people persons person victims".split())  # noqa: SIM905
_ENGLISH = "English"

_KIND_UNITS: dict[str, frozenset[str]] = {
    _ENGLISH: frozenset(
        stem(w) for w in (PERSON_NOUNS | GROUP_NOUNS | PERSON_KINDS[_ENGLISH]) - _ANY_PERSON
    ),
    **{
        language: frozenset(snowball(STEMMERS[language])(w) for w in words)
        for language, words in PERSON_KINDS.items()
        if language != _ENGLISH
    },
}
ENGLISH_KIND_UNITS = _KIND_UNITS[_ENGLISH]


def _stemmer(language: str) -> Callable[[str], str]:
    return stem if language == _ENGLISH else snowball(STEMMERS[language])


# each language's kinds of one group, as unit words: the group's name for each ("soldier"
# and "troop": "soldiers"; "soldat" and "militair" of French: "soldiers" too)
_GROUP_OF: dict[str, dict[str, str]] = {
    language: {
        _stemmer(language)(word): group
        for group, languages in ONE_GROUP_KINDS.items()
        for word in languages.get(language, "").split()
    }
    for language in {language for languages in ONE_GROUP_KINDS.values() for language in languages}
}


def counts_a_kind(unit_word: str, language: str | None = None) -> bool:
    """``unit_word`` (a count's) names a kind of person in ``language`` (None: English):
    "worker", "miner", "soldier", "ouvri", "bergleut"."""
    return unit_word in _KIND_UNITS.get(language or _ENGLISH, frozenset())


def kinds_apart(a: str, language_a: str | None, b: str, language_b: str | None) -> bool:
    """Unit words ``a`` and ``b`` name two different kinds of person ("soldier" and
    "civilian"), not one noun however written."""
    return (
        counts_a_kind(a, language_a)
        and counts_a_kind(b, language_b)
        and not one_kind(a, language_a, b, language_b)
    )


def one_kind(a: str, language_a: str | None, b: str, language_b: str | None) -> bool:
    """Unit words ``a`` and ``b`` name one kind of person: one noun however written
    ("pompiers", "sapeurs-pompiers"), or two words for one group, of one language or
    two ("soldier" and "troop", "policemen" and "offic", "soldat" and "militair",
    "soldat" of French and "soldier", "polizist" of German and "offic")."""
    if a == b or one_noun(a, b):
        return True
    group = _GROUP_OF.get(language_a or _ENGLISH, {}).get(a)
    return group is not None and group == _GROUP_OF.get(language_b or _ENGLISH, {}).get(b)


def person_word(word: str, language: str) -> bool:
    """``word`` (as written after a figure) names people in ``language``: a kind of
    person ("ouvriers", "Bergleute") or people of any kind ("Menschen")."""
    low = word.lower()
    return low in PERSON_KINDS.get(language, frozenset()) or low in PEOPLE_WORDS
