"""A speaker's name after a possessive and a kin or role noun, which describe the
speaker: "Ihre Schwester Maria Braun", "Sein Anwalt Peter Müller", "Ihr Sprecher Hans
Meier", "Seine Frau Anna", "Her Sister Maria Braun". German capitalises the noun, so a
run of capitals read the three words as one name when the sentence was not read as
German (a side too short to tell its language); the speaker is the name after them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.words.lexicon import GERMAN_TITLE_ENDINGS

# German offices English writes alike, alone: "Chef Gordon Ramsay", "Senator John Doe"
_ENGLISH_TOO = frozenset(
    "chef minister senator trainer intendant".split()  # noqa: SIM905
)

# possessive determiners opening a description: German, English, French, Spanish,
# Italian, Portuguese
POSSESSIVES = frozenset(
    """
    ihr ihre ihres ihrem ihren ihrer sein seine seines seinem seinen seiner unser unsere
    unseres unserem unseren unserer mein meine meines meinem meinen meiner euer eure
    her his their our my
    sa son ses leur leurs su sus suo sua suoi sue seu seus suas
    """.split()  # noqa: SIM905
)


# kin and role nouns a possessive makes a description of the name after them, in German
# (which capitalises them) and English (where a run of capitals may take one in: "her
# Sister Maria Braun")
RELATION_NOUNS = frozenset(
    """
    schwester bruder mutter vater tochter sohn frau mann ehefrau ehemann gattin gatte
    witwe witwer tante onkel nichte neffe cousin cousine großmutter großvater oma opa
    enkel enkelin freund freundin lebensgefährte lebensgefährtin partner partnerin
    verlobte verlobter kollege kollegin nachbar nachbarin anwalt anwältin verteidiger
    verteidigerin sprecher sprecherin trainer trainerin arzt ärztin
    sister brother mother father daughter son wife husband widow widower aunt uncle niece
    nephew grandmother grandfather friend fiancé fiancée colleague neighbour neighbor
    lawyer attorney spokesman spokeswoman spokesperson coach
    """.split()  # noqa: SIM905
)
# a possessive in small letters right before a word: "ihre ", "her "
_SMALL_POSSESSIVE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(POSSESSIVES))})\s+$")


def described_lead(text: str, start: int, words: Sequence[str]) -> int:
    """How many of a run's ``words`` (at ``start`` of ``text``) are a kin or role noun a
    possessive in small letters before them describes, not the name after it: 1 for
    "Schwester" of "sagte ihre Schwester Maria Braun", "Sister" of "said her Sister Maria
    Braun" (when the sentence is not read as German, which reads the noun as one); 1 for
    a German role written together with what it heads, with no possessive: "Hafenchef" of
    "sagte Hafenchef Peter Braun" (:func:`german_role`); 0 for "ihre Schwester" alone,
    "their Los Angeles home"."""
    if len(words) >= 2 and german_role(words[0]):
        return 1
    if len(words) < 2 or words[0].lower() not in RELATION_NOUNS:
        return 0
    return int(_SMALL_POSSESSIVE.search(text, max(0, start - 12), start) is not None)


def german_role(word: str) -> bool:
    """``word`` is a German role or office written together with what it heads ("Hafenchef",
    "Polizeisprecher", "Werksleiter") or a German office English does not write
    ("Bürgermeister"): before a name, it describes the name's holder, in any reading
    ("sagte Hafenchef Peter Braun" read as English names "Peter Braun"). Not "Chef",
    "Minister", "Trainer", "Senator" alone, English words too ("Chef Gordon Ramsay")."""
    low = word.lower()
    if not word[:1].isupper() or "-" in word or not low.endswith(GERMAN_TITLE_ENDINGS):
        return False
    return low not in _ENGLISH_TOO


def without_description(name: str) -> str:
    """``name`` without a possessive and the noun after it opening it, when a name is
    left: "Ihre Schwester Maria Braun" -> "Maria Braun", "Seine Frau Anna" -> "Anna";
    "Sein Anwalt" stays (no name after it)."""
    words = name.split(maxsplit=2)
    if len(words) > 2 and words[0].lower() in POSSESSIVES and words[2][:1].isupper():
        return words[2]
    return name


def description_only(name: str) -> bool:
    """``name`` is a possessive and a noun, no one's name: "Ihr Sprecher", "Seine Frau"."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in POSSESSIVES
