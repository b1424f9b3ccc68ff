"""Names the sentence rules split: at a hyphen between two capitalised words, or after an
Irish or Italian prefix ("Jim O'Brien", "O'Connor", "D'Angelo").

"Dominique Strauss-Kahn", "Catherine Zeta-Jones", "Jean-Claude Juncker" are one name each,
but "the Kim-Putin summit", "the Obama-Biden ticket", "Klitschko-Haye" join two. The
sentence rules read a capitalised word after a hyphen as the start of a new name, so the
first kind came out as two names ("Dominique Strauss" and "Kahn"). Only the pair of
articles tells the two kinds apart: two names joined by a hyphen stay apart when either
is used on its own anywhere in the pair ("Kim Jong Un ... Putin ... the Kim-Putin
summit"), and are read as one name otherwise, also when the other article writes the
name without its hyphen ("Dominique Strauss Kahn" uses no part of "Strauss-Kahn" on its
own); so are two that make one nationality ("African-American"). A single capital
joined by a hyphen belongs to the name beside it: "X-Men", "Jay-Z", "D-Day".

The features keep "Jim O'Brien" split ("Jim O" and "Brien"): the split surname is what
lets "O'Brien" and "Jim O'Brien" share a name term in the lexical source (read whole, the
two keys differ, and ECB+ loses two right links). ("George W. Bush" is read whole by the
features, and weighed by the lexical source as "George W" and "Bush":
reader.analysis.features.initial_parts.) What the reader sees, the entity matches and the
speakers, take the names whole (:func:`whole_names`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.mention import Mention
from reader.analysis.names.german_papers import dative_paper
from reader.analysis.names.name_particles import (
    of_after_name,
    particle_between,
    particles_opening,
)
from reader.analysis.names.place_particles import place_after_capital
from reader.analysis.words.lexicon import DEMONYMS
from reader.model import Span


def join_split_names(*sides: Sequence[UnitFeatures]) -> None:
    """Join, in place, each two names of a unit that only a hyphen separates, unless
    either one is a name the pair uses on its own and its article gives the two nowhere
    as one name's hyphened word ("Marsh-Otterby died Sunday" beside "Helene
    Marsh-Otterby", though "Robert Otterby", her husband, uses "Otterby" alone)."""
    units = [f for side in sides for f in side]
    pairs = {id(f): _hyphened(f) for f in units}
    in_pairs = {(id(f), k + d) for f in units for k in pairs[id(f)] for d in (0, 1)}
    alone = [
        m.key.split() for f in units for k, m in enumerate(f.names) if (id(f), k) not in in_pairs
    ]
    for side in sides:
        given = _hyphened_words(side)
        for f in side:
            if pairs[id(f)]:
                f.names = _joined(f, pairs[id(f)], alone, given)
            f.names = [_with_letters(f, m) for m in f.names]


def _hyphened_words(side: Sequence[UnitFeatures]) -> set[str]:
    """The hyphened words (in small letters) of the names of two words or more that an
    article gives: "marsh-otterby" of "Helene Marsh-Otterby"."""
    return {
        w.lower()
        for f in side
        for m in f.names
        if " " in m.surface
        for w in m.surface.split()
        if "-" in w
    }


_LETTER_BEFORE = re.compile(r"(?<![\w-])[A-Z]-$")
_LETTER_AFTER = re.compile(r"-[A-Z](?![\w-])")


def _with_letters(f: UnitFeatures, m: Mention) -> Mention:
    """``m`` with a single capital that a hyphen joins to it: "X-Men", "Jay-Z"."""
    text, base = f.unit.folded, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    before = _LETTER_BEFORE.search(text, max(0, start - 3), start)
    after = _LETTER_AFTER.match(text, end)
    if before is None and after is None:
        return m
    start = before.start() if before is not None else start
    end = after.end() if after is not None else end
    surface = text[start:end]
    return Mention("name", name_key(surface), Span(base + start, base + end), surface)


def _hyphened(f: UnitFeatures) -> list[int]:
    """Indexes k of the unit's names such that names k and k + 1 are joined by a hyphen."""
    text, base = f.unit.folded, f.unit.span.start
    out = []
    for k in range(len(f.names) - 1):
        m, n = f.names[k], f.names[k + 1]
        if n.span.start - m.span.end == 1 and text[m.span.end - base] == "-":
            out.append(k)
    return out


def _used_alone(m: Mention, seam: list[str], alone: list[list[str]]) -> bool:
    """True when a name of ``alone`` (the words of each) holds the words of ``m`` but not
    the two words the hyphen joins (``seam``) side by side: "Kim Jong Un" uses the "Kim"
    of "Kim-Putin" alone, "Dominique Strauss Kahn" writes "Strauss-Kahn" without its
    hyphen."""
    words = set(m.key.split())
    return any(words <= set(other) and not _holds(other, seam) for other in alone)


def _holds(words: list[str], seam: list[str]) -> bool:
    n = len(seam)
    return any(words[k : k + n] == seam for k in range(len(words) - n + 1))


