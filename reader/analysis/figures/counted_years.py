"""Four-digit figures from 1800 to 2100 that count rather than date: many articles write
a count below ten thousand without a separator ("Rund 2000 Demonstranten", "environ 1500
manifestants", "unas 3000 personas", "circa 2500 persone", "some 2000 protesters").

Such a figure counts when a hedge comes right before it ("rund", "environ", "more than"),
unless a word of time comes before that ("since about 2000", "seit etwa 2000"), or the
hedge is one of time too ("hasta 2008") or a comma follows ("Around 2000, the firm") and
no counted noun does. Else it is a year when a word of time or "the" comes right before
it ("in 2008", "seit 2000", "Im Jahr 2000", "the 2000 election"), unless, in English,
that word is "in", "from" or "the" and a plural noun of people or things counted follows
("in 2000 homes", "the 2000 protesters"; not "In 2000 homes were cheaper", where "In 2000"
opens the clause); else it counts when a counted noun follows it (a plural noun; in German
any noun, as all are capitalised; a currency), unless the figure opens a clause (at the
sentence's start, after a clause mark, a verb of saying or "that") and that word is its
verb, an article after it ("2008 marks the anniversary", "He said 2008 marks the
anniversary", "2008 vede una crescita"), or a verb in "-s" that a year does and no verb
nor "of" after it ("2021 promises to be a hard year", "2021 marks 20 years since"; not
"2000 marks were paid"). Alone ("2000 Olympics", "2008 was a hard year") it is a year.
"""

from __future__ import annotations

import re

from reader.analysis.figures.money_words import currency_after
from reader.analysis.words.hedges import hedge_start
from reader.analysis.words.lexicon import (
    FOREIGN_FUNCTION_WORDS,
    GROUP_NOUNS,
    IRREGULAR_VERBS,
    MONTHS,
    PERSON_NOUNS,
    STOPWORDS,
    THING_NOUNS,
)

# words of time right before a year, in English, French, German, Spanish, Italian,
# Portuguese and Dutch ("in 2008", "en 2008", "seit 2000", "im Jahr 2000", "nel 2000",
# "desde 2000", "sinds 2000"), "the" of a year that names something ("the 2000
# election", "the 2008 riots"), and Italian "il", the singular article a year takes and
# no count of many does ("Il 2021 promette di essere un anno difficile")
_TIME_WORDS = (
    "in|since|until|till|by|from|year|the|during|after"
    "|en|depuis|année|an|avant|après|jusqu'en"
    "|im|seit|jahr|jahre|jahres|bis|ab|nach"
    "|desde|año|hasta|antes|después"
    "|nel|dal|fino al|anno|prima del|dopo il|il"
    "|em|no|ano|até|antes de|depois de"
    "|sinds|jaar"
)
_TIME_BEFORE = re.compile(
    r"\b(?:" + _TIME_WORDS + "|" + "|".join(MONTHS) + r")\.?\s+$", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)\b")
# plurals of English that take no "s" ("2000 people", "1500 troops" does)
_PLURALS = frozenset("people men women children police staff personnel".split())  # noqa: SIM905
# "in", "from" and "the" right before a figure, which may count after them
_IN_OR_THE = re.compile(r"\b(in|from|the)\s+$", re.IGNORECASE)
# plural nouns of people and things that a figure counts after "in" or "the": those that
# premodify a noun unchanged ("the 2008 police raid", "a staff survey") left out
_COUNTED_AFTER_THE = THING_NOUNS | frozenset(
    w
    for w in PERSON_NOUNS | GROUP_NOUNS
    if w.endswith("s") or w in ("people", "men", "women", "children")
)
_CLAUSE_MARKS = frozenset(",;:(\"'\u201c\u2018\u2014\u2013")
# words after which a clause opens: verbs of saying or thinking that take a clause, not
# an object (not "reported", "added", "claimed": "added 2000 jobs this month"), and
# "that" in English, French, Spanish, Portuguese, German, Italian and Dutch
_CLAUSE_OPENERS = frozenset(
    """
    say says said saying think thinks thought believe believes believed
    that que dass che dat
    """.split()  # noqa: SIM905
)
_LAST_WORD = re.compile(r"[^\W\d_]+$")
# a word, then an article (English, French, German, Spanish, Italian, Portuguese: "2008
# chiude un decennio"; not "l'", as in "2000 personnes l'ont vu"): the verb of a clause
# and its object, not a rate ("2000 people a day", "1500 euros a month")
_VERB_THEN_ARTICLE = re.compile(
    r"\s+[^\W\d_]+\s+(?:the|its|his|her|their|this|these|another"
    r"|an?(?!\s+(?:day|week|month|year|hour|minute|head|piece|time|person)\b)"
    r"|un(?!\s+(?:jour|an|mois|día|año|mes|giorno|anno|mese)\b)"
    r"|le|la|les|une|der|die|das|den|el|los|las|una|il|lo|gli|uno|os|um|uma)\b",
    re.IGNORECASE,
)
# verbs in "-s" a year is the subject of, which a news sentence opens with ("2021
# promises to be a hard year", "2021 marks 20 years since the attacks", "2020 brings new
# rules"); a count of many takes the plural ("2000 protesters marched"); "was", "saw",
# "brought", "will" are no plural nouns, so a figure before them is a year already
_YEAR_VERBS = frozenset(
    """
    promises marks brings sees begins starts ends proves looks seems remains heralds
    signals means
    """.split()  # noqa: SIM905
)
# Italian verbs in "-e", the ending of a plural noun ("2021 promette di essere un anno
# difficile", "2021 chiude un decennio"); no plural noun has their form, so whatever
# follows them. The other Romance languages' verbs end as no plural does ("2021 promete
# ser", "2021 s'annonce difficile")
_ITALIAN_YEAR_VERBS = frozenset(
    """
    promette vede chiude apre rimane prende mette conclude riprende segue
    """.split()  # noqa: SIM905
)
# the word after a plural noun of the form of a verb of _YEAR_VERBS, as after "2000
# marks", "2000 promises": a verb or a preposition ("were paid", "of aid")
_NOUN_FOLLOWERS = frozenset(
    """
    were are have had was is will would could can may might must should did do
    of for in from on at by with and or
    """.split()  # noqa: SIM905
)
_TWO_WORDS = re.compile(r"\s+([^\W\d_]+)\b(?:\s+([^\W_]+))?")
# hours of a military clock ("at 2000 hours", "1930 hrs"), not a count
_HOURS = frozenset("hours hrs uhr heures horas ore uur".split())  # noqa: SIM905
# the endings of plural nouns: Italian "persone", "manifestanti"; Dutch "mensen"
_PLURAL_ENDINGS = {"Italian": ("i", "e"), "Dutch": ("en", "s")}


