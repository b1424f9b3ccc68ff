"""Whose an age is: the name it is told with ("Reid, 33,", "the 51-year-old Capt. Tom
Tennant") or the noun it describes ("a 41-year-old man", "his 15-year-old daughter",
"the driver, 45,", "a man aged 33"). Two ages contradict each other only when they are
one person's: a daughter, son, wife... or anyone told as someone's ("his passenger, 23")
is another person than the sentence's subject, and a pilot is not a passenger. The other
languages' ages are read the same way ("der 22-jährige Student", "un homme de 22 ans",
"de 22-jarige man", "een man (22)", "Jan de Vries (22)")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.features import STOPWORDS, UnitFeatures
from reader.analysis.figures.compound_counts import dutch_person
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import REPORTING
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern, longest_first

__all__ = ["AgeOwner", "age_owner"]

# relatives: another person than the one the sentence tells of, unless the noun describes
# that one ("a 41-year-old father of three")
_KIN = frozenset(
    stem(w)
    for w in """
    daughter son wife husband father mother brother sister parent sibling stepson
    stepdaughter stepfather stepmother grandson granddaughter grandfather grandmother
    grandchild grandchildren nephew niece cousin uncle aunt girlfriend boyfriend fiancee
    fiance widow widower
    dochter zoon echtgenoot echtgenote vader moeder broer zus zuster vriend vriendin opa
    oma oom tante neef nicht kleinzoon kleindochter
    """.split()  # noqa: SIM905
)
# nouns that tell only a sex or an age: the same person as a suspect, a pilot or a victim
# may be told of as "a man" or "a boy"
_PLAIN = frozenset(
    stem(w)
    for w in """
    man men woman women person people individual male female boy girl child children kid
    teen teenager youth youngster juvenile baby infant toddler
    mann frau mensch junge mädchen kind jugendliche jugendlicher jugendlichen
    homme femme garçon fille fillette enfant adolescent adolescente jeune bébé individu
    hombre mujer joven niño niña chico chica adolescente bebé menor varón individuo
    uomo donna ragazzo ragazza giovane bambino bambina bimbo bimba neonato individuo
    homem mulher jovem rapaz rapariga menino menina criança bebé bebê indivíduo
    man vrouw jongen meisje kind jongere tiener persoon mens baby peuter
    """.split()  # noqa: SIM905
)
# "his 15-year-old daughter", "Reid's 12-year-old son", "their passenger, 23,"
# "zijn 15-jarige dochter", "haar zoon (12)"
_POSSESSOR = LazyPattern(
    r"(?:\b(?:his|her|their|its|our|my|your|zijn|haar|hun|mijn)|'s?)\s+$", re.IGNORECASE
)
_ADJECTIVE_AGE = LazyPattern(r"\d+[- ]year[- ]old$", re.IGNORECASE)  # not "34 years old"
_AGED = LazyPattern(r"aged\s", re.IGNORECASE)
# an age told after its noun in French, Spanish, Italian, Portuguese: "un homme de 22
# ans", "una mujer, de 35 años", "un uomo di 40 anni", "um homem de 50 anos", "un homme
# âgé de 22 ans", "een man van 22 jaar"
_AGE_OF = LazyPattern(
    r"(?:âgée?s?\s+)?(?:d[ei]|van)\s+\d{1,3}\s+(?:ans|años|anni|anos|jaar)\b", re.IGNORECASE
)
# German's adjective: "der 22-jährige Student", "eine 31-jährige Frau" (reader.analysis.
# compound_counts); "der 22-Jährige" names the person
_GERMAN_ADJECTIVE_AGE = LazyPattern(r"(?:\d+-|[^\W\d_]+)jährig(?:e|en|er|es|em)?$")
# Dutch's, in small letters as its nouns: "de 22-jarige man", "zijn 15-jarige dochter"
_DUTCH_ADJECTIVE_AGE = LazyPattern(r"(?:\d+-|[^\W\d_]+)jarige?$", re.IGNORECASE)
_WORD_AFTER = LazyPattern(r"\s+([^\W\d_][\w'-]*)")
_WORD_BEFORE = LazyPattern(r"([^\W\d_][\w'-]*)(,?\s+)$")
_NAME_BEFORE_GAP = LazyPattern(r"[\s,(]*")  # "Reid, 33,", "Reid aged 33"
_NAME_GAP = LazyPattern(r"[\s,]*(?:[^\W\d_][\w.'-]*\s+)?")  # "the 33-year-old actress Tara Reid"
_FOLLOWED_BY_OF = LazyPattern(r"\s+of\b", re.IGNORECASE)  # "a 41-year-old father of three"


@dataclass(frozen=True, slots=True)
class AgeOwner:
    """Whose an age is, as far as its sentence tells."""

    name: str | None = None  # the key of the name it is told with
    noun: str = ""  # the stem of the noun it describes ("man", "daughter", "suspect")
    # someone's relative or someone's ("his 15-year-old daughter", "his passenger, 23"):
    # another person than the one the sentence tells of
    someones: bool = False

    def may_be(self, other: AgeOwner) -> bool:
        """The two ages may be one person's, names aside: someone's relative is only
        another's same relative, and two nouns for people the same noun, or one of them
        a plain "man" or "boy"."""
        if self.someones or other.someones:
            return self.someones and other.someones and self.noun == other.noun
        if not (self.noun and other.noun) or self.noun == other.noun:
            return True
        return (self.noun in _PLAIN) != (other.noun in _PLAIN)


def age_owner(f: UnitFeatures, m: Mention) -> AgeOwner:
    """Whose the age ``m`` of the sentence ``f`` is."""
    text, base = f.unit.folded, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    name = _name(f, text, start, end)
    described = _noun(text, start, end, m.surface)
    if described is None:
        return AgeOwner(name)
    noun, phrase_start, noun_end = described
    kin = stem(noun) in _KIN and not _FOLLOWED_BY_OF.match(text, noun_end)
    possessed = _POSSESSOR.search(text, max(0, phrase_start - 8), phrase_start) is not None
    return AgeOwner(name, stem(noun), kin or possessed)


def _noun(text: str, start: int, end: int, surface: str) -> tuple[str, int, int] | None:
    """The noun for a person the age describes, where its noun phrase starts (a possessor
    stands before) and where the noun ends: the word after "33-year-old" (an adjective of
    origin skipped: "a 41-year-old British man"), the word before "33," or "aged 33";
    None when the age is told of the sentence's subject ("she was 91", "the 33-year-old
    said")."""
    if _GERMAN_ADJECTIVE_AGE.fullmatch(surface):  # German writes its nouns capitalised
        found = _WORD_AFTER.match(text, end)
        if found is None or not found.group(1)[:1].isupper():
            return None
        return _person(found.group(1), start, found.end())
    if _DUTCH_ADJECTIVE_AGE.fullmatch(surface):  # Dutch writes its nouns in small letters
        found = _WORD_AFTER.match(text, end)
        if found is None or not dutch_person(found.group(1)):
            return None  # "de 22-jarige werd aangehouden": the person named
        return _person(found.group(1), start, found.end())
    if _ADJECTIVE_AGE.search(surface):
        at = end
        for _ in range(2):
            found = _WORD_AFTER.match(text, at)
            if found is None:
                return None
            if not found.group(1)[:1].isupper():
                return _person(found.group(1), start, found.end())
            at = found.end()
        return None
    bracketed = text[start - 1 : start] == "("  # "Jan de Vries (22)", "een man (22)"
    if bracketed or _AGED.match(surface) or _AGE_OF.match(surface) or text[end : end + 1] == ",":
        # "a man aged 33", "driver, 45,", "un homme de 22 ans", "een man (22)"
        before = text[: start - 1].rstrip() + " " if bracketed else text[:start]
        found = _WORD_BEFORE.search(before, max(0, len(before) - 30))
        if found is not None and found.group(1).islower():
            return _person(found.group(1), found.start(), found.end(1))
    return None


