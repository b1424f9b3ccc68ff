"""Offices before or around a speaker's name: the words a name loses to be the speaker's
("Fulton County District Attorney Paul Howard", "Bundeskanzler Olaf Scholz", "le
Premier ministre Gabriel Attal" name Paul Howard, Olaf Scholz, Gabriel Attal), the
offices a name set off after them speaks for ("said the president, John Smith"), and the
office a name completes in another language ("le chef de l'État", "el delegado del
Gobierno": the holder speaks, not the state or the government).

English titles are :data:`reader.analysis.words.lexicon.TITLES`; those of other languages are
:data:`reader.analysis.words.lexicon.FOREIGN_TITLES`, and German, which glues an office to
what it is of ("Innenministerin", "Regierungssprecher"), is read by the endings of its
titles (:data:`reader.analysis.words.lexicon.GERMAN_TITLE_ENDINGS`).
"""

from __future__ import annotations

import re

from reader.analysis.names.described_names import without_description
from reader.analysis.words.lexicon import FOREIGN_TITLES, GERMAN_TITLE_ENDINGS, TITLES

# offices in English a name may stand after, besides the titles: "Red Sox owner John
# Henry", "said the company's chief executive, John Smith"
OFFICES = TITLES | frozenset(
    """
    producer producers attorney prosecutor commodore lawyer executive chief head founder
    manager chairperson chair superintendent sheriff editor treasurer principal dean
    inspector constable curator organiser organizer administrator headteacher
    """.split()  # noqa: SIM905
)


def foreign_office(word: str) -> bool:
    """True when ``word`` is an office in another language: a title listed for it
    ("président", "presidente", "sindaco", "porta-voz") or a German one, capitalised
    and ending as its titles do ("Bundeskanzler", "Innenministerin", "Polizeisprecher")."""
    low = word.lower().strip(".")
    return low in FOREIGN_TITLES or (word[:1].isupper() and low.endswith(GERMAN_TITLE_ENDINGS))


def without_office(name: str) -> str:
    """A speaker's name without the office a run of capitals put before it: "Fulton
    County District Attorney Paul Howard" -> "Paul Howard", "Producers Laurence Mark and
    Bill Condon" -> "Laurence Mark and Bill Condon" (two words at least stay after an
    English title, which may be a surname too: "Judge", "King"), "Bundeskanzler Olaf
    Scholz" -> "Olaf Scholz", "Bundeskanzler Scholz" -> "Scholz"; without a possessive
    and a kin or role noun either: "Ihre Schwester Maria Braun" -> "Maria Braun"
    (reader.analysis.names.described_names)."""
    name = without_description(name)
    words = name.split()
    cut, fewest = 0, len(words) + 1
    for k, word in enumerate(words[:-1]):
        if foreign_office(word):
            cut, fewest = k + 1, 1
        elif word.lower().strip(".") in OFFICES:
            cut, fewest = k + 1, 2
    return " ".join(words[cut:]) if len(words) - cut >= fewest else name


# an office in another language completed by the name right after it: "le chef de
# l'État", "el jefe del Estado", "il capo dello Stato" (the head of state speaks, not the
# state); "le ministre de l'Intérieur Gérald Darmanin" names Darmanin after it
_LATIN_TITLES = "|".join(re.escape(t) for t in sorted(FOREIGN_TITLES) if t[0] < "\u0370")
# up to two adjectives between: "la ministra española de Defensa", "le ministre français
# de l'Intérieur" (not "el jefe de bomberos de Madrid")
_ADJECTIVE = (
    r"(?:\s+(?!(?:de|del|della|dello|di|da|do|dos|das|des|du|la|le|les|el|los|las|il|lo|o|a"
    r"|os|as|et|y|e|ou|o|que|qui|che)\b)(?-i:[^\W\d_A-ZÀ-Þ])[^\W\d_]*)"
)
_FOREIGN_COMPLEMENT = re.compile(
    rf"(?<![\w-])(?:{_LATIN_TITLES}){_ADJECTIVE}{{0,2}}"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|d['’]|del\s+|de\s+|dello\s+|della\s+"
    r"|dell['’]|di\s+|do\s+|da\s+|dos\s+|das\s+)$",
    re.IGNORECASE,
)
_OFFICE_REACH = 40  # characters before a name in which an office it completes is read


def completes_office(text: str, at: int, start: int = 0) -> bool:
    """The name at ``at`` of ``text`` completes an office in another language written
    just before it, after ``start``: "le chef de l'État", "el jefe del Estado", "el
    delegado del Gobierno"."""
    return _FOREIGN_COMPLEMENT.search(text, max(start, at - _OFFICE_REACH), at) is not None
