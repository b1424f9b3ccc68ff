"""Years that name an occasion: "the 2008 election", "the 2012 Olympics", "Obama's 2008
campaign", "the election of 2008", "l'élection de 2008", "die Wahl von 2008", "las
elecciones de 2008", "le elezioni del 2008", "as eleições de 2008". Such a year is part
of the occasion's name, not the year of an act told: "Obama won the 2008 election" and
"Obama won the 2012 election" tell two elections, both won, not one told with two years.
Two sentences naming an occasion of one kind with different years tell two occasions,
so nothing they say is compared (whether "the 2008 election" and "the 2009 election"
were meant as one is not known), unless they name one event that happens once, an attack
or a disaster ("the 2008 Mumbai attacks" vs "the 2009 Mumbai attacks", "les attentats de
2015 à Paris" vs "les attentats de 2016 à Paris"), with a name in common and nothing else
told differently: then its year is the discrepancy."""

from __future__ import annotations

import itertools
import re

from reader.analysis.conflicts.conflict import Conflict, told_value
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.count_owners import name_in_common
from reader.analysis.figures.counted_years import year_before_verb
from reader.analysis.mention import Mention
from reader.analysis.names.place_adjectives import place_in_common
from reader.analysis.words.lexicon import IRREGULAR_VERBS, MONTHS, STOPWORDS
from reader.analysis.words.stems import stem
from reader.model import DiscrepancyKind


def occasion_named(f: UnitFeatures, year: Mention) -> frozenset[str]:
    """The stems of the words naming the occasion ``year`` (a year mention of ``f``) is
    part of: those after it when it stands after a determiner ("the 2008 presidential
    election": presidential, election), the noun before it and its "of" with the words
    between it and its article, and a place after it ("l'élection de 2008": élection;
    "the Mumbai attacks of 2008": mumbai, attack; "les attentats de Paris de 2015":
    attentat, paris); empty when the year names no occasion ("in 2008", "the summer of
    2008", "June 3, 2008")."""
    if year.kind != "year":
        return frozenset()
    text, base = f.unit.text, f.unit.span.start
    start, end = year.span.start - base, year.span.end - base
    if any(m.kind == "date" and m.span.start <= year.span.start < m.span.end for m in f.numbers):
        return frozenset()  # the year of a date or a month: a time
    if year_before_verb(text, start, end):
        return frozenset()  # "He said that 2008 marks the anniversary": a clause's subject
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        words = _WORDS_AFTER.match(text, end)
        if words is not None:
            named = list(itertools.takewhile(_a_noun, words.group().split()))
            if named:
                return frozenset(stem(w.lower()) for w in named)
        return frozenset()
    of = _NOUN_OF_BEFORE.search(text, max(0, start - 70), start)
    if of is None:
        return frozenset()
    phrase = [*of.group("words").split(), of.group("noun"), of.group("place") or ""]
    if any(w.lower() in _TIME_NOUNS or w.lower() in MONTHS for w in phrase):
        return frozenset()  # "the summer of 2008", "the first half of 2008"
    return frozenset(stem(w.lower()) for w in phrase if w and _a_noun(w))


def names_occasion(f: UnitFeatures, year: Mention) -> bool:
    """``year`` names the occasion it is part of (:func:`occasion_named`)."""
    return bool(occasion_named(f, year))


