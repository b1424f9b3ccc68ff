"""Counts told roughly by a collective noun, in the languages that have them: "una
ventina di famiglie" (about 20 families), "un centinaio di persone" (about 100), "une
vingtaine de blessés", "una decena de heridos", "uma dezena de feridos". Each is a
figure (its value here) told "about", as "some 20" is: "una ventina" and "21 famiglie"
agree. Only the singular: the plurals ("centinaia", "centaines", "decenas") tell an order
of magnitude, as "hundreds" does. "Quarantaine" and "cuarentena" (a quarantine) are none.
"""

from __future__ import annotations

__all__ = ["ROUGH_COUNT_WORDS", "is_rough_count"]

ROUGH_COUNT_WORDS: dict[str, dict[str, int]] = {
    "Italian": {
        "decina": 10,
        "quindicina": 15,
        "ventina": 20,
        "trentina": 30,
        "quarantina": 40,
        "cinquantina": 50,
        "sessantina": 60,
        "settantina": 70,
        "ottantina": 80,
        "novantina": 90,
        "centinaio": 100,
        "migliaio": 1000,
    },
    "French": {
        "dizaine": 10,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "cinquantaine": 50,
        "soixantaine": 60,
        "centaine": 100,
        "millier": 1000,
    },
    "Spanish": {"decena": 10, "veintena": 20, "treintena": 30, "centenar": 100, "millar": 1000},
    "Portuguese": {"dezena": 10, "vintena": 20, "centena": 100, "milhar": 1000},
}
_ROUGH = frozenset(w for words in ROUGH_COUNT_WORDS.values() for w in words)


def is_rough_count(word: str) -> bool:
    """``word`` (a figure's words as written) is a count told roughly ("ventina",
    "Centinaio")."""
    return word.lower() in _ROUGH
