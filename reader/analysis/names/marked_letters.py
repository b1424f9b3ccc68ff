"""Names a pair of one language writes with their letters' marks on one side and without
on the other ("Łukasz Wróbel" and "Lukasz Wrobel", "Ines Sørensen" and "Ines Sorensen",
"Jonas Müller" and "Jonas Mueller"), keyed alike.

A British paper keeps a foreign name's marks; a US wire writes its names in plain
letters. An English side's names are keyed as written (reader.analysis.features.name_key),
so the two spellings were two names: no entity match, and no name shared by the two
sentences that tell one goal. A word of a name written with a marked letter is keyed as
the other side writes it when that side writes it plain: its letters without their marks
("ó" as "o", "ñ" as "n"), "ł", "ø", "đ", "ı" as "l", "o", "d", "i", "ß" as "ss", "æ" and
"œ" as "ae" and "oe", an umlaut as the letter or the letter and "e" ("Müller" as
"Muller" or "Mueller"). A word the other side writes with its marks, or not at all,
keeps its key, and so does every name of a pair whose sides write their names alike.
Pairs of two languages are keyed alike by reader.analysis.names.two_languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures
from reader.analysis.names.two_languages import two_languages
from reader.analysis.words.letters import plain_letters, umlauts_spelt


def key_marked_letters(*sides: Sequence[UnitFeatures]) -> None:
    """Key, in place, each word of a name one side writes with marked letters as the
    other side writes it in plain letters (see the module's docstring)."""
    if len(sides) != 2 or two_languages(*sides):
        return
    words = [{w for f in side for n in f.names for w in n.key.split()} for side in sides]
    for side, other in zip(sides, reversed(words), strict=True):
        for f in side:
            f.names = [
                replace(n, key=key) if (key := _key(n.key, other)) != n.key else n for n in f.names
            ]


def _key(key: str, other: set[str]) -> str:
    return " ".join(_word(w, other) for w in key.split())


def _word(word: str, other: set[str]) -> str:
    """``word`` as ``other`` (the other side's words of names) writes it in plain letters,
    or as it is."""
    if word.isascii() or word in other:
        return word
    plain = plain_letters(word)
    if plain in other:
        return plain
    umlauts = plain_letters(umlauts_spelt(word))
    return umlauts if umlauts in other else word
