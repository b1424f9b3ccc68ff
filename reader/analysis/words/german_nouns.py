"""German nouns told from names: German capitalises every noun, so a capital alone says
nothing.

A capitalised word is read as a noun, not a name, when:

- the pair writes it as one: after an article or a quantifier ("der Vertrag", "beide
  Staaten", with up to ADJECTIVES_BETWEEN small words between, the last one inflected:
  "zum ersten Mal"), after an inflected adjective ("gegenseitigen Beistand"), after a
  figure or an order of magnitude ("24 Jahren", "drei Menschen", "Millionen Euro"), after
  a figure and a measure or a currency ("40 Tonnen Chlor", "3,5 Millionen Euro
  Soforthilfe") or after a place's adjective ("der Passauer Altstadt", "die Berliner
  Polizei"). An adjective written capitalised after an article and before another
  capital is a name's, no noun ("die Deutsche Bahn", "die Europäische Union"). A word of
  an adjective's form right after a noun, a name, a pronoun or an adverb opening the
  sentence is the verb German puts second ("Regierungen beschuldigen Nordkorea", "Heute
  verteidigen Putin und Kim"), not an adjective, unless that word is a genitive
  ("Russlands militärische Strategie");
- it is a title ("Bundeskanzler", "Außenministerin", "Kremlchef");
- it is a noun news writes without an article (GERMAN_BARE_NOUNS: "Nach Angaben der
  Polizei", "vor Journalisten", "Ende Juni");
- it ends as nouns made from other words do (GERMAN_NOUN_SUFFIXES: "Regierung",
  "Sicherheit", "Partnerschaft");
- it is a compound whose last part is a noun ("Bahndamm" of "der Damm", "Lebensgefahr":
  reader.analysis.words.german_compounds).

An adjective opening a sentence before a noun ("Westliche Regierungen") names nothing
unless the pair writes it capitalised inside a sentence (:func:`opening_adjective`).

Acronyms ("SPD", "AfD") and the names German writes with an article ("die Ukraine", "der Kreml") are
never nouns.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.analysis.words.german_compounds import compound_nouns
from reader.analysis.words.lexicon import (
    FOREIGN_FUNCTION_WORDS,
    FOREIGN_NUMBER_WORDS,
    FOREIGN_ORDINALS,
    FOREIGN_TITLES,
    GERMAN_BARE_NOUNS,
    GERMAN_NAMES_WITH_ARTICLE,
    GERMAN_NOUN_SUFFIXES,
    GERMAN_SUFFIX_STEM,
    GERMAN_TITLE_ENDINGS,
)

if TYPE_CHECKING:  # features reads a German sentence's names with this module
    from reader.analysis.features import UnitFeatures

Stem = Callable[[str], str]

# a word (letters and digits, with inner apostrophes or hyphens) or one punctuation mark
TOKEN = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*|[^\w\s]")
# (and superlatives and ordinals in "-st": "stärkste Kraft", "größten", "ersten", "letzten")
_ADJECTIVE = re.compile(
    r"(?:isch|ig|lich|bar|sam|los|haft|end|ell|iv|al|[^\W\d_]{2}[sßz]t)(?:e|en|er|es|em)$"
)
_INFLECTED = re.compile(r"(?:e|en|er|es|em)$")
GERMAN_DETERMINERS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans
    ums aufs durchs fürs übers unters vors
    kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede jedes
    jeden sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren
    welche welcher welches jene jener beide beiden beider alle allen aller viele vielen
    vieler mehrere mehreren mehrerer einige einigen einiger wenige wenigen weitere weiteren
    """.split()  # noqa: SIM905
)
_PREPOSITIONS = frozenset(
    """
    in an auf aus bei mit nach von vor zu für über unter um gegen seit durch ohne trotz
    laut hinter neben zwischen wegen während
    """.split()  # noqa: SIM905
)
# words ending in "s" that are no genitive: "Es beschuldigen", "Als wichtiges"
_NOT_GENITIVES = frozenset({"es", "was", "als", "bis", "uns"})
ADJECTIVES_BETWEEN = 3  # small words, at most, between a German article and its noun


def german_nouns(units: Sequence[UnitFeatures], stem: Stem) -> set[str]:
    """The stems of the capitalised words the units use as nouns (see the module's
    docstring)."""
    return nouns_of((f.unit.folded for f in units), stem)


def nouns_of(texts: Iterable[str], stem: Stem) -> set[str]:
    """:func:`german_nouns` of the folded ``texts``."""
    out: set[str] = set()
    sentences = [TOKEN.findall(text) for text in texts]
    for tokens in sentences:
        for i, w in enumerate(tokens):
            if not w[0].isupper() or acronym(w) or i == 0:
                continue
            before = tokens[i - 1]
            counted = _figure(before)
            if _names_adjective(tokens, i):
                continue  # "die Deutsche Bahn", "die Europäische Union"
            if _of_a_place(tokens, i) and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
                # "einem Bremer Chemiewerk": the place's adjective is read as a noun, by
                # itself, not by its stem, which is the place's too ("brem" of "Bremen")
                out.add(w.lower())
                continue
            if (
                counted
                or _measured(tokens, i)
                or (before.islower() and _attributive(tokens, i - 1))
                or _of_a_place(tokens, i - 1)
            ):
                out.add(stem(w.lower()))
                continue
            for k in range(1, ADJECTIVES_BETWEEN + 2):
                if i - k < 0:
                    break
                word = tokens[i - k]
                if word.lower() in GERMAN_DETERMINERS:
                    if k == 1 or _INFLECTED.search(before):
                        out.add(stem(w.lower()))
                    break
                if not word.islower():
                    break
    return out | compound_nouns(sentences, stem, out, _bare_stems(stem))