def other_occasions(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences name occasions of one kind with different years ("the 2008
    election" and "the 2012 election"), neither naming it with the other's year: two
    occasions."""
    named_a = _named(fa)
    named_b = _named(fb)
    for year_a, words_a in named_a:
        for year_b, words_b in named_b:
            if year_a == year_b or not words_a & words_b:
                continue
            if any(y == year_b and w & words_b for y, w in named_a):
                continue
            if any(y == year_a and w & words_a for y, w in named_b):
                continue
            return True
    return False


def one_event_years(fa: UnitFeatures, fb: UnitFeatures) -> list[Conflict]:
    """The years of one event told with two ("The 2008 Mumbai attacks killed 166 people"
    vs "The 2009 Mumbai attacks killed 166 people"): an event that happens once (an
    attack, a quake, a flood: not an election, the Olympics, a summit), named by the same
    words on both sides (or by a part of the other's: "the attacks of 2009 in Mumbai"), in
    sentences that share a name, or a place one of them names by its German adjective
    ("Die Pariser Anschläge von 2015" vs "Die Anschläge von 2016 in Paris":
    reader.analysis.names.place_adjectives). For two sentences :func:`other_occasions` takes
    for two occasions and that tell nothing else differently
    (reader.analysis.conflicts.discrepancies)."""
    if not (name_in_common(fa, fb) or place_in_common(fa, fb)):
        return []
    out = []
    for year_a, words_a in _named_mentions(fa):
        for year_b, words_b in _named_mentions(fb):
            if year_a.key == year_b.key or not words_a & words_b & _EVENTS:
                continue
            if words_a <= words_b or words_b <= words_a:
                out.append(told_value(DiscrepancyKind.DATE, year_a, year_b))
    return out


def _named(f: UnitFeatures) -> list[tuple[str, frozenset[str]]]:
    return [(m.key, words) for m, words in _named_mentions(f)]


def _named_mentions(f: UnitFeatures) -> list[tuple[Mention, frozenset[str]]]:
    out = []
    for m in f.numbers:
        words = occasion_named(f, m)
        if words:
            out.append((m, words))
    return out


def _a_noun(word: str) -> bool:
    """``word`` may be of an occasion's name: not a function word, a month, a time, nor a
    verb in the past ("the 2008 campaign raised")."""
    low = word.lower()
    return not (
        low in STOPWORDS
        or low in MONTHS
        or low in _TIME_NOUNS
        or low in IRREGULAR_VERBS
        or (low.endswith("ed") and len(low) > 4)
    )


# "the 2008 election", "Obama's 2008 campaign", "its 2007 report"
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|his|her|their|our)|[^\W\d_]['\u2019]s?)\s+$",
    re.IGNORECASE,
)
# the words after the year, up to three, up to a function word, a verb or a mark: "the
# 2008 presidential election", "the 2012 Olympics"
_WORDS_AFTER = re.compile(r"(?:\s+(?!(?:and|or|to|of|in|on|at|for)\b)[^\W\d_][\w-]*){1,3}")
# an article, a noun and its "of" right before the year: "the election of 2008",
# "l'élection de 2008", "die Wahl von 2008", "las elecciones de 2008", "le elezioni del
# 2008", "as eleições de 2008"; up to two words between the article and the noun (no
# article nor preposition: "the Mumbai attacks of 2008", "die Pariser Anschläge von
# 2015", "l'élection présidentielle de 2008"), and a place between the noun and its "of"
# ("les attentats de Paris de 2015", "gli attentati di Parigi del 2015")
_ARTICLES = r"the|le|la|les|die|der|das|den|dem|des|el|los|las|il|lo|gli|i|o|os|a|as"
_OF = r"of|de|del|dello|della|von|vom|do|da|di"
_NOUN_OF_BEFORE = re.compile(
    rf"\b(?:(?:{_ARTICLES})\s+|l['\u2019]\s*)"
    rf"(?P<words>(?:(?!(?:{_ARTICLES}|{_OF}|du|in|on|at|à|a)\b)[^\W\d_][\w-]*\s+){{0,2}}?)"
    r"(?P<noun>[^\W\d_]{3,})(?:\s+(?:de|di|von)\s+(?P<place>(?-i:[A-Z])[^\W\d_]+))?"
    rf"\s+(?:{_OF})\s+$",
    re.IGNORECASE,
)
# nouns that make a year a time, not an occasion: "the summer of 2008", "la fin de 2008",
# "Ende 2008", "finales de 2008", "l'inizio del 2008", "o início de 2008"
_TIME_NOUNS = frozenset(
    """
    summer winter spring autumn fall end beginning start middle half quarter month months
    year years season part course early late
    été hiver printemps automne fin début milieu moitié mois année an courant
    sommer winter frühjahr frühling herbst ende anfang mitte hälfte jahr jahres monat
    verano invierno primavera otoño final finales principio principios inicio mediados
    mitad año mes
    estate inverno autunno fine inizio metà anno mese
    verão outono fim início meados metade ano mês
    """.split()  # noqa: SIM905
)
# events that happen once, in English, French, German, Spanish, Italian and Portuguese
# (stems, as occasion_named gives its words): attacks, bombings, shootings, massacres,
# quakes, tsunamis, floods, hurricanes, fires, eruptions, crashes, riots, coups,
# hijackings, shipwrecks; not what recurs (elections, games, summits), nor a war or a
# crisis, which a place may see several of ("the 2006 war" and "the 2008 war")
_EVENTS = frozenset(
    stem(w)
    for w in """
    attack attacks bombing bombings blast blasts explosion shooting shootings massacre
    earthquake quake tsunami flood floods flooding hurricane typhoon cyclone wildfire
    wildfires fire eruption crash derailment riots coup hijacking kidnapping shipwreck
    attentat attentats attaque attaques fusillade tuerie séisme tremblement inondations
    crue crues ouragan typhon incendie incendies éruption émeutes naufrage détournement
    anschlag anschläge attentat attentate amoklauf massaker erdbeben beben hochwasser
    flut überschwemmung überschwemmungen hurrikan taifun brand waldbrand absturz
    unruhen krawalle putsch entführung
    atentado atentados ataque ataques tiroteo masacre matanza terremoto sismo maremoto
    inundaciones huracán tifón incendio incendios erupción disturbios golpe secuestro
    naufragio
    attentato attentati attacco attacchi sparatoria strage massacro sisma alluvione
    inondazioni uragano tifone eruzione rivolta sequestro dirottamento
    tiroteio chacina terramoto inundações cheias furacão tufão incêndio incêndios
    erupção tumultos naufrágio
    """.split()  # noqa: SIM905
)