def _joined(
    f: UnitFeatures, hyphened: list[int], alone: list[list[str]], given: set[str]
) -> list[Mention]:
    text, base = f.unit.folded, f.unit.span.start
    names = list(f.names)
    out: list[Mention] = []
    k = 0
    while k < len(names):
        m = names[k]
        while k in hyphened and (
            f"{names[k].key} {names[k + 1].key}" in DEMONYMS
            or _hyphened_word(names[k], names[k + 1]) in given
            or not any(
                _used_alone(n, _seam(names[k], names[k + 1]), alone) for n in names[k : k + 2]
            )
        ):
            k += 1
            end = names[k].span.end
            surface = text[m.span.start - base : end - base]
            m = Mention("name", name_key(surface), Span(m.span.start, end), surface)
        out.append(m)
        k += 1
    return out


def _hyphened_word(left: Mention, right: Mention) -> str:
    """The hyphened word (in small letters) the last word of ``left`` and the first of
    ``right`` make: "marsh-otterby"."""
    return f"{left.surface.split()[-1]}-{right.surface.split()[0]}".lower()


def _seam(left: Mention, right: Mention) -> list[str]:
    """The two words a hyphen joins: the last of ``left``, the first of ``right``."""
    return [*left.key.split()[-1:], *right.key.split()[:1]]


def whole_names(text: str, names: Sequence[Mention]) -> list[Mention]:
    """``names`` (spans in ``text``, a document's folded text) with an Irish or Italian
    prefix put back, and a lowercase particle's two sides joined: the features read "Jim
    O'Brien" as "Jim O" and "Brien", "O'Connor" as "Connor", "Osama bin Laden" as "Osama"
    and "Laden", "bin Laden" as "Laden" (:mod:`reader.analysis.names.name_particles`)."""
    out: list[Mention] = []
    for n in sorted(names, key=lambda n: n.span.start):
        start = n.span.start
        before = out[-1] if out else None
        # the key of a name joined across its particles is made of its parts' keys, as
        # the language keyed them ("andre" + "dos" + "sant meirel": stems without accents
        # in a Portuguese article), so that it holds the words of "André Meireles"
        first: tuple[str, int] | None = None  # the key before the particles, their start
        if start >= 2 and text[start - 1] in "'\u2019" and text[start - 2].isupper():
            if before is not None and before.span.end == start - 1:  # "Jim O" + "Brien"
                out.pop()
                start = before.span.start
            elif start < 3 or not text[start - 3].isalnum():
                start -= 2  # "O'" + "Connor"
        elif (
            before is not None
            # "Osama" + "Laden"; not "Braun" + "der Süddeutschen Zeitung", nor "Llegaron"
            # + "Santiago", "Genova" + "Torino" (a preposition before a place)
            and particle_between(text, before, n)
            and dative_paper(text, n.span.start, n.span.end) is None
            and not _place_after(text, before, n)
            and not of_after_name(text, before, n)
        ):
            out.pop()
            start, first = before.span.start, (before.key, before.span.end)
        elif before is None or not of_after_name(text, before, n):
            start = particles_opening(text, n)  # "bin" + "Laden"
            first = ("", start)
        # (not "van Infrastructuur" of "Ruud Bakker van Infrastructuur": of_after_name)
        if start != n.span.start:
            surface = text[start : n.span.end]
            key = name_key(surface)
            if first is not None:
                particles = text[first[1] : n.span.start].lower().split()
                key = " ".join((first[0], *particles, n.key)).strip()
            n = replace(n, span=Span(start, n.span.end), surface=surface, key=key)
        out.append(n)
    return out


def _place_after(text: str, before: Mention, name: Mention) -> bool:
    """The particles between ``before`` and ``name`` are prepositions before a place:
    "Llegaron de Santiago", "a Genova da Torino" (reader.analysis.names.place_particles)."""
    last = before.surface.split()[-1]
    particles = text[before.span.end : name.span.start].split()
    return place_after_capital(text, before.span.end - len(last), last, particles)


def names_read_whole(
    evidence: tuple[str, ...], names: Sequence[Mention], text: str, folded: str
) -> tuple[str, ...]:
    """A claim's ``evidence`` as the reader sees it: each of a sentence's ``names`` the
    features cut ("George W" and "Bush", "Stade" and "Suisse") given whole, once
    ("George W. Bush", "Stade de Suisse"), in the document's ``text`` (``folded``: its
    folded text). Only the words shown change, not what was matched."""
    cut = {m.surface: m.span for m in names if m.surface in evidence}
    if not cut:
        return evidence
    whole = whole_names(folded, names)
    out: list[str] = []
    for word in evidence:
        span = cut.get(word)
        if span is not None:
            found = next((w.span for w in whole if w.span.contains(span)), None)
            word = text[found.start : found.end] if found is not None else word
        if word not in out:
            out.append(word)
    return tuple(out)
