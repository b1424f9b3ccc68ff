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

from reader.analysis.article_names import ARTICLES
from reader.analysis.common_words import AUXILIARIES
from reader.analysis.institution_names import HEADS
from reader.analysis.letters import unaccented
from reader.analysis.lexicon import FOREIGN_FUNCTION_WORDS, FOREIGN_TITLES, TITLES
from reader.analysis.relatedness import pair_language

# the prepositions of each language that are names' particles too
_PREPOSITIONS = {
    "Italian": frozenset("di da del della dello delle dei degli".split()),  # noqa: SIM905
    "Spanish": frozenset("de del".split()),  # noqa: SIM905
    "Portuguese": frozenset("de da do dos das".split()),  # noqa: SIM905
    "French": frozenset("de du des".split()),  # noqa: SIM905
}
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


def _title(word: str) -> bool:
    return any(w in TITLES or w in FOREIGN_TITLES or w in _TITLES for w in (word, unaccented(word)))


@lru_cache(maxsize=8)
def _language(text: str) -> str | None:
    return pair_language(text)


def _surname(text: str, particles: str, name: str) -> bool:
    """True when ``text`` writes ``name`` after a capitalised word and ``particles``, that
    word no institution's head: "Leonardo da Vinci", not "Tribunale di Milano"."""
    after = re.compile(rf"(?<![\w'\u2019-])(\w[\w'\u2019-]*) {particles} {re.escape(name)}\b")
    return any(
        m.group(1)[0].isupper() and m.group(1).lower() not in HEADS for m in after.finditer(text)
    )
