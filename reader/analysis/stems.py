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


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    # a snowball stemmer keeps its work in the object: one thread at a time (cache misses only)
    with _STEMMER_LOCK:
        return str(_STEMMER.stemWord(word))
