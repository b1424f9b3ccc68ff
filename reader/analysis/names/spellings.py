"""Whether a name matched in both articles is spelt differently in them: "John Smith" and
"John Smyth", "Philips" and "Phillips", "Gaddafi" and "Qaddafi" (a letter apart), or
"Mohammed al-Rashidi" and "Muhammad Al Rashedi" (vowels transliterated two ways). For a
fact-checker two outlets spelling a name apart is a finding: one may be wrong (Smith
and Smyth are two real surnames), or the two are known transliterations.

The matching (reader.analysis.mentions, names.transliterations) decides which names are
one; this only tells, of a pair it matched, how their spellings differ. Alike are two
spellings that differ only in case, marks ("Müller", "Muller", "Mueller"), punctuation,
hyphens and spaces ("Kim Jong Un", "Kim Jong-un"; "Abdulrahman", "Abdul Rahman") or by
words one of them leaves out ("Putin", "Vladimir Putin"). Two names whose other words
are not each a letter apart or a transliteration of the other's (an acronym and its
name, "UK" and "Britain", a city in two languages) are two forms of a name, not two
spellings: no mark either.
"""

from __future__ import annotations

import re

from reader.analysis.names.transliterations import transliterated
from reader.analysis.quotations.misattributed import a_letter_apart
from reader.analysis.words.letters import plain_letters, umlauts_spelt
from reader.analysis.words.lexicon import DEMONYMS
from reader.model import Spelling

_POSSESSIVE = re.compile(r"['\u2019]s?\b", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[^\w]+|_")
_CONSONANTS = re.compile(r"[^aeiou]")  # "y" a consonant: "Smith" and "Smyth" differ in it


def spelling(a: str, b: str) -> Spelling | None:
    """How names ``a`` and ``b`` (their words as each article writes them) are spelt
    apart: VOWELS when the words that differ differ only in their vowels as
    transliterations do ("Mohammed" and "Muhammad"), LETTERS when a letter apart or
    transliterated with other letters ("Smith" and "Smyth", "Dmitry" and "Dmitri"), None
    when spelt alike or not two spellings of one name (see the module)."""
    forms = [_words(_POSSESSIVE.sub("", x)) for x in (a, b)]
    if _alike(*(f[0] for f in forms)) or _alike(*(f[1] for f in forms)):
        return None
    x, y = (f[0] for f in forms)
    rest_x, rest_y = [w for w in x if w not in y], [w for w in y if w not in x]
    shorter, longer = sorted((rest_x, rest_y), key=len)
    pairs: list[tuple[str, str]] = []
    for word in shorter:
        partner = next((w for w in longer if _one_name(word, w)), None)
        if partner is None:
            return None
        longer.remove(partner)
        pairs.append((word, partner))
    if not pairs:
        return None
    vowels = all(_consonants(p) == _consonants(q) and transliterated(p, q) for p, q in pairs)
    return Spelling.VOWELS if vowels else Spelling.LETTERS


def _words(name: str) -> tuple[list[str], list[str]]:
    """The words of ``name`` in small plain letters, an umlaut as its letter alone
    ("muller") and, second, as its letter and "e" ("mueller")."""
    plain, umlauts = (
        _NOT_LETTERS.sub(" ", plain_letters(n)).split() for n in (name, umlauts_spelt(name))
    )
    return plain, umlauts


def _alike(x: list[str], y: list[str]) -> bool:
    """The two names' words are one spelling: written with or without spaces and
    hyphens ("kim jong un", "kim jongun"), or one's words all among the other's, or one
    written as a run of the other's ("jongun" of "kim jong un")."""
    if not x or not y or set(x) <= set(y) or set(y) <= set(x):
        return True
    short, long = sorted((x, y), key=len)
    joined = "".join(short)
    return any(
        "".join(long[i:j]) == joined for i in range(len(long)) for j in range(i + 1, len(long) + 1)
    )


def _one_name(x: str, y: str) -> bool:
    """Two words, spelt apart, of one name: a letter apart, or transliterated; not a
    place and its people ("Russia" and "Russian")."""
    if x in DEMONYMS or y in DEMONYMS:
        return False
    return a_letter_apart(x, y) or transliterated(x, y)


def _consonants(word: str) -> str:
    return "".join(_CONSONANTS.findall(word))
