"""Unnamed speakers told by their age in Swedish, German, Dutch, French and Spanish: "säger
en 67-årig man", "sagte ein 67-jähriger Mann", "zegt een 67-jarige man", "a déclaré un
homme de 67 ans", "dijo un hombre de 67 años".

The grammar of unnamed sources (:mod:`reader.analysis.quotations.unnamed_speakers`) is
English's: its determiners and its nouns ("a 67-year-old man said"). A person told by
an age is one the article does not name, whatever the noun: a man, a woman, a
passenger, a driver. Here such a phrase is read in the five languages: an indefinite
article, the age as an adjective ("67-årig", "67-jähriger", "67-jarige") and one noun,
or the article, one noun and the age after it ("homme de 67 ans", "hombre de 67
años"), and where the person is from ("från Uppsala", "aus Köln", "uit Utrecht", "de
Lyon"), when it ends where the attribution does (its sentence's punctuation, a comma, or
a word that goes on about the person: "som", "der", "die", "qui", "que").
"""

from __future__ import annotations

import re

_ARTICLE = r"(?:en|ett|ein|eine|einer|een|un|une|una|uno)"
_NOUN = r"[^\W\d_][\w-]*"
_AGE_ADJECTIVE = r"\d{1,3}-(?:åriga?|årige|jährige[rn]?|jarige)"
_AGE_AFTER = r"(?:de|d')\s*\d{1,3}\s+(?:ans|años)"
_FROM = r"(?:från|aus|uit|de|du|d'|del)"
_PLACE = r"[A-ZÅÄÖÉ][\w-]*(?:\s+[A-ZÅÄÖÉ][\w-]*)?"
_PHRASE = (
    rf"{_ARTICLE}\s+(?:{_AGE_ADJECTIVE}\s+{_NOUN}|{_NOUN}\s+{_AGE_AFTER})"
    rf"(?:\s+{_FROM}\s*{_PLACE})?"
)
# a relative pronoun going on about the person: "en 67-årig man från Uppsala som var på
# väg", "ein 67-jähriger Mann, der", "un homme de 67 ans qui"
_GOES_ON = r"som|der|die|qui|que|quien|dat"
_AFTER = re.compile(rf"\s*(?P<phrase>{_PHRASE})(?=\s*$|\s*[,;:!?.»«\"”]|\s+(?:{_GOES_ON})\b)")
_BEFORE = re.compile(rf"\s*(?P<phrase>{_PHRASE})\s*,?\s*", re.IGNORECASE)


def aged_after(text: str, pos: int, end: int) -> str | None:
    """The person told by an age whose phrase opens right after ``pos`` (an inverted verb
    of saying: "säger en 67-årig man") and ends before ``end``, or None."""
    m = _AFTER.match(text, pos, end)
    return m.group("phrase") if m is not None else None


def aged_before(text: str, start: int, end: int) -> str | None:
    """The person told by an age whose phrase is all of ``text[start:end]``, right before
    its verb ("Ein 67-jähriger Mann sagte"), or None; its article in small letters."""
    m = _BEFORE.fullmatch(text, start, end)
    if m is None:
        return None
    phrase = m.group("phrase")
    return phrase[:1].lower() + phrase[1:]
