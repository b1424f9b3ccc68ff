"""What an office is of and who holds it, in the words of a name written right after the
office and "of": "Milano" and "Giuseppe Sala" of "il sindaco di Milano Giuseppe Sala",
"Foreign Affairs" and "Sergei Lavrov" of "Minister of Foreign Affairs Sergei Lavrov",
"Human Services" and "Kathleen Sebelius" of "Secretary of Health and Human Services
Kathleen Sebelius".

Word lists only (places' words, given names), so that both the features
(reader.analysis.features.name_runs, which drops a department after "Secretary of") and
the pair's reading (reader.analysis.names.office_holders, which parts a place from its mayor)
read the two alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.words.letters import unaccented
from reader.ingest.given_names import FEMALE, GIVEN, MALE
from reader.ingest.place_words import PLACE_GOERS, PLACE_OPENERS

_FIRST_NAMES = FEMALE | MALE | GIVEN


def place_words(words: Sequence[str]) -> int:
    """How many of ``words`` (a name written right after an office and "of") name what
    the office is of, the rest naming its holder: 1 of "Milano Giuseppe Sala", 2 of "New
    York Eric Adams", of "Foreign Affairs Sergei Lavrov", all of "New York" and of
    "Banco de España" (the particles inside a name read whole go with the place)."""
    count = 1
    while count < len(words) and _place_goes_on(words[count - 1], words[count]):
        count += 1
    first = next((k for k in range(count, len(words) - 1) if first_name(words[k])), None)
    return count if first is None else first


def _place_goes_on(before: str, word: str) -> bool:
    """True when ``word`` goes on with the place ending with ``before``: "New York",
    "Homeland Security", the particles of "Rio de Janeiro" and "Banco de España"."""
    return (
        unaccented(before) in PLACE_OPENERS
        or unaccented(word) in PLACE_GOERS
        or not before[:1].isupper()
        or not word[:1].isupper()
    )


def first_name(word: str) -> bool:
    """True when ``word`` is a known first name: "Giuseppe", "Gérald", "Jean-Luc"."""
    return unaccented(word.split("-")[0]) in _FIRST_NAMES
