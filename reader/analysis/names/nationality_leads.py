"""A nationality written before a person's name, read by the sentence rules as part of it:
"American Tyler Nuñez scores late winner" (a wire's headline) gave the name "American
Tyler Nuñez", which shared no entity match with the other article's "Tyler Nuñez" but
the shorter form's.

Nothing in the words tells "American Tyler Nuñez" from "American Red Cross"; the pair
does. A name opening with a nationality ("American", "German") is that nationality and
the name after it when the pair names that rest on its own and, alone, its last word: a
person named in full and then by the surname ("Tyler Nuñez" ... "Nuñez said"). An
institution is rarely named by its last word alone ("Red Cross", but no "Cross").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS
from reader.model import Span

__all__ = ["split_nationality_leads"]


def split_nationality_leads(*sides: Sequence[UnitFeatures]) -> None:
    """Split, in place, each name of ``sides`` that is a nationality and a person's name
    (see the module's docstring) into the two."""
    keys = {n.key for side in sides for f in side for n in f.names}
    for side in sides:
        for f in side:
            if any(_lead(n, keys) for n in f.names):
                f.names = [part for n in f.names for part in _parts(n, keys)]


def _lead(n: Mention, keys: set[str]) -> bool:
    words = n.key.split()
    rest = " ".join(words[1:])
    return len(words) > 2 and words[0] in DEMONYMS and rest in keys and words[-1] in keys


def _parts(n: Mention, keys: set[str]) -> list[Mention]:
    if not _lead(n, keys):
        return [n]
    first, rest = n.surface.split(maxsplit=1)
    start = n.span.end - len(rest)
    return [
        replace(
            n,
            key=name_key(first),
            span=Span(n.span.start, n.span.start + len(first)),
            surface=first,
        ),
        replace(n, key=name_key(rest), span=Span(start, n.span.end), surface=rest),
    ]
