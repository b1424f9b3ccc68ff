"""A lone capitalised word opening an English sentence that names nothing by its kind.

``opening_words`` asks this of a lone word opening an English sentence (or a quotation
inside one) that the pair never names inside a sentence. Some kinds of word never stand
alone for a name there, whatever follows them and whatever the pair writes elsewhere:

- a span of time told before what it is measured from: a plural unit of time before
  "after", "later", "before", "ago", "earlier", "into" or "of" ("Days after Catherine
  Hardwicke was ousted", "Hours after Thursday's announcement", "Minutes later, he
  shot"; "Weeks", a surname, goes on with none of them);
- a preposition ("Throughout the 1960s", "Amid the riots"), or an adverb of degree or
  place opening a phrase, before a function word or a comparison ("Much like the
  Twilight franchise", "Back in November", "Far less is known"; "Back said", a surname);
- a count written in words ("Twenty-three personnel surrendered"), or an ordinal
  before a comma ("First, he's a known quantity");
- "Word" telling that news came or spread: before "comes" or "came" and, later in the
  sentence, "that" opening what it tells ("Word comes from People magazine that Tara
  Reid ...", "Word came late on Friday that the talks had failed"; not "Word comes with
  a spell checker that"), before "spread" or "spreads" ("Word spread quickly"), or in
  "Word has it" ("Word Bank", a longer name, stays);
- an adverb in "-ly" made from a word the sentence model's vocabulary holds whole
  ("Additionally," of "additional", "Typically," of "typical", "Newly elected" of "new",
  "Unsurprisingly," of "surprisingly"), which is no given name nor place ("Kelly",
  "Beverly", "Italy": "kel", "bever", "ita" are no words of it; "Philly" is of "Phil", a
  given name).

A common word of the vocabulary (no given name, place nor nationality) names nothing
either where the sentence shows it stands outside its clause:

- before a comma and a whole clause, a subject and its verb, maybe after one word of
  its own ("Sure, it was over", "True, they had", "True, Jackman held", "Either way,
  Teixeira will"): a name before a comma goes on with what tells of it ("Strong, who",
  "Page, 84,", "Brown, the coach,") or a verb of saying ("Moody, he said,");
- opening a short sentence that ends by calling someone by name, a wish or a greeting
  ("Good luck, Tara.", "Get well soon, Tara!"; not "Thompson thanked Tara.");
- opening a few words in small letters that tell of the person named after them between
  commas ("Golden girl of screen and pool, Esther Williams, has died").
"""

from __future__ import annotations

import re

from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import (
    ENGLISH_ORDINALS,
    IRREGULAR_PAST,
    NUMBER_WORDS,
    REPORTING,
    STOPWORDS,
    UNITS_OF_TIME,
)
from reader.analysis.words.model_vocabulary import vocabulary_word
from reader.analysis.words.noun_qualifiers import common_written
from reader.ingest.regions import is_region

__all__ = ["OPENING_PREPOSITIONS", "lone_common_word"]

# prepositions (and participles used as ones) opening a sentence; those of NOT_NAMES
# ("After", "Despite", "Following") are never read as names at all
OPENING_PREPOSITIONS = frozenset(
    """
    under without within against behind beyond among amid amidst amongst unlike except
    excluding including regarding concerning considering barring toward towards through
    throughout across along alongside around between upon via besides having being
    """.split()  # noqa: SIM905
)
# adverbs of degree or place opening a phrase: "Much like", "Back in", "Far less"
_PHRASE_ADVERBS = frozenset(("much", "back", "far"))
# what such an adverb goes on with: a function word or a comparison ("Back in", "Far
# from", "Much like", "Far less"), not a verb as a surname does ("Back said")
_PHRASE_FOLLOWERS = STOPWORDS | {"like", "less", "more", "then", "home"}
_TIME_SPANS = frozenset(w for w in UNITS_OF_TIME["English"] if w.endswith("s")) | {"moments"}
# what a span of time opening a sentence goes on with: "Days after", "Minutes later"
_SPAN_FOLLOWERS = frozenset(("after", "later", "before", "ago", "earlier", "into", "of"))
_NEXT_WORD = re.compile(r"[\s,]+([a-z]+)\b")
_PLAIN = re.compile(r"[A-Z][a-z]+")
_COMMA = re.compile(r"\s*,")
# a comma, then a clause's subject (a pronoun or a capitalised word) and its verb's word
# in small letters, maybe after one word of the opener's own: "Sure, it was", "Either
# way, Teixeira will"
_BEFORE_A_CLAUSE = re.compile(r"(?:\s+[a-z]+)?\s*,\s+([A-Z][\w'\u2019-]*|[a-z]+)\s+([a-z]+)\b")
_SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "you", "there", "this", "that"))
# a verb's word after a subject: an auxiliary or modal, a past ("held", "had")
_CLAUSE_VERBS = frozenset(
    """
    is are was were has have had will would can could should may might must do does did
    """.split()  # noqa: SIM905
)
# a few words in small letters, then a name between commas, which they tell of: "Golden
# girl of screen and pool, Esther Williams, has died"
_BEFORE_THE_NAME_IT_TELLS = re.compile(
    r"(?:\s+[a-z]+){1,5}\s*,\s+([A-Z][\w'\u2019-]*)(?:\s+[A-Z][\w'\u2019.-]*)+\s*,"
)
# a few words in small letters, a comma and a name closing the sentence: "Good luck, Tara."
_CALLING_BY_NAME = re.compile(r"(?:\s+[a-z]+){1,3}\s*,\s+[A-Z][\w'\u2019-]*\s*[.!?]*\s*$")


