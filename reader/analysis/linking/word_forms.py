"""How a side's words become the terms the lexical similarity matches: the stemmer and
the function words of the language it is written in.

English is stemmed by reader.analysis.words.stems. An article told written in another language
(reader.analysis.linking.relatedness.not_english) is stemmed by that language's Snowball stemmer,
so that "Angriff" and "Angriffs", "besucht" and "Besuch", "attaque" and "attaques" are
one term: without the sentence model, which reads English only, such a pair is matched
on words alone, and an inflected word missed its partner. Its function words ("und",
"einer", "über"; its auxiliaries, "wurde", "ont", "fue": reader.analysis.words.common_words)
are known too, so that they are not shown as a link's evidence; they still count in the
score, as they did (left out, they raised the share of a lone shared name in a short
sentence, and the links resting on one rose with it: measured in docs/alignment.md), but
two sentences sharing nothing else are no pair (``lexical.LexicalIndex.content_rows``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import snowballstemmer

from reader.analysis.linking.relatedness import pair_language, told_language
from reader.analysis.words.common_words import AUXILIARIES
from reader.analysis.words.lexicon import FOREIGN_FUNCTION_WORDS, STOPWORDS
from reader.analysis.words.stems import stem as english_stem
from reader.analysis.words.unspaced import kana_function
from reader.ingest.languages import LANGUAGES

__all__ = [
    "ENGLISH_FORMS",
    "STEMMERS",
    "WordForms",
    "side_forms",
    "snowball",
    "word_forms",
]

Stem = Callable[[str], str]
PAIR_SAMPLE = 10_000  # characters of each side the pair's language is told from

# the Snowball algorithm of each language reader.analysis.linking.relatedness.not_english tells
# that has one (Galician is stemmed as Portuguese, Slovak as Czech, Bosnian, Croatian and
# Serbian in Latin letters as Serbian, Malay as Indonesian)
STEMMERS = {
    "German": "german",
    "French": "french",
    "Spanish": "spanish",
    "Italian": "italian",
    "Portuguese": "portuguese",
    "Galician": "portuguese",
    "Dutch": "dutch",
    "Catalan": "catalan",
    "Romanian": "romanian",
    "Polish": "polish",
    "Czech": "czech",
    "Slovak": "czech",
    "Croatian or Serbian": "serbian",
    "Hungarian": "hungarian",
    "Swedish": "swedish",
    "Danish": "danish",
    "Norwegian": "norwegian",
    "Finnish": "finnish",
    "Estonian": "estonian",
    "Turkish": "turkish",
    "Indonesian or Malay": "indonesian",
    "Cyrillic script": "russian",
    "Greek script": "greek",
    "Arabic script": "arabic",
}


@dataclass(frozen=True, slots=True)
class WordForms:
    """A side's stemmer and the function words of its language (beyond English's
    stopwords, which every side leaves out); ``language`` None for English."""

    language: str | None
    stem: Stem
    function_words: frozenset[str] = frozenset()

    def function(self, word: str) -> bool:
        """``word`` (lower case) is a function word, or one after an elided article or
        pronoun ("c'est", "qu'il", "d'une": the stemmer reads them "est", "il", "une"),
        or Japanese hiragana alone, its particles and endings ("した": words.unspaced)."""
        return (
            word in self.function_words
            or kana_function(word)
            or ("'" in word and word.rsplit("'", 1)[1] in self.function_words)
        )


ENGLISH_FORMS = WordForms(None, english_stem)


def snowball(algorithm: str) -> Stem:
    """The Snowball stemmer ``algorithm`` ("german") as a function of a lower-case word."""
    return _snowball(algorithm)


def snowball_words(algorithm: str, words: Iterable[str]) -> list[str]:
    """What ``snowball(algorithm)`` makes of each of ``words``, in one call of the
    stemmer: a word list read at start-up (1,300 nationalities in five languages) stems
    in a seventh of the time of a call each."""
    stemmer, lock = _stemmer(algorithm)
    with lock:
        return [str(s) for s in stemmer.stemWords(list(words))]


@lru_cache(maxsize=32)
def _stemmer(algorithm: str) -> tuple[Any, threading.Lock]:
    # a snowball stemmer keeps its work in the object: one call at a time
    return snowballstemmer.stemmer(algorithm), threading.Lock()


@lru_cache(maxsize=32)
def _snowball(algorithm: str) -> Stem:
    stemmer, lock = _stemmer(algorithm)

    @lru_cache(maxsize=65536)
    def stem(word: str) -> str:
        with lock:
            return str(stemmer.stemWord(word))

    return stem


@lru_cache(maxsize=32)
def word_forms(language: str | None) -> WordForms:
    """The word forms of ``language`` (a name of reader.analysis.linking.relatedness.not_english);
    English's for None and for a language without a stemmer."""
    algorithm = STEMMERS.get(language or "")
    if algorithm is None:
        return ENGLISH_FORMS
    profile = LANGUAGES.get(str(language))
    function = FOREIGN_FUNCTION_WORDS.get(str(language), frozenset())
    function |= AUXILIARIES.get(str(language), frozenset())
    own = profile.words if profile is not None else frozenset()
    # "l'" and "dell'" of the profiles are elisions: the word patterns read "l" and "dell"
    listed = frozenset(w.rstrip("'") for w in own | function) - STOPWORDS
    return WordForms(language, snowball(algorithm), listed)


def side_forms(text_a: str, text_b: str) -> tuple[WordForms, WordForms]:
    """The word forms of each side of a pair; a side too short to tell its language is
    taken to be written in the pair's (told only then: most pairs need no third look)."""
    told = [told_language(text_a), told_language(text_b)]
    if None in told:
        pair = pair_language(f"{text_a[:PAIR_SAMPLE]}\n{text_b[:PAIR_SAMPLE]}")
        told = [pair if language is None else language for language in told]
    return word_forms(told[0] or None), word_forms(told[1] or None)
