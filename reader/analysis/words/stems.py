"""Words and their stems: what the analysis takes for a word, and its English stem
(Snowball), shared by the evidence of a unit and what its figures count."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()

# a word: letters of any script, with hyphens or apostrophes inside ("Il-sung", "O'Neill")
WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", re.UNICODE)

# what ends a word after an apostrophe: a possessive ("family's", "Workers'") or the
# clitic of a contraction ("don't", "I've", "we'll", "I'd", "I'm")
_CLITIC_END = re.compile(r"(?:n['\u2019]t|['\u2019](?:s|ve|re|ll|d|m)?)$")
# a negation's stem that is no word of its own: "can't", "won't", "shan't", "ain't"
_NEGATED = {"ca": "can", "wo": "will", "sha": "shall", "ai": "be"}
# the same clitics written apart from their word, as a tokenised text has them ("family
# 's", "we 've", "do n't"): what a word pattern reads after the apostrophe
CLITICS = frozenset({"s", "t", "ve", "re", "ll", "d", "m"})


def base_word(word: str) -> str:
    """``word`` (in lower case) without its possessive or contraction: "family's" and
    "family’s" are "family", "don't" is "do", "won't" "will", "I've" "i"; "" for a
    clitic alone ("n't")."""
    base = _CLITIC_END.sub("", word)
    if base != word and word.endswith(("n't", "n\u2019t")):
        return _NEGATED.get(base, base)
    return base


def clitic_apart(text: str, start: int, word: str) -> bool:
    """True when ``word``, found at ``start`` of ``text``, is a clitic written apart from
    the word it belongs to ("family 's", "we ’ve", "do n't")."""
    low = word.lower()
    after_mark = start > 0 and text[start - 1] in "'\u2019"
    return not base_word(low) or (after_mark and low in CLITICS)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    # a snowball stemmer keeps its work in the object: one thread at a time (cache misses only)
    with _STEMMER_LOCK:
        return str(_STEMMER.stemWord(word))