def counts_not_year(text: str, start: int, end: int, language: str | None) -> bool:
    """The four-digit figure at ``start:end`` of ``text`` (in ``language``, None for
    English) counts something, rather than telling a year."""
    after = _WORD_AFTER.match(text, end)
    noun = bool(currency_after(text, end)) or (
        after is not None and _counted_noun(after.group(1), language)
    )
    hedge = hedge_start(text, start)
    if hedge is None:
        if _time_before(text, start):
            return language is None and _counted_after_the(text, start, end)
        return noun and not year_before_verb(text, start, end, language)
    if _time_before(text, hedge):
        return False  # "since about 2000", "seit etwa 2000"
    if _time_before(text, start) or text.startswith(",", end):
        return noun  # "hasta 2008" (until), "Around 2000, the firm moved"
    return True


def _counted_after_the(text: str, start: int, end: int) -> bool:
    """In English, the figure after "in", "from" or "the" counts the people or things
    named right after it ("in 2000 homes", "the 2000 protesters"), unless the word before
    opens the clause, its noun the subject after a year ("In 2000 homes were cheaper"), or
    the noun owns what follows ("the 2000 men's final")."""
    before = _IN_OR_THE.search(text, max(0, start - 8), start)
    after = _WORD_AFTER.match(text, end)
    if before is None or after is None or after.group(1) not in _COUNTED_AFTER_THE:
        return False
    if text.startswith(("'", "\u2019"), after.end()):
        return False
    return before.group(1).lower() == "the" or not _opens_clause(text, before.start())


def year_before_verb(text: str, start: int, end: int, language: str | None = None) -> bool:
    """The figure at ``start:end`` of ``text`` opens a clause and the word after it is
    its verb: an article after that ("2008 marks the anniversary", "He said that 2008
    marks the anniversary", "2020 brings a new law", "2008 vede una crescita"), or, for
    a figure from 1900 to 2099, a verb in "-s" that a year does (:func:`_year_verb`:
    "2021 promises to be a hard year", "2021 marks 20 years since"; in Italian
    (``language``) "2021 promette di essere"); not "2000 protesters marched", nor a
    rate ("1500 euros a month")."""
    if not _opens_clause(text, start):
        return False
    if _VERB_THEN_ARTICLE.match(text, end) is not None:
        return True
    if language == "Italian":
        after = _WORD_AFTER.match(text, end)
        return after is not None and after.group(1).lower() in _ITALIAN_YEAR_VERBS
    return _year_verb(text, start, end)


def _year_verb(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end``, from 1900 to 2099, is followed by a verb of
    _YEAR_VERBS that agrees with one thing, its object after it ("2021 promises to be",
    "2021 brings new rules"), not a plural noun of the same form that a verb, a
    preposition or the sentence's end follows ("2000 marks were paid", "2000 promises
    of aid")."""
    if not 1900 <= int(text[start:end]) <= 2099:
        return False
    words = _TWO_WORDS.match(text, end)
    if words is None or words.group(1).lower() not in _YEAR_VERBS:
        return False
    following = (words.group(2) or "").lower()
    return bool(following) and not (
        following in _NOUN_FOLLOWERS or following.endswith("ed") or following in IRREGULAR_VERBS
    )


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but a clause mark (a comma, a colon, a quote mark) comes before ``start``
    in its sentence, or a word that opens a clause: a verb of saying or thinking that
    takes no object ("He said 2008 marks the anniversary"), or "that" ("que", "dass",
    "che", "dat")."""
    head = text[:start].rstrip()
    if not head or head[-1] in _CLAUSE_MARKS:
        return True
    last = _LAST_WORD.search(head)
    return last is not None and last.group().lower() in _CLAUSE_OPENERS


def _time_before(text: str, start: int) -> bool:
    return _TIME_BEFORE.search(text, max(0, start - 20), start) is not None


def _counted_noun(word: str, language: str | None) -> bool:
    """``word`` is a counted noun of ``language``: a plural, or any German noun."""
    lower = word.lower()
    function_words = FOREIGN_FUNCTION_WORDS.get(language or "", frozenset())
    if lower in STOPWORDS or lower in _HOURS or lower in function_words:
        return False
    if language == "German":
        return word[0].isupper()
    if not word.islower() or len(word) < 4:
        return False
    return lower in _PLURALS or lower.endswith(_PLURAL_ENDINGS.get(language or "", ("s",)))
