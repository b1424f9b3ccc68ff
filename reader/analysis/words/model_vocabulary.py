"""The English words the sentence model's tokenizer holds whole: a list of common words.

all-MiniLM-L6-v2 reads text with BERT's uncased word-piece vocabulary (30,522 pieces,
``resources/model/tokenizer.json``, shipped with the app whichever model folder the
reader chooses). A word written in small letters that the vocabulary holds whole
("cells", "terms", "looking", "hooded") is a common English word; one it splits into
pieces ("pinup" is "pin" + "##up", "lohan", "kempthorne") is rarer. Names are among the
whole words too ("reid", "obama", "beijing", "apple"), so the list tells only that a word
*may* be a common word, never that it is no name: ``opening_words`` asks it only about
a lone capitalised word opening a sentence that the pair never names inside one.

The list is read once, on first use; a missing or unreadable file gives an empty list
(the cue is then never met and nothing else changes).
"""

from __future__ import annotations

import importlib.resources
import json
from functools import cache

__all__ = ["vocabulary_word"]


def vocabulary_word(word: str) -> bool:
    """``word`` (any case) is a word of at least three letters the sentence model's
    tokenizer holds whole in small letters: "Cells", "looking"; not "Pinup", "Lohan"."""
    return len(word) >= 3 and word.lower() in _whole_words()


@cache
def _whole_words() -> frozenset[str]:
    resource = importlib.resources.files("reader.resources") / "model" / "tokenizer.json"
    try:
        vocab = json.loads(resource.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()
    return frozenset(w for w in vocab if isinstance(w, str) and w.isalpha() and w.islower())