def _person(word: str, phrase_start: int, end: int) -> tuple[str, int, int] | None:
    """``word``, lower-cased and without a possessive "'s", with where its phrase starts
    and where it ends, when it may name a person: not a function word ("was"), a verb
    of saying ("said") or a past form ("checked")."""
    word = word.lower().removesuffix("'s").removesuffix("'")
    if word in STOPWORDS or word in REPORTING or word.endswith("ed"):
        return None
    return word, phrase_start, end


def _name(f: UnitFeatures, text: str, start: int, end: int) -> str | None:
    """The name an age is told with: right before it ("Reid, 33,") or right after it, at
    most one word between ("the 51-year-old Capt. Tom Tennant", "the 33-year-old actress
    Tara Reid"; not "a 41-year-old man in Leeds")."""
    base = f.unit.span.start
    for n in f.names:
        n_start, n_end = n.span.start - base, n.span.end - base
        if 0 <= start - n_end <= 3 and _NAME_BEFORE_GAP.fullmatch(text, n_end, start):
            return n.key  # not "Russell's 15-year-old son"
        gap = _NAME_GAP.fullmatch(text, end, n_start) if 0 <= n_start - end <= 12 else None
        if gap is not None and not _STOP_BETWEEN.search(text, end, n_start):
            return n.key
    return None


_STOP_BETWEEN = LazyPattern(r"\b(?:" + "|".join(longest_first(map(re.escape, STOPWORDS))) + r")\b")
