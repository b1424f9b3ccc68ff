"""Names with "and" or "of" inside that the sentence rules read as two, put together
against the pair: "Fish and Wildlife", "Defenders of Wildlife".

The sentence rules join a run of capitals over "and" or "of" only when its last word heads
an institution's name ("Fish and Wildlife Service", "Gulf of Aden": ``head_lists``,
``features._joined_of``). A short form written without that head ("director of Fish and
Wildlife") and a body named for what it does ("Defenders of Wildlife") came out as two
names, "Fish" and "Wildlife", "Defenders" and "Wildlife", which the pair then shared with
any fish. Only the pair tells such a name from two names side by side ("Russia and North
Korea", "Putin of Russia"). Two names of a sentence parted only by "and", "of" or "of the"
are one name when

- the pair gives that very run inside a longer name ("Fish and Wildlife" and "U.S. Fish
  and Wildlife Service"); or
- they are parted by "of" (or "of the"), the first is one word, and neither is named in
  the pair but in that run, which at least once stands inside a sentence (a capitalised
  "Defenders" there is no sentence's first word): no given name nor place opens either
  ("Sam Mitchell of Toronto", "Putin of Russia", "Supporters of Obama" stay two, the
  first two as a place, the third as "Obama" is named elsewhere).

The name joined is keyed without the "the" after "of", so "Defenders of the Wildlife"
and "Defenders of Wildlife" agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.names.neighbour_joins import join_neighbours
from reader.analysis.names.office_places import first_name
from reader.analysis.words.lexicon import DEMONYMS, NOT_NAMES, PERSON_NOUNS, TITLES
from reader.ingest.regions import is_region

__all__ = ["join_short_forms"]

_PARTS = {" and ": "and", " of ": "of", " of the ": "of"}
_FIRST_WORD = re.compile(r"[\W_]*")


@dataclass(frozen=True, slots=True)
class _Seam:
    """Two names of a unit that only "and", "of" or "of the" part."""

    unit: UnitFeatures
    index: int  # of the first name in ``unit.names``
    part: str  # "and" or "of"
    key: str  # the name they make: "fish and wildlife", "defenders of wildlife"
    inside: bool  # the first name stands inside its sentence, not opening it


def join_short_forms(*sides: Sequence[UnitFeatures]) -> None:
    """Join, in place, each two names of a unit that the pair reads as one (see the
    module)."""
    units = [f for side in sides for f in side]
    seams = [s for f in units for s in _seams(f)]
    if not seams:
        return
    keys = {n.key for f in units for n in f.names}
    paired = {(id(s.unit), s.index + d) for s in seams for d in (0, 1)}
    apart = {n.key for f in units for k, n in enumerate(f.names) if (id(f), k) not in paired}
    apart_words = {w for key in apart for w in key.split()}
    by_key: dict[str, list[_Seam]] = {}
    for s in seams:
        by_key.setdefault(s.key, []).append(s)
    joined: dict[int, set[int]] = {}
    for key, found in by_key.items():
        if _in_longer(key, keys) or _body_of(found, apart, apart_words):
            for s in found:
                joined.setdefault(id(s.unit), set()).add(s.index)
    for f in units:
        if id(f) in joined:
            f.names = _joined(f, joined[id(f)])


def _seams(f: UnitFeatures) -> list[_Seam]:
    text, base = f.unit.folded, f.unit.span.start
    opening = _FIRST_WORD.match(text).end()  # type: ignore[union-attr]
    out = []
    for k, (m, n) in enumerate(zip(f.names, f.names[1:], strict=False)):
        part = _PARTS.get(text[m.span.end - base : n.span.start - base])
        if part is not None:
            inside = m.span.start - base > opening
            out.append(_Seam(f, k, part, f"{m.key} {part} {n.key}", inside))
    return out


def _in_longer(key: str, keys: set[str]) -> bool:
    """The pair gives the run ``key`` inside a longer name ("fish and wildlife" inside
    "u.s. fish and wildlife service")."""
    return any(k != key and f" {key} " in f" {k} " for k in keys)


def _body_of(found: list[_Seam], apart: set[str], apart_words: set[str]) -> bool:
    """The runs ``found`` (one name's) are "X of Y", X one word, neither part named in the
    pair but in such a run (``apart``: the keys of the names no seam holds; X's word in
    none of them), no given name, place, title or noun for people opening either, and
    at least one standing inside its sentence."""
    s = found[0]
    first = s.unit.names[s.index]
    second = s.unit.names[s.index + 1]
    if s.part != "of" or " " in first.key or not any(x.inside for x in found):
        return False
    if first.key in apart_words or second.key in apart:
        return False
    return not any(
        first_name(word) or is_region(word.lower()) or _no_body(word.lower())
        for word in (first.surface, second.surface.split()[0], second.surface)
    )


def _no_body(low: str) -> bool:
    """A word that opens no body's name: a title, a nationality, a noun for people, a
    word of ``NOT_NAMES``."""
    return low in TITLES or low in DEMONYMS or low in PERSON_NOUNS or low in NOT_NAMES


def _joined(f: UnitFeatures, firsts: set[int]) -> list[Mention]:
    """The unit's names with each one at an index of ``firsts`` joined to the next."""

    def whole(k: int, m: Mention, n: Mention, between: str) -> str | None:
        return f"{m.key} {_PARTS[between]} {n.key}" if k in firsts else None

    return join_neighbours(f, whole)