def glued_nouns(units: Sequence[UnitFeatures], stem: Stem, nouns: set[str]) -> set[str]:
    """The stems of capitalised words that end a run of capitals and are coordinated
    with a noun of ``nouns`` (:func:`german_nouns`): "Artilleriegranaten" of "Russland
    Artilleriegranaten und Raketen", a noun written after a name, not part of it."""
    out: set[str] = set()
    for f in units:
        tokens = TOKEN.findall(f.unit.folded)
        for i in range(1, len(tokens) - 2):
            w, before = tokens[i], tokens[i - 1]
            if not (w[0].isupper() and before[0].isupper() and before.isalpha()):
                continue
            if tokens[i + 1] not in _COORDINATING or w.isupper():
                continue
            # the noun coordinated, adjectives aside ("und ballistische Raketen"); not a
            # noun after an article, which may head another phrase ("und dem Machthaber")
            after = tokens[i + 2 : i + 2 + ADJECTIVES_BETWEEN + 1]
            k = next((k for k, t in enumerate(after) if not _adjective_like(t)), None)
            partner = after[k] if k is not None else ""
            low = partner.lower()
            if (
                partner[:1].isupper()
                and low not in GERMAN_NAMES_WITH_ARTICLE
                and stem(low) in nouns
            ):
                out.add(stem(w.lower()))
    return out


_COORDINATING = frozenset({"und", "oder", "sowie"})
_ADJECTIVE_LIKE = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")  # "ballistische", "neuen"


def _adjective_like(token: str) -> bool:
    """An inflected adjective's form, no article ("dem", "einer")."""
    return _ADJECTIVE_LIKE.fullmatch(token) is not None and token not in GERMAN_DETERMINERS


