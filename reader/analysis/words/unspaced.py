"""The words of a text as lexical matching reads them, Chinese and Japanese included.

Chinese and Japanese put no spaces between words, so a word pattern reads a whole run of
their characters as one "word" ("俄罗斯总统普京19日抵达平壤" gives "俄罗斯总统普京"), which
two reports share only when they word the whole run alike. Without a dictionary, a search
engine reads such a run as its overlapping pairs of characters ("俄罗", "罗斯", "斯总",
"总统", "统普", "普京"): any word of two characters or more is then shared as the pairs
it is made of, and a few pairs that span two words ("斯总") weigh little, being rare.
:func:`word_matches` does the same; the evidence shown for a link joins the pairs two
sentences share back into the runs they cover (:func:`joined_runs`). Korean spaces its
words, which carry their particles: a word of Hangul is read without its particle
(words.korean_particles: "대통령이" as "대통령"). Japanese writes its particles and endings in
hiragana: a pair of hiragana alone ("した", "ている") is a function word
(:func:`kana_function`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from reader.analysis.words.korean_particles import (
    HANGUL,
    SHORT_WORDS,
    glued_counter,
    korean_word,
)
from reader.analysis.words.stems import WORD

__all__ = [
    "UNSPACED",
    "joined_characters",
    "joined_words",
    "kana_function",
    "too_short",
    "word_matches",
]

# Chinese characters (and their extensions and compatibility forms); hiragana, katakana
# (and half-width katakana): the scripts' ranges every reader of them takes from here
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KATAKANA = "\u30a0-\u30ff\uff66-\uff9f"
KANA = f"\u3040-\u309f{KATAKANA}"
UNSPACED = f"\u3040-\u30ff{HAN}"
_RUN = re.compile(f"[{UNSPACED}]+")
_HIRAGANA = re.compile("[\u3040-\u309f]+")
_KOREAN = re.compile(f"[{HANGUL}]+(?:'[{HANGUL}]+)?")


@dataclass(frozen=True, slots=True)
class _Pair:
    """A pair of characters of a run, read as a word match is (``start``, ``group``)."""

    at: int
    text: str

    def start(self) -> int:
        return self.at

    def group(self) -> str:
        return self.text


def word_matches(text: str) -> Iterator[re.Match[str] | _Pair]:
    """The words of ``text`` (reader.analysis.words.stems.WORD), a run of Chinese or
    Japanese characters read as its overlapping pairs of characters; a lone character
    of such a run is read as a word of one letter (which features leave out); a word of
    Hangul without its particle ("평양에서" as "평양"), none for a particle alone."""
    found = list(WORD.finditer(text))
    for k, m in enumerate(found):
        if _KOREAN.fullmatch(m.group()) is not None:
            after = found[k + 1].group() if k + 1 < len(found) else ""
            # "24년 만에": "년" a word, as "years" is ("3명이" as "명")
            word = glued_counter(text, m.start(), m.group()) or korean_word(m.group(), after)
            if word:
                yield m if word == m.group() else _Pair(m.start(), word)
            continue
        if _RUN.search(m.group()) is None:
            yield m
            continue
        at = m.start()
        for part in re.finditer(f"[{UNSPACED}]+|[^{UNSPACED}]+", m.group()):
            run, start = part.group(), at + part.start()
            if _RUN.fullmatch(run) is None or len(run) == 1:
                yield _Pair(start, run)
                continue
            for k in range(len(run) - 1):
                yield _Pair(start + k, run[k : k + 2])


def too_short(word: str) -> bool:
    """``word`` is too short to be evidence: one letter, but a Korean counter ("년" of
    "24년") or bound noun ("만" of "24년 만에": words.korean_particles.SHORT_WORDS)."""
    return len(word) < 2 and word not in SHORT_WORDS


def kana_function(word: str) -> bool:
    """``word`` is written in hiragana alone: Japanese particles and endings ("した")."""
    return _HIRAGANA.fullmatch(word) is not None


def joined_words(text: str, words: Iterable[str]) -> list[str]:
    """``words`` (two sentences share, A's ``text`` holding them) with the pairs of
    Chinese or Japanese characters among them joined into the stretches of ``text`` they
    run on: "俄罗", "罗斯", "斯总", "总统" of "俄罗斯总统普京" as "俄罗斯总统"; longest
    first."""
    words = list(words)
    pairs = {w for w in words if len(w) == 2 and _RUN.fullmatch(w)}
    if not pairs:
        return words
    runs: list[str] = []
    k = 0
    while k < len(text) - 1:
        if text[k : k + 2] not in pairs:
            k += 1
            continue
        end = k + 1
        while end < len(text) - 1 and text[end : end + 2] in pairs:
            end += 1
        runs.append(text[k : end + 1])
        k = end
    rest = [w for w in words if w not in pairs]
    return sorted(dict.fromkeys([*rest, *runs]), key=len, reverse=True)


def joined_characters(words: Sequence[str], kept: Sequence[bool]) -> list[str]:
    """The ``words`` of a quotation that are ``kept`` (both quotations say them), its
    Chinese and Japanese characters (one word each: quotations.quotes.WORDS) joined into
    the runs kept together ("两", "国", "关", "系" as "两国关系"); a lone one left out."""
    out: list[str] = []
    run = ""
    for word, keep in zip([*words, ""], [*kept, False], strict=True):
        if keep and _RUN.fullmatch(word) and len(word) == 1:
            run += word
            continue
        if len(run) > 1:
            out.append(run)
        run = ""
        if keep:
            out.append(word)
    return out
