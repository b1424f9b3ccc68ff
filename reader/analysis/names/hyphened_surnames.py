"""A double-barrelled surname, or a given name written with a hyphen, read as one name.

A capitalised word after a hyphen opens a run of its own ("Franco-German", "Kenya-Somalia
border", "Trump-Kim summit" name two things each), so "Dame Hélène Marsh-Otterby" was read
as "Dame Hélène Marsh" and "Otterby", and "Zoe Ferreira-Lindqvist" as "Zoe Ferreira" and
"Lindqvist": a name matched in part, and the surname's second half taken for another
person. The runs are one name when the word before the hyphen, a surname's first half, is
never written alone in the text (a paragraph), one word follows it, and a given name goes before it
("Hélène Marsh-Otterby", not "Donald Trump-Putin summit" in an article that calls him
"Trump") or before the two words elsewhere in it ("Marsh-Otterby died Sunday"); or
when a given name alone goes on with another and a surname ("Jean-Pierre Raffarin",
"Anne-Marie Duval"; not "Jordan-Israel peace").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.ingest.given_names import is_given_name

Run = Sequence[tuple[int, str]]


def hyphened_surname(text: str, before: Run, between: str, after: Run) -> bool:
    """True when the run ``after`` goes on, across the hyphen ``between``, with the name the
    run ``before`` of ``text`` holds (see the module)."""
    if between != "-" or not before or not after:
        return False
    first = [w for _, w in before]
    second = [w for _, w in after]
    if len(first) == 1 and len(second) >= 2:
        return is_given_name(first[0]) and is_given_name(second[0])
    if len(second) != 1 or re.search(rf"(?<![\w-]){re.escape(first[-1])}(?![\w-])", text):
        return False
    if len(first) > 1:
        return any(is_given_name(w) for w in first[:-1])
    whole = re.escape(f"{first[0]}-{second[0]}")
    return any(is_given_name(m.group(1)) for m in re.finditer(rf"(\w+)\s+{whole}\b", text))


def hyphen_joined(
    before: tuple[int, Sequence[tuple[int, str]]], after: tuple[int, Sequence[tuple[int, str]]]
) -> tuple[int, list[tuple[int, str]]]:
    """The runs ``before`` and ``after`` (each its offset and its words at their offsets
    from it) made one, the words either side of the hyphen one word: "Marsh-Otterby"."""
    offset, words = before
    (at, last), rest = words[-1], [(after[0] - offset + p, w) for p, w in after[1]]
    return offset, [*words[:-1], (at, f"{last}-{rest[0][1]}"), *rest[1:]]
