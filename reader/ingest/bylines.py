"""Bylines in the languages Crossread reads besides English: "Von Anna Müller", "Par Jean
Dupont et Marie Martin", "Por María López", "di Marco Rossi", "Por João Silva", and the
word a byline opens with in each of them (reader.ingest.html writes a page's writer back
in the page's own language: "Par Jean Dupont" in a French article, not "By ...").

A byline is short and is only names: each writer a first name and a surname at least
(particles such as "de", "von", "di", "dos" between them), writers joined by a comma or
"und", "et", "y", "e"; after them a place or the agency, set off by a comma, a bar or
a dash ("Von Anna Müller, Berlin", "Par Jean Dupont | AFP"), or the agency the story
was written with ("Par Jean Dupont avec AFP"). A sentence that opens with the same word
is prose: "Par ailleurs, ...", "Por eso ...", "Von Montag an ...", "Di recente ..." (a
small word after the first, or a day or month where a name would be); so is a German
line of nouns ("Von Tätern und Opfern"), each "writer" a single word.
"""

from __future__ import annotations

import re

from reader.ingest.calendar_words import (
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAYS,
    OTHER_MONTHS,
    OTHER_WEEKDAYS,
)

__all__ = ["BY_WORDS", "byline_word", "is_foreign_byline", "language_of_tag"]

BY_WORDS = {
    "English": "By",
    "French": "Par",
    "German": "Von",
    "Spanish": "Por",
    "Portuguese": "Por",
    "Italian": "di",
}
"""The word a byline opens with, by language (as reader.ingest.languages names them)."""

# a language tag's first part ("fr-FR", "de_CH", "pt-BR") -> the language
_TAG_LANGUAGES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
}


def language_of_tag(tag: str | None) -> str | None:
    """The language of a language tag ("fr-FR", "de_CH", "pt-BR") among those of
    BY_WORDS, or None."""
    if not tag:
        return None
    return _TAG_LANGUAGES.get(re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0])


def byline_word(language: str | None) -> str:
    """The word a byline opens with in ``language`` ("Par" in French), "By" in English or
    a language not listed."""
    return BY_WORDS.get(language or "", "By")


_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŹŻŽ"
_LOWER = "a-zß-öø-ÿćčđłńřśšźżž"
# a name's word: "Anna", "Müller", "MÜLLER", "Jean-Baptiste", "O'Neill", "McKenzie", "J.",
# "A.-M."
_NAME_START = rf"[{_UPPER}](?:[{_LOWER}{_UPPER}'’]*[{_LOWER}{_UPPER}]|\.)"
_NAME_PART = rf"{_NAME_START}(?:-{_NAME_START})*"
# the small words inside a name: "Jean-Baptiste de Montvalon", "Ursula von der Leyen",
# "Maria da Silva dos Santos", "Carlo di Stefano", "d'Ormesson"
_PARTICLE = r"(?:de|del|della|der|des|di|da|das|do|dos|du|la|le|van|von|zu|y)"
_WRITER = rf"{_NAME_PART}(?:\s+(?:{_PARTICLE}\s+){{0,2}}(?:d['’])?{_NAME_PART}){{1,4}}"
_AND = r"(?:,|\s+(?:und|et|y|e|and|&))"
# what may follow the names: a place, a role, the agency ("Von Anna Müller, Berlin",
# "Par Jean Dupont, envoyé spécial à Kiev", "Por María López | EFE", "Par Jean Dupont
# (AFP)", "Par Jean Dupont avec AFP", "Von Anna Müller mit dpa")
_TAIL = (
    r"(?:\s*[,|/–—-]\s*[^\s.!?,;:][^\n.!?;:]{0,60}"
    r"|\s*\([\w .&-]{2,30}\)"
    rf"|\s+(?:avec|mit|con|com)\s+(?:l['’])?[{_UPPER}][\w.&-]*(?:\s+[{_UPPER}][\w.&-]*){{0,2}})"
)
_FOREIGN_BYLINE = re.compile(
    rf"^(?:Von|VON|Par|PAR|Por|POR|di|Di|DI)\s+(?P<names>{_WRITER}(?:{_AND}\s+{_WRITER}){{0,3}})"
    rf"(?P<tail>{_TAIL})?\s*$"
)
# an office for a writer: "Par la rédaction", "Von unserer Redaktion", "Por Redacción"
_DESK = re.compile(
    r"^(?:von|par|por|di)\s+(?:la\s+|der\s+|unserer\s+|unserem\s+|)"
    r"(?:rédaction|redaktion|redacción|redação|redazione|korrespondenten|correspondant)"
    r"(?:\s*[,|/–—-]\s*[^\n.!?]{1,40})?$",
    re.IGNORECASE,
)
# days and months are no names ("Von Montag Abend", "Por Lunes Santo"), nor the small
# words of an English headline written in capitals ("Par For The Course")
_CALENDAR = frozenset(ENGLISH_MONTHS) | set(ENGLISH_WEEKDAYS) | OTHER_WEEKDAYS | set(OTHER_MONTHS)
_ENGLISH_SMALL_TEXT = "the an for of in on to at with is as after over from"
_ENGLISH_SMALL = frozenset(_ENGLISH_SMALL_TEXT.split())
_MAX_LINE = 100
_TAIL_WORDS = 6


def is_foreign_byline(line: str) -> bool:
    """``line`` is a byline in French, German, Spanish, Portuguese or Italian: "Von Anna
    Müller und Tom Schmidt", "Par Jean Dupont, envoyé spécial à Kiev", "di Marco Rossi".
    Not a sentence opening with the same word ("Par ailleurs, ...", "Von Montag an")."""
    line = line.strip()
    if len(line) > _MAX_LINE:
        return False
    if _DESK.match(line):
        return True
    m = _FOREIGN_BYLINE.match(line)
    if m is None:
        return False
    words = re.findall(r"[^\W\d_]+", m.group("names").casefold())
    if any(w in _CALENDAR or w in _ENGLISH_SMALL for w in words):
        return False
    tail = m.group("tail") or ""
    return len(tail.split()) <= _TAIL_WORDS
