"""Names in a pair of two languages written in one script ("Kempten" in a German report and
in an English one), keyed alike on both sides.

A side written in a cased language other than English has its names keyed by their
words' stems without accents (reader.analysis.names.cased_names: "Putina" and "Putin" are
one name), an English side by its words as written: in a German and English pair
"Kempten" was "kempt" on one side and "kempten" on the other, "Jürgen Müller" "jurg mull"
and "Juergen Mueller" "juergen mueller", so only the names no stemmer cuts (Ulm,
Lindenau) were shared. Names are nearly all the two languages share with figures, and the
installed sentence model reads English only, so each name lost costs links.

In such a pair (:func:`two_languages`) names are not stemmed (``cased_names`` keys them
by their words without accents, as an English side's are), and, once every name is read
(:func:`key_across`), both sides' keys are spelt alike:

- without accents and with "ß" as "ss" ("Straße" and "Strasse", "Zürich" and "Zurich");
- "ue", "oe", "ae" as the plain letter when the other side writes that word of a name with
  the umlaut ("Mueller" against "Müller", "Soeder" against "Söder"; "Michael", "Goethe"
  and "Israel" stay as written where the other side writes no "Michäl");
- a German genitive as the name the other side writes ("Merkels" against "Merkel").

Two scripts (a Russian and an English report) share no spelling to key alike: their sides
are left as they were, and so are pairs of one language. Transliterations ("Selenskyj",
"Zelensky") are not joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.letters import unaccented
from reader.analysis.words.lexicon import DEMONYMS

_UMLAUT = re.compile(r"[äöüÄÖÜ]")
_DIGRAPH = re.compile(r"[aou]e")
_LETTERS = re.compile(r"[^\W\d_]+")


def side_language(side: Sequence[UnitFeatures]) -> str | None:
    """The language ``side``'s words were read in (None: English, or a language with no
    stemmer of its own)."""
    return side[0].language if side else None


def two_languages(*sides: Sequence[UnitFeatures]) -> bool:
    """Two sides read in two languages of one script (the Latin): German and English,
    French and German; not a Russian and an English report, nor two German ones."""
    if len(sides) != 2 or not all(sides):
        return False
    x, y = (side_language(side) for side in sides)
    latin = not any(lang is not None and lang.endswith(" script") for lang in (x, y))
    return latin and x != y


def spelled(word: str) -> str:
    """``word`` as a name's key spells it across two languages: in small letters,
    without accents, "ß" as "ss"."""
    return unaccented(word).replace("ß", "ss")


def key_across(*sides: Sequence[UnitFeatures]) -> None:
    """Key, in place, the names of a pair of two languages alike on both sides (see the
    module's docstring); any other pair is left as it is."""
    if not two_languages(*sides):
        return
    umlauts = [_umlaut_words(n for f in side for n in f.names) for side in sides]
    for side, other in zip(sides, reversed(umlauts), strict=True):
        for f in side:
            f.names = [replace(n, key=_key(n.key, other)) for n in f.names]
    keys = [{n.key for f in side for n in f.names} for side in sides]
    for side, other_keys in zip(sides, reversed(keys), strict=True):
        if side_language(side) != "German":
            continue
        for f in side:
            f.names = [
                replace(n, key=n.key[:-1])
                if n.key.endswith("s") and n.key not in other_keys and n.key[:-1] in other_keys
                else n
                for n in f.names
            ]


def _umlaut_words(names: Iterable[Mention]) -> set[str]:
    """The words, spelt as keys, that the names write with an umlaut ("müller")."""
    return {spelled(w) for n in names for w in _LETTERS.findall(n.surface) if _UMLAUT.search(w)}


def _key(key: str, umlauts: set[str]) -> str:
    """``key`` spelt as across two languages, each word with "ue", "oe" or "ae" as the
    plain letter when the other side writes that word with the umlaut (``umlauts``)."""
    if key in DEMONYMS:
        return key
    return " ".join(_word(spelled(w), umlauts) for w in key.split())


def _word(word: str, umlauts: set[str]) -> str:
    if word in umlauts or not umlauts or _DIGRAPH.search(word) is None:
        return word
    everywhere = _DIGRAPH.sub(lambda m: m.group()[0], word)
    candidates = [everywhere] + [
        word[: m.start() + 1] + word[m.end() :] for m in _DIGRAPH.finditer(word)
    ]
    return next((c for c in candidates if c in umlauts), word)
