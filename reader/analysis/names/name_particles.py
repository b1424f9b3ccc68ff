"""The small words inside a name, written apart in lowercase: "Osama bin Laden", "Ursula
von der Leyen", "Charles de Gaulle", "Leonardo da Vinci", "Abu Bakr al Baghdadi".

The sentence rules read a run of capitalised words, so such a name comes out as two
("Osama" and "Laden"), or as its last part alone when the article never gives the first
name ("bin Laden said" is "Laden"). :func:`particle_between` tells when two names that
only particles part are one; :func:`particles_opening` where a name that opens with its
particles starts ("bin Laden", "van Gogh", "de Gaulle", "al Assad", "le Pen").

A particle opens a name only before one capitalised word (the surname: not "a la Jon
Stewart"), and only where it is not the ordinary word. It is one in an article that
also writes it before a word in small letters or a stop: a Spanish article's "visita de
Putin" ("pacto de defensa"), "in the bin." or "et al."; it is one after "a" or "an" ("a
la Mode", "a van"), "al" after "et", "la" after "oh", and a French, Spanish or German
article after a preposition of place ("in la Liga", "at le Mans"); "ten" is a number
("ten Democrats"); in an Italian, Spanish, Portuguese or French article, a preposition
of the language after a word in small letters, before a place ("un magazzino di Milano",
"partito da Roma": reader.analysis.names.place_particles). At a sentence's start the particle
is capitalised and the name already whole ("Van Gogh said").
"""

from __future__ import annotations

from functools import lru_cache

from reader.analysis.features import LOWER, UPPER
from reader.analysis.mention import Mention
from reader.analysis.names.offices import completes_office
from reader.analysis.names.place_particles import preposition_before_place
from reader.analysis.words.lexicon import NAME_PARTICLES, OFFICE_SCOPES
from reader.ingest.given_names import is_given_name
from reader.lazy_regex import LazyPattern

_WORDS = "|".join(NAME_PARTICLES)
# the small words inside a name: Arabic ("bin Laden", "Abu Bakr al Baghdadi"), Dutch and
# German ("van Gogh", "von der Leyen", "ter Stegen"), Romance ("de Gaulle", "da Vinci",
# "della Francesca", "dos Santos"), written apart, as "al-Assad" is not
_BETWEEN = LazyPattern(rf"(?: (?:{_WORDS}))+ ")
# particles right before a name, and the word before them (group 1), if any
_OPENING = LazyPattern(
    rf"(?<![\w'\u2019.-])(?:(?!(?:{_WORDS}) )([\w'\u2019]+) )?((?:(?:{_WORDS}) )+)$"
)
# a particle used as the ordinary word: before a word in small letters (not another
# particle: "de la Rua"), a figure or a stop
_ORDINARY = LazyPattern(
    rf"(?<![\w'\u2019.-])({_WORDS})(?:\s+(?!(?:{_WORDS})\s)[{LOWER}\d]|[.,;:!?)])"
)
# a word that makes the particle after it the ordinary word
_ORDINARY_AFTER = frozenset(("a", "an", "\u00e0"))
_ORDINARY_PAIRS = frozenset((("et", "al"), ("oh", "la"), ("ooh", "la")))
# the articles of French, Spanish and German, which after a preposition of place open the
# name of a place or a thing, not a person's ("in la Liga", "at le Mans")
_ARTICLES = frozenset("la le el der das des du den".split())  # noqa: SIM905
_PREPOSITIONS = frozenset(("in", "at", "on", "into"))


def particle_between(text: str, before: Mention, name: Mention) -> bool:
    """True when only lowercase particles part ``before`` from ``name``, each name ending
    or opening with a capitalised word: "Osama" and "Laden" of "Osama bin Laden",
    "Ursula" and "Leyen" of "Ursula von der Leyen", "Stade" and "Suisse" of "Stade de
    Suisse" (not "Paris" and "jour" of "Paris de jour")."""
    last, first = before.surface.split()[-1], name.surface.split()[0]
    return (
        last[:1].isupper()
        and first[:1].isupper()
        and _BETWEEN.fullmatch(text, before.span.end, name.span.start) is not None
    )


