"""One speaker's statement quoted by two reports in other words: « Nous rebâtirons
Notre-Dame » and « Nous rebâtirons cette cathédrale tous ensemble », both Emmanuel
Macron's. Too short, or too differently worded, for the rules of ``quote_similarity``,
which match quotations on their words alone; the speaker they share lets a looser rule
link them, so that their different wording is shown.

Two quotations of one named speaker are one statement reworded when they open with the
same words (at least two, a content word among them, half the shorter quotation at
least: "we will rebuild") or when most of the shorter one's content words come in the
longer one. Two statements of one person on other things ("Nous rebâtirons Notre-Dame",
"Le gouvernement démissionnera"), or opening with the same function words only ("We
will find those responsible", "We will rebuild this city") or the same two words of a
long sentence ("I think ..."), stay apart.
"""

from __future__ import annotations

from reader.analysis.quotations.quotes import Quotation
from reader.analysis.words.common_words import AUXILIARIES
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, STOPWORDS

# a quotation's words that say nothing of what it states: function words and
# auxiliaries of every language read
FUNCTION_WORDS = STOPWORDS.union(*FOREIGN_FUNCTION_WORDS.values(), *AUXILIARIES.values())

SAME_OPENING = 2  # words the two open with, at least
OPENING_SHARE = 0.5  # of the shorter quotation's words, at least
CONTENT_WORDS = 2  # content words of the shorter quotation the longer holds, at least
CONTENT_SHARE = 0.67  # of the shorter quotation's content words, at least
REWORDED_SCORE = 0.6  # below every rule of quote_similarity on the words alone


def one_speaker(qa: Quotation, qb: Quotation) -> bool:
    """Both quotations given to the same speaker, named by both articles."""
    if qa.unnamed or qb.unnamed or not qa.speaker or not qb.speaker:
        return False
    return qa.speaker.casefold() == qb.speaker.casefold()


def restated(qa: Quotation, qb: Quotation) -> bool:
    """True when ``qa`` and ``qb`` are one speaker's statement in other words: see the
    module's docstring."""
    if not one_speaker(qa, qb):
        return False
    a, b = qa.words, qb.words
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    opening = 0
    while opening < len(short) and short[opening] == long_[opening]:
        opening += 1
    if (
        opening >= SAME_OPENING
        and opening >= OPENING_SHARE * len(short)
        and any(w not in FUNCTION_WORDS for w in short[:opening])
    ):
        return True
    content = {w for w in short if w not in FUNCTION_WORDS}
    shared = content & set(long_)
    return len(shared) >= CONTENT_WORDS and len(shared) >= CONTENT_SHARE * len(content)
