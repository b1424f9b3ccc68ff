"""A language, which English writes as its nationality's adjective: "she taught English",
"speaks French", "translated from German into English", "a book in Spanish".

The sentence rules read "English" of "taught English at a grammar school" and of "an
English mother" as one name, so one article's teaching and the other's mother were an
entity match. A nationality's word is a language after a word that takes one (a verb of
speaking, teaching or learning, "fluent", "in", "into", "translated from") when no noun
in small letters follows it ("in English history", "in French waters" qualify a noun).
Such a name is keyed as the language ("english language"), so a language matches the
other article's language and not a nationality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS, STOPWORDS

__all__ = ["key_languages"]

# the words a language goes after: "taught English", "speaks French", "in Spanish"
_BEFORE_A_LANGUAGE = re.compile(
    r"(?:\b(?:teach|teaches|taught|teaching|speak|speaks|spoke|spoken|speaking|learn|"
    r"learns|learned|learnt|learning|study|studies|studied|studying|fluent|in|into|"
    r"translated\s+from|translation\s+from)|\bfrom\s+\w+\s+into)\s+$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def key_languages(*sides: Sequence[UnitFeatures]) -> None:
    """Key, in place, each nationality's word of ``sides`` that names a language (see the
    module) as that language."""
    for side in sides:
        for f in side:
            f.names = [_language(f, n) for n in f.names]


def _language(f: UnitFeatures, n: Mention) -> Mention:
    if n.key not in DEMONYMS or " " in n.key:
        return n
    text, base = f.unit.folded, f.unit.span.start
    start, end = n.span.start - base, n.span.end - base
    if _BEFORE_A_LANGUAGE.search(text, max(0, start - 30), start) is None:
        return n
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1) not in STOPWORDS and not after.group(1).endswith("ly"):
        return n  # "in English history", "in French waters"
    return replace(n, key=f"{n.key} language")
