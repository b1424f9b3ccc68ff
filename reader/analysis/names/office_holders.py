"""An office's holder named right after what the office is of: "il sindaco di Milano
Giuseppe Sala", "le ministre de l'Intérieur Gérald Darmanin", "Mayor of London Sadiq
Khan", "der Bürgermeister von Passau Jürgen Dupper", "el alcalde de Madrid José Luis
Martínez-Almeida", "o prefeito de Lisboa Carlos Moedas".

The sentence rules read a run of capitalised words as one name, so the place (or the
department) and the holder came out as one ("Milano Giuseppe Sala", "Intérieur Gérald
Darmanin"), which matched neither "Milano" nor "Giuseppe Sala" in the other article, and
a speaker read from an office ("a déclaré le maire de New York") came out as the place's
last word ("York").

After an office and "of" (in six languages: "of", "de", "di", "von", "del", ...), with
capitalised words and particles between ("del Banco de España", "de Rio de Janeiro"), a
name is what the office is of, then its holder
(:func:`reader.analysis.names.office_places.place_words`): the place is one word, or more when
a word opens a place of several ("New York", "San Sebastián", "Los Angeles") or a word
goes on with the one before ("New York City", "Foreign Affairs", "Homeland Security"); a
known first name (reader.analysis.names.first_names) starts the holder ("New York Eric
Adams"). A name after the office with no holder ("le maire de New York", "Banco de
España", "Universidad de Salamanca") stays whole, and so does one whose holder would be a
single word ("Secretary of Homeland Security"; but "Mayor of New York City Bill de
Blasio", whose surname goes on after the particle). The features already leave out a
department after "Secretary of" or "Minister of" (reader.analysis.features.name_runs).

A holder whose first name is not known and whom the pair does not name alone ("Mayor
of Gdansk Zbigniew Nowak") is parted too when what the office is of is told as a place
is (:func:`unknown_holder`): with no article after "of" ("of the Portland Trail
Blazers", "director of the Natural Resources Defense Council" are organisations), or a
region the project knows; the holder is then the last two words, none of them a word
organisations and places are named with ("Program", "Foundation", "Council").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UPPER, UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.analysis.names.office_places import first_name, place_words
from reader.analysis.names.offices import OFFICES, foreign_office
from reader.analysis.words.letters import unaccented
from reader.analysis.words.lexicon import FACILITIES, GROUP_NOUNS
from reader.ingest.place_words import PLACE_GOERS
from reader.ingest.regions import is_region
from reader.model import Span

# words organisations are named with, besides places' and facilities': "Seafarers
# Assistance Program", "Turkmenistan Helsinki Foundation", "Goldman Sachs Asset
# Management" name no person
ORGANISATION_WORDS = frozenset(
    """
    program programme programs foundation committee commission coalition association
    institute agency group company corporation corp inc ltd union party league
    federation society team club network project fund trust alliance organization
    organisation management partners holdings capital international news media press
    airlines airways motors industries systems bureau service unit force army navy
    assembly parliament congress senate network fc
    """.split()  # noqa: SIM905
)
_NO_PERSON_WORDS = PLACE_GOERS | ORGANISATION_WORDS | FACILITIES | GROUP_NOUNS

_OF = r"(?:of|de|du|des|del|di|dello|della|da|do|dos|das|von|vom|der)"
_ARTICLE = r"(?:the|la|le|les|el|los|las|il|lo|o|a|die|das)"
_PARTICLE = r"(?:de|del|di|da|do|dos|das|de\s+la|von|der|y|e|and|et|und)"
# an office word, "of" (its article, an elided one), then capitalised words and
# particles up to the name: "sindaco di ", "ministre de l'", "gobernador del Banco de "
_OFFICE_OF = re.compile(
    rf"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(?i:{_OF})\s+((?i:{_ARTICLE})\s+|(?i:l)['’])?(?:(?i:d)['’])?"
    rf"(?:[{UPPER}][\w'’.-]*\s+(?:(?i:{_PARTICLE})\s+)*)*$"
)
# a surname going on after particles: "Bill" of "New York City Bill de Blasio"
_SURNAME_GOES_ON = re.compile(rf"(?: (?:de|del|di|da|van|von|der|la|le|dos|das))+ [{UPPER}]")
_REACH = 80  # characters before a name in which the office and its "of" are read


def after_office(text: str, start: int) -> bool:
    """True when the name at ``start`` of ``text`` follows an office and "of": "il
    sindaco di Milano", "Mayor of London", "el gobernador del Banco de España"."""
    return _office_of(text, start) is not None


