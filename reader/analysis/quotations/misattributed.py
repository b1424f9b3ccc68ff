"""One quotation given to two people: a misattribution for the reader to check.

"The future of Europe is at stake," Merkel said, in one report; the same words from
Sarkozy in the other. Two reports that quote the same words (a quotation long enough to
be speech, not a phrase both repeat, such as "midnight rules") and name two different
speakers for them disagree on who said it: one of them is wrong, or one speaker quoted
the other. A source left unnamed ("her rep", "the officer") or named by a role someone
holds ("Reid's rep") may be the named person, and two names sharing a word ("Kim" and "Kim
Jong Un") may be one person: neither is told. Nor is a quotation whose paragraph, in
one report, names the other report's speaker ("Kim echoed Putin's words", "said the
spokesman, reading a statement from Merkel"): it may tell one quoting the other.
"""

from __future__ import annotations

import re

from reader.analysis.names.cjk_names import cjk_person
from reader.analysis.quotations.quotes import Quotation
from reader.analysis.words.letters import plain_letters, umlauts_spelt
from reader.analysis.words.unspaced import UNSPACED
from reader.ingest.agencies import is_agency

# the fewest words the shorter of the two quotations must have to count as speech
MIN_WORDS = 5
# how alike the two quotations must be (quote_similarity) to be the same words
MIN_SIMILARITY = 0.8
_NAME_WORDS = re.compile(r"[^\W\d_]+")
_CJK = re.compile(f"[{UNSPACED}]")
# words of a name that tell no one apart
_NOT_PERSONAL = frozenset("de del der di da van von la le al bin jr sr s".split())  # noqa: SIM905


def other_speakers(
    x: Quotation, y: Quotation, similarity: float, around_x: str = "", around_y: str = ""
) -> str | None:
    """ "said by A vs said by B" when two matched quotations are one quotation that the two
    articles give to two people; else None. ``around_x`` and ``around_y`` are the text
    of each quotation's paragraph outside its marks: a report that names the other
    report's speaker there may tell one speaker quoting or reading the other's words."""
    if not (x.speaker and y.speaker) or x.unnamed or y.unnamed:
        return None
    if _role_of_someone(x.speaker) or _role_of_someone(y.speaker):
        return None  # "Reid's rep" may be Jack Ketsoyan
    if _carrier(x.speaker) or _carrier(y.speaker):
        return None  # "according to the text published by KCNA": Putin's words, perhaps
    if similarity < MIN_SIMILARITY or min(len(x.words), len(y.words)) < MIN_WORDS:
        return None
    if _one_name_word(_personal(x.speaker), _personal(y.speaker)):
        return None
    if _names_in(y.speaker, around_x) or _names_in(x.speaker, around_y):
        return None  # "Kim echoed Putin's words", "reading a statement from Merkel"
    return f"said by {x.speaker} vs said by {y.speaker}"


def _role_of_someone(speaker: str) -> bool:
    """A role someone named holds ("Reid's rep", "Biancardi's attorney"), or no name. A
    Chinese or Japanese speaker has no capitals: it is a name when it reads as one
    (names.cjk_names.cjk_person: "金正恩", "外交部发言人毛宁"; not "发言人", "外交部")."""
    if _CJK.search(speaker):
        return cjk_person(speaker) is None
    return "'s " in speaker or "’s " in speaker or not any(c.isupper() for c in speaker)


def _carrier(speaker: str) -> bool:
    """A speaker that carries others' words, not a person: a news agency ("Reuters",
    "Xinhua") or an organisation written in capitals ("KCNA", "NATO")."""
    words = _NAME_WORDS.findall(speaker)
    if words and all(len(w) > 1 and w.isupper() for w in words):
        return True
    return is_agency(speaker)


def may_be_one_person(x: str, y: str) -> bool:
    """Two speakers' names that may name one person, as :func:`other_speakers` reads
    them: the same words ("Kim Jong-un", "Kim Jong Un"), a word in common ("Kim", "Kim
    Jong Un") or a letter apart ("Hefner", "Heffner"). Where a quotation's other
    speaker is shown beside its own, it is shown only when this is False."""
    return x == y or _one_name_word(_personal(x), _personal(y))


def _personal(name: str) -> set[str]:
    """The words of ``name`` that tell a person apart, in small letters, each also as a
    writer without marks spells it ("jörg", "jorg" and "joerg" of "Jörg"; "strauss" of
    "Strauß"): "Jörg Müller" and "Joerg Mueller" share words."""
    person = cjk_person(name) if _CJK.search(name) else None
    if person is not None:
        return {person}  # "外交部发言人毛宁" and "毛宁" are one person
    words = {w for w in _NAME_WORDS.findall(name.lower()) if w not in _NOT_PERSONAL}
    return words | {plain_letters(w) for w in words} | {umlauts_spelt(w) for w in words}


def _one_name_word(xs: set[str], ys: set[str]) -> bool:
    """The two names share a word, or one spelt a letter apart ("Heffner" for "Hefner",
    "Ketsoyan" for "Ketsoyen"): a misspelt name is one person, not two."""
    return bool(xs & ys) or any(a_letter_apart(x, y) for x in xs for y in ys)


def a_letter_apart(x: str, y: str) -> bool:
    """One letter added, dropped or changed, in words of five letters or more."""
    if min(len(x), len(y)) < _SPELT_WORD or abs(len(x) - len(y)) > 1:
        return False
    if len(x) > len(y):
        x, y = y, x
    i = next((k for k in range(len(x)) if x[k] != y[k]), len(x))
    return x[i + (len(x) == len(y)) :] == y[i + 1 :]


_SPELT_WORD = 5


def _named(text: str) -> set[str]:
    """The capitalised words of ``text``, lowercased: the words of the names it holds."""
    return {w.lower() for w in _NAME_WORDS.findall(text) if w[0].isupper()}


def _names_in(speaker: str, text: str) -> bool:
    """``text`` names ``speaker`` (a word of the name, capitalised; a Chinese or Japanese
    name written anywhere in it: "金正恩重复了普京的话")."""
    persons = _personal(speaker)
    return bool(persons & _named(text)) or any(p in text for p in persons if _CJK.search(p))
