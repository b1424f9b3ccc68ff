"""A Romance preposition before a place, which is also a name's particle: "un magazzino di
Milano", "il treno partito da Roma", "o voo de Lisboa", "el vuelo de Madrid".

``name_particles.particles_opening`` takes a lowercase particle right before a one-word
name for a surname's ("de Gaulle", "da Silva") unless the article also writes it as the
ordinary word (before a word in small letters). A brief in Italian, Spanish, Portuguese
or French may never do so ("L'incendio è scoppiato martedì in un magazzino di Milano."),
and "di Milano" was what the reader saw tagged; keyed "di milano", it no longer met the
other report's "Milano".

In an article written in one of those languages, particles that are all its prepositions
(an article may follow: "de la") are the ordinary word after a word in small letters that
is neither a title ("le général de Gaulle", "il presidente da Silva") nor a function word
("selon de Villepin", "con da Silva"), unless the article also writes the name after a
capitalised word and those particles, as a surname after its first name ("Lula da Silva",
"Leonardo da Vinci"; not an institution's head: "Tribunale di Milano"). A lone surname
after a verb is read so too ("ha incontrato da Silva" shows "Silva").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.analysis.linking.relatedness import pair_language
from reader.analysis.names.institution_names import HEADS
from reader.analysis.words.article_names import ARTICLES
from reader.analysis.words.common_words import AUXILIARIES
from reader.analysis.words.letters import unaccented
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, FOREIGN_TITLES, TITLES
from reader.ingest.given_names import FEMALE, GIVEN, MALE

# the prepositions of each language that are names' particles too
_PREPOSITIONS = {
    "Italian": frozenset("di da del della dello delle dei degli".split()),  # noqa: SIM905
    "Spanish": frozenset("de del".split()),  # noqa: SIM905
    "Portuguese": frozenset("de da do dos das".split()),  # noqa: SIM905
    "French": frozenset("de du des".split()),  # noqa: SIM905
}
# the endings of a verb opening a sentence before a preposition of place: "Llegaron de",
# "Salió de", "Partiram de", "Chegou de", "Partirono da", "Arrivati da", "Arrivés de"
_VERB_ENDINGS = {
    "Spanish": ("aron", "ieron", "aban", "ían", "ó"),
    "Portuguese": ("aram", "eram", "iram", "avam", "ou", "iu"),
    "Italian": ("arono", "erono", "irono", "ò", "ì", "ati", "ate", "iti", "ite"),
    "French": ("èrent", "és", "ées"),
}
# Italian prepositions of a way's end before a place that "da" then tells the way's start
# of: "a Genova da Torino", "verso Milano da Roma"
_TOWARDS = frozenset("a in verso".split())  # noqa: SIM905
# an Italian sentence telling of a journey, where "a Genova da Torino" are its end and its
# start; "ha telefonato a Lula da Silva" tells none, and "Lula da Silva" is a person
_JOURNEY = re.compile(
    r"(?<!\w)(?:arriv|giun[gt]|rientr|viagg|trasferit|spostat|dirett[oaie]\b|tornat|"
    r"tornar|torna\b|torner|tornò|partit[oaie] da\b|part(?:ire|irà|ono|ì|enza|ite)\b|"
    r"rott[ae]\b|tratta\b|collegament|traghett|voli?\b|treni?\b|nav[ei]\b|aere[oi]\b|"
    r"pullman|autobus|bus\b|corsa\b|chilometri|km\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"'„“«(:]\s*)$")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([^\W\d_]+)\s+$")
# titles before a surname the lexicon's lists leave out ("il generale", "le roi")
_TITLES = frozenset("generale roi rei re rey reine rainha regina reina papa".split())  # noqa: SIM905


def preposition_before_place(text: str, word: str, particles: Sequence[str], name: str) -> bool:
    """True when ``particles`` (in small letters) between ``word`` (the word before them,
    "" when none) and the one-word ``name`` are prepositions of the language ``text`` (an
    article's folded text) is written in, not a surname's particles (see the module)."""
    language = _language(text)
    prepositions = _PREPOSITIONS.get(language or "")
    if prepositions is None or language is None or particles[0] not in prepositions:
        return False
    if not set(particles[1:]) <= prepositions | ARTICLES[language]:
        return False
    if not word.islower() or _title(word):
        return False
    if word in FOREIGN_FUNCTION_WORDS[language] | AUXILIARIES[language]:
        return False
    return not _surname(text, " ".join(particles), name)


def place_after_capital(text: str, at: int, word: str, particles: Sequence[str]) -> bool:
    """True when ``particles`` after the capitalised ``word`` (at ``at`` of ``text``, an
    article's folded text) are prepositions before a place, not a surname's particles
    after a given name: after a verb opening its sentence ("Llegaron de Santiago",
    "Partiram de Lisboa", "Partirono da Roma"), or Italian "da" after a place that a
    preposition of the way's end opens ("a Genova da Torino"); not "Lula da Silva", "Thiago
    de Souza", "dedicato a Leonardo da Vinci" (a given name), "ha telefonato a Lula da
    Silva" (no journey told: a person after "a")."""
    language = _language(text)
    prepositions = _PREPOSITIONS.get(language or "")
    if prepositions is None or language is None or not set(particles) <= prepositions:
        return False
    low = word.lower()
    if low in FEMALE or low in MALE or unaccented(low) in GIVEN or _title(low):
        return False
    if _SENTENCE_OPENS.search(text, max(0, at - 4), at) is not None:
        return verb_before_place(word, particles[0], language)
    before = _WORD_BEFORE.search(text, max(0, at - 12), at)
    return (
        language == "Italian"
        and list(particles) == ["da"]
        and before is not None
        and before.group(1) in _TOWARDS
        and _journey(text, at)
    )


def _journey(text: str, at: int) -> bool:
    """The sentence of ``text`` holding ``at`` tells of a journey: "Il treno è arrivato a
    Genova da Torino", not "ha telefonato a Lula da Silva"."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    end = _SENTENCE_END.search(text, at)
    return _JOURNEY.search(text, start, end.start() if end else len(text)) is not None


def verb_before_place(word: str, after: str, language: str) -> bool:
    """True when ``word``, opening a sentence of ``language`` before the word ``after``, is
    a verb before a preposition of place: "Llegaron" of "Llegaron de Santiago", "Partiram"
    of "Partiram de Lisboa" (no given name: "Thiago de Souza")."""
    low = word.lower()
    endings = _VERB_ENDINGS.get(language)
    return (
        endings is not None
        and after in _PREPOSITIONS[language]
        and len(low) > 3
        and low.endswith(endings)
        and low not in FEMALE
        and low not in MALE
    )


def _title(word: str) -> bool:
    return any(w in TITLES or w in FOREIGN_TITLES or w in _TITLES for w in (word, unaccented(word)))


@lru_cache(maxsize=8)
def _language(text: str) -> str | None:
    return pair_language(text)


def _surname(text: str, particles: str, name: str) -> bool:
    """True when ``text`` writes ``name`` after a capitalised word and ``particles``, that
    word no institution's head, nor a verb or a place before a preposition of place:
    "Leonardo da Vinci", not "Tribunale di Milano", "Llegaron de Santiago"
    (:func:`place_after_capital`)."""
    after = re.compile(rf"(?<![\w'\u2019-])(\w[\w'\u2019-]*) {particles} {re.escape(name)}\b")
    return any(
        m.group(1)[0].isupper()
        and m.group(1).lower() not in HEADS
        and not place_after_capital(text, m.start(1), m.group(1), particles.split())
        for m in after.finditer(text)
    )
