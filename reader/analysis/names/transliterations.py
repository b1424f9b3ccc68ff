"""Names two outlets transliterate from another script in two ways ("Mohammed al-Rashidi"
and "Muhammad Al Rashedi", "Yevgeny Korolyov" and "Evgeniy Korolev" or "Korolëv", "Dmitry
Zaitsev" and "Dmitri Zaytsev", "Abdulrahman" and "Abdul Rahman"), keyed alike.

A pair of one language keys its names as written (reader.analysis.features.name_key), so
one man written two ways was two names: no entity match, no name shared by the two
sentences that tell his sentence, and so no discrepancy between them. A word of a name
that side B writes and side A does not is keyed as A's word when A writes just one word
it may be a transliteration of, and B does not write that word too (so "Ivan" and "Ivana"
both written on one side stay two). Two words are one transliterated when, in small plain
letters with "y" as "i" and doubled letters as one, they alternate the same consonants
with vowels that differ only as transliterations do:

- "e", "i" and runs of them alike ("Rashidi" and "Rashedi", "Tariq" and "Tareq",
  "Yevgeny" and "Evgeniy");
- "o", "u" and runs of them alike ("Mohammed" and "Muhammad", "Osama" and "Usama");
- "yo" (and "ë") as "e" inside a word ("Korolyov", "Korolëv" and "Korolev"), not at its
  end ("Mario" is not "Marie");
- "a" as "e" once, inside a word of three vowels or more ("Mohammed" and "Muhammad"):
  "Hamad" and "Hamed" are two names.

"Hassan" and "Hussein", "Ivanov" and "Ivanova", "Tsai" and "Cai" stay apart (another
vowel, another count of letters, another consonant). A given name one side writes in one
word and the other in two ("Abdulrahman" and "Abdul Rahman", "Minghan" and "Ming-han") is
keyed as one word on both. Pairs of two languages are keyed by
reader.analysis.names.two_languages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from reader.analysis.features import UnitFeatures
from reader.analysis.names.two_languages import two_languages
from reader.analysis.words.letters import plain_letters

# a word this short is too often two names a letter apart ("Ali" and "Aly" aside)
_SHORTEST = 4
_GROUPS = re.compile(r"[aeiou]+|[^aeiou]+")
_DOUBLED = re.compile(r"(.)\1")
_I_CLASS = frozenset("ei")
_O_CLASS = frozenset("ou")


def key_transliterations(*sides: Sequence[UnitFeatures]) -> None:
    """Key, in place, each word of a name of side B that is a transliteration of one side
    A writes, or a run of two that A writes as one, as A's (see the module)."""
    if len(sides) != 2 or two_languages(*sides):
        return
    side_a, side_b = sides
    words_a = _name_words(side_a)
    keys = {n.key for f in side_b for n in f.names}
    words_b = {w for k in keys for w in k.split()}
    # A's words that B does not write, by their consonants: only words of one skeleton
    # may be one name transliterated (two articles of 100,000 characters name some
    # thousand words each: comparing every pair took 4 s)
    by_skeleton: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for w in words_a - words_b:
        if len(w) >= _SHORTEST:
            by_skeleton[_skeleton(w)].append(w)
    keyed = {k: _keyed(k, words_a, by_skeleton) for k in keys}
    for f in side_b:
        f.names = [replace(n, key=keyed[n.key]) if keyed[n.key] != n.key else n for n in f.names]
    joined = _joined_in(words_a, words_b)
    if joined:
        for f in side_a:
            f.names = [
                replace(n, key=k) if (k := _join(n.key, joined)) != n.key else n for n in f.names
            ]


def _name_words(side: Sequence[UnitFeatures]) -> set[str]:
    return {w for f in side for n in f.names for w in n.key.split()}


def _keyed(key: str, words_a: set[str], by_skeleton: Mapping[tuple[str, ...], list[str]]) -> str:
    """Name key ``key`` of side B with each word keyed as side A writes it (the words
    of A's names ``words_a``; those B does not write, by their :func:`_skeleton`)."""
    out = _join(key, words_a)
    return " ".join(_word(w, words_a, by_skeleton) for w in out.split())


def _word(word: str, words_a: set[str], by_skeleton: Mapping[tuple[str, ...], list[str]]) -> str:
    if word in words_a or len(word) < _SHORTEST or not word.isalpha():
        return word
    found = [w for w in by_skeleton.get(_skeleton(word), ()) if transliterated(word, w)]
    return found[0] if len(found) == 1 else word


def _join(key: str, joined: set[str]) -> str:
    """``key`` with each run of two of its words that ``joined`` holds as one word written
    as that one word ("abdul rahman al nuaimi" -> "abdulrahman al nuaimi")."""
    words = key.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = "".join(words[i : i + 2])
        if i + 1 < len(words) and pair in joined and len(pair) > _SHORTEST:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _joined_in(words_a: set[str], words_b: set[str]) -> set[str]:
    """The words of side B's names that side A writes as two ("abdulrahman" of B against
    "abdul" and "rahman" of A), which A's keys are to join."""
    return {
        w
        for w in words_b - words_a
        if any(w[:i] in words_a and w[i:] in words_a for i in range(3, len(w) - 2))
    }


def transliterated(x: str, y: str) -> bool:
    """``x`` and ``y`` (words of names keyed, in small letters) are one name transliterated
    two ways (see the module's rules): "rashidi" and "rashedi", "korolyov" and "korolev"
    (not "hassan" and "hussein", "ivanov" and "ivanova")."""
    if x == y or min(len(x), len(y)) < _SHORTEST:
        return x == y
    gx, gy = _groups(x), _groups(y)
    if len(gx) != len(gy) or gx == gy:
        return gx == gy
    vowels = sum(1 for g in gx if g[0] in "aeiou")
    swapped = 0
    for i, (p, q) in enumerate(zip(gx, gy, strict=True)):
        if p == q:
            continue
        if p[0] not in "aeiou" or q[0] not in "aeiou":
            return False
        inside = i + 1 < len(gx)
        if _vowels_alike(p, q, inside=inside):
            continue
        if inside and i > 0 and vowels >= 3 and {p, q} == {"a", "e"} and not swapped:
            swapped += 1
            continue
        return False
    return True


@lru_cache(maxsize=8192)
def _groups(word: str) -> tuple[str, ...]:
    """``word``'s runs of consonants and of vowels, in small plain letters, "y" as "i",
    "ë" as "yo" and doubled letters as one: "mohammed" -> m, o, h, a, m, e, d."""
    plain = plain_letters(word.replace("ë", "yo")).replace("y", "i")
    return tuple(_GROUPS.findall(_DOUBLED.sub(r"\1", plain)))


def _skeleton(word: str) -> tuple[str, ...]:
    """``word``'s runs of consonants, each run of vowels as '': two words are one name
    transliterated only when theirs are equal (:func:`transliterated` lets vowels
    alone differ)."""
    return tuple("" if g[0] in "aeiou" else g for g in _groups(word))


def _vowels_alike(p: str, q: str, *, inside: bool) -> bool:
    """Runs of vowels ``p`` and ``q`` are one sound transliterated two ways: both of "e"
    and "i", both of "o" and "u", or, ``inside`` a word, "io" (of "yo", "ë") and "e"."""
    if set(p) <= _I_CLASS and set(q) <= _I_CLASS:
        return True
    if set(p) <= _O_CLASS and set(q) <= _O_CLASS:
        return True
    return inside and {p, q} == {"io", "e"}