def _of_a_place(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is the adjective German makes of a place, capitalised and never
    inflected, after an article ("der Passauer Altstadt", "die Berliner Polizei"): the
    word after it is a noun, unless a name goes on after it ("dem Fahrer Kim Jong")."""
    word = tokens[i]
    # not a title or a noun for a person before a name: "dem Machthaber Kim Jong Un"
    named_after = i + 2 < len(tokens) and tokens[i + 2][:1].isupper()
    return (
        i > 0
        and word[0].isupper()
        and word.endswith("er")
        and not word.isupper()
        and not word.lower().endswith(GERMAN_TITLE_ENDINGS)
        and not named_after
        and tokens[i - 1].lower() in GERMAN_DETERMINERS
    )


# the measures a figure weighs a substance in: "40 Tonnen Chlor", "zwei Liter Benzin"
_MEASURES = frozenset(
    """
    tonne tonnen kilo kilogramm gramm milligramm liter hektoliter kubikmeter barrel fass
    fässer kanister säcke sack euro dollar franken pfund
    """.split()  # noqa: SIM905
)
# orders of magnitude, nouns that count what follows: "3,5 Millionen Euro"
_MAGNITUDES = frozenset("hundert tausend million millionen milliarde milliarden mio mrd".split())  # noqa: SIM905
# an adjective's ending, inflected, of one that German writes capitalised only in a name
_NAMES_ADJECTIVE = re.compile(r"(?:sch|ig|lich|al)(?:e|en|er|es|em)$")


def _measured(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is what a figure and a measure weigh, a substance or a sum's use:
    "Chlor" of "40 Tonnen Chlor", "Benzin" of "zwei Liter Benzin", "Soforthilfe" of "3,5
    Millionen Euro Soforthilfe" (not "Merkel" of "16 Jahren Merkel")."""
    return i >= 2 and tokens[i - 1].lower() in _MEASURES and _figure(tokens[i - 2])


def _figure(token: str) -> bool:
    """``token`` counts what follows: a figure, a number word or an order of magnitude
    ("24 Jahren", "drei Menschen", "Millionen Euro")."""
    low = token.lower()
    return token.isdigit() or low in FOREIGN_NUMBER_WORDS["German"] or low in _MAGNITUDES


def opening_adjective(word: str, capitalised: frozenset[str]) -> bool:
    """``word``, opening a sentence before a noun, is an adjective: of an adjective's
    inflected form ("Westliche Regierungen", "Russische Truppen"), never written
    capitalised inside a sentence by the pair (``capitalised``: :func:`capitalised_inside`;
    not "Russische Föderation" where the pair writes "die Russische Föderation")."""
    low = word.lower()
    return _ADJECTIVE.search(low) is not None and low not in capitalised


def capitalised_inside(texts: Iterable[str]) -> frozenset[str]:
    """The words, in small letters, that ``texts`` write capitalised after a word in small
    letters (inside a sentence)."""
    out: set[str] = set()
    for text in texts:
        tokens = TOKEN.findall(text)
        out.update(
            w.lower()
            for before, w in itertools.pairwise(tokens)
            if before.islower() and w[:1].isupper()
        )
    return frozenset(out)


def _names_adjective(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is an adjective written capitalised after an article and before
    another capitalised word, as German writes one only in a name: "die Deutsche Bahn",
    "die Europäische Union" (not "die Verletzten wurden", "die Deutschen")."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        _NAMES_ADJECTIVE.search(tokens[i].lower()) is not None
        and after[:1].isupper()
        and tokens[i - 1].lower() in GERMAN_DETERMINERS
    )


def _attributive(tokens: Sequence[str], i: int) -> bool:
    """``tokens[i]`` is an inflected adjective before a noun: of an adjective's form, and
    after a small word, an article, a preposition or a genitive ("Russlands neue"), not
    after a noun, a name, a pronoun or an adverb opening the sentence, which the verb
    follows ("Regierungen beschuldigen", "Sie verteidigen", "Heute verteidigen")."""
    if not _ADJECTIVE.search(tokens[i]):
        return False
    if i == 0 or not tokens[i - 1][0].isupper():
        return True
    low = tokens[i - 1].lower()
    if low in GERMAN_DETERMINERS or low in _PREPOSITIONS:
        return True
    return low.endswith("s") and low not in _NOT_GENITIVES


def german_noun(word: str, stem: Stem, nouns: set[str]) -> bool:
    """``word`` is a German noun rather than a name (see the module's docstring);
    ``nouns``: the stems the pair uses as nouns (:func:`german_nouns`)."""
    low = word.lower()
    if acronym(word) or low in GERMAN_NAMES_WITH_ARTICLE:
        return False
    if stem(low) in nouns or low in nouns or stem(low) in _bare_stems(stem):
        return True
    return low.endswith(GERMAN_TITLE_ENDINGS) or _derived(low)


def acronym(word: str) -> bool:
    """``word`` is an acronym, never a noun: in capitals ("SPD") or with a capital inside
    it ("AfD", "BaFin"), which no German noun has (a compound hyphened to a name, "CDU-
    Landeszentrale", aside)."""
    return word.isupper() or ("-" not in word and any(c.isupper() for c in word[1:]))


def _derived(low: str) -> bool:
    """A noun made from another word: "Regierung", "Partnerschaft" (not "Jung")."""
    return any(
        low.endswith(end) and len(low) - len(end) >= GERMAN_SUFFIX_STEM
        for end in GERMAN_NOUN_SUFFIXES
    )


@lru_cache(maxsize=8)
def _bare_stems(stem: Stem) -> frozenset[str]:
    """The stems of GERMAN_BARE_NOUNS by ``stem``."""
    return frozenset(stem(w) for w in GERMAN_BARE_NOUNS)


# what names nothing opening a German name: a count or an ordinal ("Vier Menschen",
# "Zweite Runde")
_COUNTS = frozenset(FOREIGN_NUMBER_WORDS["German"]) | frozenset(FOREIGN_ORDINALS["German"])
_FUNCTION = GERMAN_DETERMINERS | FOREIGN_FUNCTION_WORDS["German"]


_ARTICLES = frozenset("der die das den dem des ein eine".split())  # noqa: SIM905
# what a sentence's first word may follow: nothing, a stop, a colon, a quotation mark,
# a bracket or a dash
_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;(\[\"'„“”«»‚‘’\u2013\u2014-])\s*$")


def titled(text: str, offset: int, word: str) -> bool:
    """True when ``word``, at ``offset`` of the German sentence ``text``, is an article
    written with a capital inside the sentence, as a title's first word is: "drehte Das
    Boot", "spielte in Die Hard"; not "Das Boot sank", "Er sagte: Die Polizei ..."."""
    return (
        word[:1].isupper()
        and word.lower() in _ARTICLES
        and _OPENS_BEFORE.search(text, 0, offset) is None
    )


def common_lead(words: Sequence[str], stem: Stem, nouns: set[str]) -> int:
    """How many of a capitalised run's leading ``words`` name nothing in German, read in
    its sentence alone (the pair reads them again: reader.analysis.names.cased_names): a count
    or an ordinal before a noun or alone ("Vier Menschen starben"), after an article or a
    pronoun ("Die Polizei"), then nouns and titles ("dem Haus", "Bundeskanzler Olaf
    Scholz"); ``nouns``: :func:`nouns_of` the sentence."""
    k = 1 if words and words[0].lower() in _FUNCTION else 0  # "Die Polizei"
    counted = k + 1 == len(words) or (k + 1 < len(words) and german_noun(words[k + 1], stem, nouns))
    if k < len(words) and words[k].lower() in _COUNTS and counted:
        k += 1
    while k < len(words) and (
        words[k].lower() in FOREIGN_TITLES or german_noun(words[k], stem, nouns)
    ):
        k += 1
    return k
