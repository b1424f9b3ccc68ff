"""What befell the people a bare figure counts, told by a verb before it in German,
French, Spanish, Italian or Portuguese, where the subject follows its verb ("Beim
Unglück starben am Montag 25.", "Murieron 25 en el accidente", "Sono morti 25",
"Morreram 25", "Resultaron heridos 25", "Verletzt wurden 25"), as English reads "killing
25" (reader.analysis.casualties).

The verb stands at most three words before the figure, a bound aside ("starben
mindestens 25"); no conjunction nor count in words stands between ("Es starben drei
Menschen und 25 ..." tells nothing of the 25).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.fates_after_figures import DEAD, INJURED, MISSING
from reader.analysis.lexicon import FOREIGN_NUMBER_WORDS

# a toll's verb or participle told before its figure, lower-cased
_FATE_BEFORE = {
    "German": {
        "starben": DEAD, "sterben": DEAD, "gestorben": DEAD, "getötet": DEAD,
        "umgekommen": DEAD, "verletzt": INJURED, "verwundet": INJURED, "vermisst": MISSING,
    },
    "French": {
        "moururent": DEAD, "périrent": DEAD, "péri": DEAD, "tués": DEAD, "tuées": DEAD,
        "décédés": DEAD, "blessés": INJURED, "blessées": INJURED,
    },
    "Spanish": {
        "murieron": DEAD, "fallecieron": DEAD, "perecieron": DEAD, "muerto": DEAD,
        "fallecido": DEAD, "heridos": INJURED, "heridas": INJURED, "desaparecieron": MISSING,
    },
    "Italian": {
        "morti": DEAD, "morte": DEAD, "morirono": DEAD, "uccisi": DEAD, "deceduti": DEAD,
        "feriti": INJURED, "ferite": INJURED, "dispersi": MISSING,
    },
    "Portuguese": {
        "morreram": DEAD, "faleceram": DEAD, "morrido": DEAD, "mortos": DEAD, "mortas": DEAD,
        "feridos": INJURED, "feridas": INJURED, "desaparecidos": MISSING,
    },
}  # fmt: skip
# what ends a clause's run to its figure: a conjunction ("und", "et", "y", "e")
_CONJUNCTIONS = frozenset("und oder et ou y o e ou mas aber mais pero ma".split())  # noqa: SIM905
# bounds between a verb and its figure ("starben mindestens 25", "murieron al menos 25")
_BOUNDS = frozenset(
    "mindestens über mehr als rund etwa fast knapp au moins plus de environ près "  # noqa: SIM905
    "al menos más unos unas casi cerca almeno oltre più di circa quasi pelo mais quase".split()
)
_MOST_BETWEEN = 3


def fate_before(before: Sequence[str], language: str) -> str:
    """The fate a verb among the words ``before`` a bare figure (of its clause, in order)
    tells of the people it counts in an article in ``language``: DEAD, INJURED, MISSING,
    or ''."""
    fates = _FATE_BEFORE.get(language, {})
    numbers = FOREIGN_NUMBER_WORDS.get(language, {})
    words = [w.lower() for w in before if w.lower() not in _BOUNDS]
    for word in reversed(words[-(_MOST_BETWEEN + 1) :]):
        if word in fates:
            return fates[word]
        if word in _CONJUNCTIONS or word in numbers:
            return ""
    return ""