def lone_common_word(word: str, text: str, end: int) -> bool:
    """``word`` (a lone capitalised word opening an English sentence, ending at ``end`` of
    ``text``) is of a kind that never names anything there (see the module): "Days
    after", "Throughout the", "Much like", "Twenty-three personnel", "First,",
    "Additionally,"."""
    low = word.lower()
    if low in OPENING_PREPOSITIONS:
        return True
    if low in _PHRASE_ADVERBS:
        after = _NEXT_WORD.match(text, end)  # "Back in", "Much like"; not "Back said"
        return after is not None and after.group(1) in _PHRASE_FOLLOWERS
    if "-" in low and all(p in NUMBER_WORDS for p in low.split("-")):
        return True  # "Twenty-three personnel"
    if low in ENGLISH_ORDINALS:
        return _COMMA.match(text, end) is not None  # "First, he's"
    if low in _TIME_SPANS:
        after = _NEXT_WORD.match(text, end)
        return after is not None and after.group(1) in _SPAN_FOLLOWERS
    if word == "Word":
        return _news_came(text, end)
    return _adverb(word) or _outside_its_clause(word, text, end)


# "Word" telling news: "Word comes ... that", "Word came ... that", "Word spread", "Word
# has it"
_NEWS_CAME = re.compile(r"\s+(?:(?:comes|came)\s+(?!with\b).*\bthat\b|spreads?\b|has\s+it\b)")


def _news_came(text: str, end: int) -> bool:
    """ "Word" (ending at ``end`` of ``text``) tells that news came or spread: "Word comes
    from People magazine that", "Word came late on Friday that", "Word spread quickly",
    "Word has it"; not "Word comes with a spell checker that"."""
    return _NEWS_CAME.match(text, end) is not None


def _outside_its_clause(word: str, text: str, end: int) -> bool:
    """``word`` (ending at ``end`` of ``text``) is a common word of the vocabulary before a
    comma and a whole clause ("Sure, it was", "True, Jackman held", "Either way,
    Teixeira will"), or opening a short sentence that calls someone by name ("Good luck,
    Tara.", "Get well soon, Tara!"); not "Strong, who", "Moody, he said", "Page, 84,"."""
    if _PLAIN.fullmatch(word) is None or not common_written(word):
        return False
    if _CALLING_BY_NAME.match(text, end):
        return True
    told = _BEFORE_THE_NAME_IT_TELLS.match(text, end)
    if told is not None and first_name(told.group(1)):
        return True
    clause = _BEFORE_A_CLAUSE.match(text, end)
    if clause is None:
        return False
    subject, verb = clause.groups()
    if not (subject[0].isupper() or subject in _SUBJECT_PRONOUNS) or verb in REPORTING:
        return False
    return verb in _CLAUSE_VERBS or verb in IRREGULAR_PAST or verb.endswith("ed")


def _adverb(word: str) -> bool:
    """``word`` is an adverb in "-ly" of a word the vocabulary holds whole that is no
    given name, and itself no given name nor place: "Additionally", "Typically",
    "Newly", "Unsurprisingly"; not "Philly" (of "Phil"), "Kelly"."""
    low = word.lower()
    if not low.endswith("ly") or _PLAIN.fullmatch(word) is None:
        return False
    if first_name(word) or is_region(low):
        return False
    bases = [low[:-2], low[:-3] + "y" if low.endswith("ily") else ""]
    if low.startswith("un"):
        bases.append(low[2:])  # "unsurprisingly" of "surprisingly"
    return any(vocabulary_word(b) and not first_name(b.capitalize()) for b in bases if b)
