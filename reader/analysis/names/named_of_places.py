"""A name made of a noun and the place it is of names its own thing, not that place.

"Gulf of Aden" is a sea, "Horn of Africa" a peninsula, "University of Athens" a school,
"Democratic Party of Turkmenistan" a party, "Notre-Dame de Paris" a cathedral: none of
them is Aden, Africa, Athens, Turkmenistan or Paris. The shorter name holds every word
of the place, so the longer one was taken for its full form (``canonical_names``
joins "aden" into "gulf of aden"), and "150 nautical miles west of Aden" shared a place
with "in the Gulf of Aden". A name is of that form when a particle ("of", "de", "du",
"des", "del", "di", "da", "do", an article after it) parts a head from the place, and
the head holds no given name and no title ("Olivia de Berardinis", "Vladimir Putin of
Russia" are people). A state named so is the place itself ("Republic of Korea",
"Kingdom of Spain", "City of London"), and stays one with it; so does the head alone
("Communist Party" of "Communist Party of Greece").
"""

from __future__ import annotations

from reader.analysis.words.lexicon import TITLES
from reader.ingest.given_names import FEMALE, MALE

_PARTICLES = frozenset("of de du des del di da do".split())  # noqa: SIM905
_ARTICLES = frozenset("the la le les l el".split())  # noqa: SIM905
# heads of a name that is the place itself: "Republic of Korea", "City of London"
_STATES = frozenset(
    """
    republic republics kingdom federation commonwealth emirate emirates principality
    sultanate state states city
    """.split()  # noqa: SIM905
)


def place_of(key: str) -> str | None:
    """The place the name of key ``key`` is named for, when the name is of a thing of
    that place, as the module says ("gulf of aden": "aden"; "notre dame de paris":
    "paris"); else None ("olivia de berardinis", "republic of korea", "paris")."""
    words = key.split()
    for k in range(len(words) - 2, 0, -1):
        if words[k] not in _PARTICLES:
            continue
        head, place = words[:k], words[k + 1 :]
        while place and place[0] in _ARTICLES and len(place) > 1:
            place = place[1:]
        if any(w in FEMALE or w in MALE or w in TITLES for w in head) or head[-1] in _STATES:
            return None
        return " ".join(place)
    return None


def named_of(short: str, longer: str) -> bool:
    """The name of key ``longer`` is of the place of key ``short`` and is another thing:
    "aden" and "gulf of aden"."""
    return place_of(longer) == short