def _office_of(text: str, start: int) -> re.Match[str] | None:
    """The office and its "of" before the name at ``start`` of ``text``, its article
    (if any) as the second group."""
    found = _OFFICE_OF.search(text, max(0, start - _REACH), start)
    if found is None:
        return None
    office = found.group(1)
    if foreign_office(office) or office.lower().strip(".") in OFFICES:
        return found
    return None


def unknown_holder(words: Sequence[str], count: int, article: bool) -> bool:
    """True when ``words`` (a name after an office and "of", its first ``count`` naming
    what the office is of) end with a holder of two words or more that reads as a person
    though nothing names him: the office is of a place (no ``article`` after "of": "Mayor
    of Gdansk Zbigniew Nowak", or a known region: "Governor of the Bahamas ..."), and
    the holder's words are no organisation's or place's ("director of Seafarers
    Assistance Program", "head of Goldman Sachs Asset Management")."""
    rest = words[count:]
    if len(rest) < 2:
        return False
    if article and not is_region(name_key(" ".join(words[:count]))):
        return False
    return all(_person_word(w) for w in rest)


def _person_word(word: str) -> bool:
    """True when ``word`` may be part of a person's name: capitalised letters, not an
    acronym, not a word organisations and places are named with."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return (
        letters.isalpha()
        and word[:1].isupper()
        and not (len(letters) > 1 and letters.isupper())
        and unaccented(word) not in _NO_PERSON_WORDS
    )


def split_office_holders(*sides: Sequence[UnitFeatures]) -> None:
    """Part, in place, each name that joins what an office is of and its holder
    ("Milano Giuseppe Sala" of "il sindaco di Milano Giuseppe Sala") into the two: when
    the holder opens with a known first name, or the pair names the holder on its own."""
    named = {n.key for side in sides for f in side for n in f.names}
    for side in sides:
        for f in side:
            if any(len(n.surface.split()) > 2 for n in f.names):
                f.names = [part for n in f.names for part in _parted(f, n, named)]


def _parted(f: UnitFeatures, n: Mention, named: set[str]) -> list[Mention]:
    words = n.surface.split()
    base = f.unit.span.start
    office_of = _office_of(f.unit.folded, n.span.start - base) if len(words) > 2 else None
    if office_of is None:
        return [n]
    count = place_words(words)
    surname_goes_on = _SURNAME_GOES_ON.match(f.unit.folded, n.span.end - base) is not None
    if len(words) - count < (1 if surname_goes_on else 2):
        return [n]  # a holder of one word, or none: "Secretary of Homeland Security"
    head, rest = _split(n, count)
    if first_name(words[count]) or rest.key in named:
        return [head, rest]
    if unknown_holder(words, count, office_of.group(2) is not None):
        return list(_split(n, len(words) - 2))  # "Gdansk" and "Zbigniew Nowak"
    return [n]  # no person told: "director of the Natural Resources Defense Council"


def _split(n: Mention, count: int) -> tuple[Mention, Mention]:
    """Name ``n`` parted after its first ``count`` words."""
    words = n.surface.split()
    offsets = [m.start() for m in re.finditer(r"\S+", n.surface)]
    head_end = offsets[count - 1] + len(words[count - 1])
    head, rest = n.surface[:head_end], n.surface[offsets[count] :]
    keys = n.key.split()
    counted = len(name_key(head).split())
    whole = len(name_key(n.surface).split()) == len(keys)
    head_key = " ".join(keys[:counted]) if whole else name_key(head)
    rest_key = " ".join(keys[counted:]) if whole else name_key(rest)
    start = n.span.start + offsets[count]
    return (
        replace(n, key=head_key, span=Span(n.span.start, n.span.start + head_end), surface=head),
        replace(n, key=rest_key, span=Span(start, n.span.end), surface=rest),
    )
