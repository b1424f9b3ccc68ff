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
- an adverb in "-ly" made from a word the sentence model's vocabulary holds whole
  ("Additionally," of "additional", "Typically," of "typical", "Newly elected" of "new",
  "Unsurprisingly," of "surprisingly"), which is no given name nor place ("Kelly",
  "Beverly", "Italy": "kel", "bever", "ita" are no words of it; "Philly" is of "Phil", a
  given name).
"""

from __future__ import annotations

import re

from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import ENGLISH_ORDINALS, NUMBER_WORDS, STOPWORDS, UNITS_OF_TIME
from reader.analysis.words.model_vocabulary import vocabulary_word
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
    return _adverb(word)


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
