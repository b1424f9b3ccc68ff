"""Which quotations are quoted terms: a word or a short phrase the writer sets in quote
marks inside a sentence of their own (a pirate "mother ship", the 'mutual assistance'
clause, the so-called "midnight regulations"), not words anyone is quoted saying.

The Quotes tab lists them after the spoken quotations, in italics: they stay there (two
articles quoting the same term is a finding), but a reader looking for who said what
reads the quotations first. Of the 684 quotations of the ECB+ dev articles, 58 are terms
with the speakers found as of commit c22b752 (words given a speaker are no term).
"""

from __future__ import annotations

import re

from reader.ingest.metadata import word_count
from reader.model import Document, Quoted

# at most so many words inside the marks: "all necessary measures", "in Theo we trust"
TERM_WORDS = 4
# where the sentence around a quotation starts: a line's start, or after . ! ? (and a
# closing mark) and a space
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n")
# punctuation inside the words (a trailing comma or full stop aside): an utterance,
# '"Thieves, thieves!"', '"my child, my child."'
_INNER_STOPS = re.compile(r"[,;:!?]")
_TRAILING = ",.;:\u2026 "
LOOK_BACK = 300  # characters before the quotation searched for its sentence's start


def is_term(doc: Document, quoted: Quoted) -> bool:
    """True when ``quoted`` reads as a quoted term: nobody is named as saying it, it has
    at most TERM_WORDS words with no stop inside them, and it does not open a sentence
    as a quotation does ('"It was a mess," she said' is said; '"Hot pursuit" empowers the
    navy' is a term)."""
    if quoted.speaker:
        return False
    text = doc.slice(quoted.span)
    inner = text[1:-1].strip()  # the span holds the marks, one character each
    if not inner or word_count(inner) > TERM_WORDS:  # Chinese: a word each two characters
        return False
    if _INNER_STOPS.search(inner.rstrip(_TRAILING)) or inner.endswith(("!", "?")):
        return False
    before = doc.text[max(0, quoted.span.start - LOOK_BACK) : quoted.span.start]
    opens_sentence = not _SENTENCE_END.split(before)[-1].strip()
    return not (opens_sentence and inner[-1] in _TRAILING)
