"""Four-digit figures from 1800 to 2100 that count rather than date: many articles write
a count below ten thousand without a separator ("Rund 2000 Demonstranten", "environ 1500
manifestants", "unas 3000 personas", "circa 2500 persone", "some 2000 protesters").

Such a figure counts when a hedge comes right before it ("rund", "environ", "more than"),
unless a word of time comes before that ("since about 2000", "seit etwa 2000"), or the
hedge is one of time too ("hasta 2008") or a comma follows ("Around 2000, the firm") and
no counted noun does. Else it is a year when a word of time or "the" comes right before
it ("in 2008", "seit 2000", "Im Jahr 2000", "the 2000 election"); else it counts when a
counted noun follows it (a plural noun; in German any noun, as all are capitalised; a
currency). Alone ("2000 Olympics", "2008 was a hard year") it is a year.
"""

from __future__ import annotations

import re

from reader.analysis.hedges import hedge_start
from reader.analysis.lexicon import FOREIGN_FUNCTION_WORDS, MONTHS, STOPWORDS
from reader.analysis.money_words import currency_after

# words of time right before a year, in English, French, German, Spanish, Italian,
# Portuguese and Dutch ("in 2008", "en 2008", "seit 2000", "im Jahr 2000", "nel 2000",
# "desde 2000", "sinds 2000"), and "the" of a year that names something ("the 2000
# election", "the 2008 riots")
_TIME_WORDS = (
    "in|since|until|till|by|from|year|the|during|after"
    "|en|depuis|année|an|avant|après|jusqu'en"
    "|im|seit|jahr|jahre|jahres|bis|ab|nach"
    "|desde|año|hasta|antes|después"
    "|nel|dal|fino al|anno|prima del|dopo il"
    "|em|no|ano|até|antes de|depois de"
    "|sinds|jaar"
)
_TIME_BEFORE = re.compile(
    r"\b(?:" + _TIME_WORDS + "|" + "|".join(MONTHS) + r")\.?\s+$", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)\b")
# plurals of English that take no "s" ("2000 people", "1500 troops" does)
_PLURALS = frozenset("people men women children police staff personnel".split())  # noqa: SIM905
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
        return noun and not _time_before(text, start)
    if _time_before(text, hedge):
        return False  # "since about 2000", "seit etwa 2000"
    if _time_before(text, start) or text.startswith(",", end):
        return noun  # "hasta 2008" (until), "Around 2000, the firm moved"
    return True


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
