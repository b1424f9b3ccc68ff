"""What befell the people a figure counts, told by the words right after it in German,
French, Spanish, Italian or Portuguese: the toll's noun ("58 Tote", "58 morts", "12
heridos"), or its participle or verb, however many words of people, auxiliaries and
degree stand between ("Bei dem Busunglück wurden 25 getötet", "25 Menschen kamen ums
Leben", "12 personnes ont été grièvement blessées", "25 uccisi", "12 feridos"). A death
and an injury are two fates: "25 getötet" and "30 verletzt" count different people; an
injury told fatal ("tödlich verletzt", "mortellement blessés") is a death.
"""

from __future__ import annotations

from collections.abc import Sequence

DEAD, INJURED, MISSING = "dead", "injured", "missing"

# the toll's noun, participle or verb right after a figure, lower-cased
_FATE = {
    "German": {
        "tote": DEAD, "toten": DEAD, "todesopfer": DEAD, "getötet": DEAD, "gestorben": DEAD,
        "umgekommen": DEAD, "starben": DEAD, "tot": DEAD, "ums": DEAD,  # "ums Leben"
        "verletzte": INJURED, "verletzten": INJURED, "verwundete": INJURED,
        "verletzt": INJURED, "verwundet": INJURED,
        "vermisste": MISSING, "vermisst": MISSING,
    },
    "French": {
        "morts": DEAD, "mortes": DEAD, "tués": DEAD, "tuées": DEAD, "décédés": DEAD,
        "décédées": DEAD, "moururent": DEAD, "périrent": DEAD,
        "blessés": INJURED, "blessées": INJURED, "disparus": MISSING, "disparues": MISSING,
    },
    "Spanish": {
        "muertos": DEAD, "muertas": DEAD, "muertes": DEAD, "fallecidos": DEAD,
        "fallecidas": DEAD, "asesinados": DEAD, "murieron": DEAD, "fallecieron": DEAD,
        "muerto": DEAD, "fallecido": DEAD,  # "han muerto"
        "heridos": INJURED, "heridas": INJURED, "lesionados": INJURED,
        "desaparecidos": MISSING, "desaparecidas": MISSING,
    },
    "Italian": {
        "morti": DEAD, "morte": DEAD, "uccisi": DEAD, "uccise": DEAD, "deceduti": DEAD,
        "decedute": DEAD, "morirono": DEAD, "feriti": INJURED, "ferite": INJURED,
        "dispersi": MISSING, "disperse": MISSING,
    },
    "Portuguese": {
        "mortos": DEAD, "mortas": DEAD, "mortes": DEAD, "falecidos": DEAD, "óbitos": DEAD,
        "morreram": DEAD, "faleceram": DEAD, "feridos": INJURED, "feridas": INJURED,
        "desaparecidos": MISSING, "desaparecidas": MISSING,
    },
}  # fmt: skip
# what may stand between a figure and its fate: people, auxiliaries, a degree ("25
# Menschen wurden schwer verletzt", "12 personnes ont été légèrement blessées")
_BETWEEN = {
    "German": "menschen personen leute wurden wurde sind waren ist worden seien kamen "
    "schwer leicht lebensgefährlich teils",
    "French": "personnes gens ont été sont furent grièvement légèrement gravement",
    "Spanish": "personas fueron han habían sido resultaron quedaron resultado gravemente levemente",
    "Italian": "persone sono stati state furono rimasti rimaste gravemente leggermente",
    "Portuguese": "pessoas foram ficaram ficado têm sido gravemente levemente",
}
# a degree that makes an injury a death, before it ("12 wurden tödlich verletzt",
# "mortellement blessés") or after it ("feriti mortalmente", "feridos mortalmente")
_FATALLY = frozenset("tödlich mortellement mortalmente".split())  # noqa: SIM905
_MOST_BETWEEN = 4


def fate_after(after: Sequence[str], language: str) -> str:
    """The fate the words ``after`` a figure (of its clause, in order) tell of the people
    it counts in an article in ``language``: DEAD, INJURED, MISSING, or ''."""
    fates, between = _FATE.get(language, {}), frozenset(_BETWEEN.get(language, "").split())
    fatal = False
    for k, word in enumerate(after[: _MOST_BETWEEN + 1]):
        low = word.lower()
        fate = fates.get(low, "")
        then = after[k + 1].lower() if k + 1 < len(after) else ""
        if fate == INJURED and (fatal or then in _FATALLY):
            return DEAD  # "tödlich verletzt", "feriti mortalmente"
        if fate:
            return fate
        if low in _FATALLY:
            fatal = True
        elif low not in between:
            return ""
    return ""


def fate_word(word: str) -> str:
    """The fate ``word`` (lower-cased) tells after a figure in any of the five languages:
    DEAD, INJURED, MISSING, or ''."""
    return next((fates[word] for fates in _FATE.values() if word in fates), "")