def of_after_name(text: str, before: Mention, name: Mention) -> bool:
    """True when the particles between ``before`` and ``name`` open with "van" or "von",
    which are also Dutch's and German's "of" and "from", after a whole name: one whose
    surname is told with its own particles ("Hendrik ter Horst van Waterschap
    Maasvallei"), or of two capitalised words or more that are not all given names
    ("Ruud Bakker van Infrastructuur", "Olaf Scholz von der SPD"; not "Ludwig van
    Beethoven", "Anna Maria van den Berg"); or before an acronym ("Sanne van RWS")."""
    if _BETWEEN.fullmatch(text, before.span.end, name.span.start) is None:
        return False  # no particles alone between the two
    particles = text[before.span.end : name.span.start].split()
    if particles[0] not in _OF:
        return False
    words = before.surface.split()
    inner = any(w in _PARTICLES for w in words[1:])  # "ter" of "Hendrik ter Horst"
    capitalised = [w for w in words if w not in _PARTICLES]
    told = inner or (len(capitalised) > 1 and not all(map(is_given_name, capitalised)))
    return told or (len(name.surface) >= 2 and name.surface.isupper())


# the particles that are also a language's "of" or "from"
_OF = frozenset(("van", "von"))


def particles_opening(text: str, name: Mention) -> int:
    """Where ``name`` (a span of ``text``, a document's folded text) starts with the
    lowercase particles right before it that belong to it: "bin" of "bin Laden said",
    "von der" of "von der Leyen"; its own start when none do (see the module's rules)."""
    start = name.span.start
    if len(name.surface.split()) != 1 or not name.surface[:1].isupper():
        return start
    found = _OPENING.search(text, max(0, start - 40), start)
    if found is None:
        return start
    word = (found.group(1) or "").lower()
    particles = found.group(2).split()
    if (
        "ten" in particles
        or word in _ORDINARY_AFTER
        or (word, particles[0]) in _ORDINARY_PAIRS
        or (particles[0] in _ARTICLES and word in _PREPOSITIONS)
        or not _ordinary_words(text).isdisjoint(particles)
        or _no_surname(text, name)
        or completes_office(text, start)
        or preposition_before_place(text, word, particles, name.surface)
    ):
        return start
    return found.start(2)


def completes_noun(text: str, name: Mention) -> bool:
    """True when ``name`` completes a noun in small letters before it, the particles
    between being prepositions there, not a surname's: "el responsable del Gobierno",
    "la direction de la SNCF", "il sindaco di Milano" (not "le général de Gaulle")."""
    start = name.span.start
    found = _OPENING.search(text, max(0, start - 40), start)
    if found is None or not found.group(1) or not found.group(1).islower():
        return False
    return completes_office(text, start) or (
        _no_surname(text, name) and particles_opening(text, name) == start
    )


def _no_surname(text: str, name: Mention) -> bool:
    """True when the one word of ``name`` is no surname a particle may open: an acronym
    ("de la SNCF", "del PSOE"), what an office is of ("del Gobierno", "de l'État"), or a
    word the article also writes with no particle before it ("Madrid", "la SNCF a
    annoncé"), as it never does a surname that takes one ("Laden", "Gaulle")."""
    word = name.surface
    return (
        (len(word) >= 2 and word.isupper())
        or word.lower() in OFFICE_SCOPES
        or word in _bare_words(text)
    )


@lru_cache(maxsize=8)
def _bare_words(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes at least once after a word that is no
    particle, or after an article it uses as the ordinary word ("en Madrid", "el
    Gobierno" in a Spanish article; not "de Gaulle" in a French one)."""
    ordinary = _ordinary_words(text) & _ARTICLES
    return frozenset(
        m.group(2)
        for m in _CAPITALISED.finditer(text)
        if m.group(1).lower() not in _PARTICLES or m.group(1).lower() in ordinary
    )


_PARTICLES = frozenset(_WORDS.split("|"))
# a capitalised word and the word right before it
_CAPITALISED = LazyPattern(rf"([\w'\u2019]+)[ ]+(?=([{UPPER}][\w'\u2019-]*))")


@lru_cache(maxsize=8)
def _ordinary_words(text: str) -> frozenset[str]:
    """The particles that ``text`` uses as ordinary words (see the module)."""
    return frozenset(m.group(1) for m in _ORDINARY.finditer(text))
