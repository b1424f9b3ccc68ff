"""A one-word name and a longer name ending with it that name two things: "Hollywood" (the
place) and "Access Hollywood" (a TV show), which its article calls "Access".

A longer name is mostly a one-word name with more in front: a given name ("Vladimir
Putin", "Brian Nichols"), a place or a people ("Philadelphia 76ers", "Indian Navy",
"Woodburn Police Department"). It is another thing when its article calls it by its
first words and never by its last one, and those first words are no given name, no
title, no people and no place (a place: a name written after "in" or "at"), and the last
word is not written after "the" ("the 76ers", a team its article calls "Philadelphia").
A surname written first ("Kim" of "Kim Jong Un") is the first word, and stays the name.
A given name before a word that closes places is no person's but a place's ("Beverly
Hills", "Ann Arbor"), unless its article tells of a person ("Ambassador Carla Hills",
"Carla Hills said": reader.ingest.closed_places).

On ECB+ dev (every pair of reports of one topic, 3,261 pairs) and the seed pair, of 3,283
joins of a one-word name in one article with a longer one ending it in the other, this
parts 9: "Hollywood" and "Access Hollywood" (3 pairs), and a common noun and a body
named with it ("Department" and "Texas Department", "Chamber" and "US Chamber",
"District" and "Fulton County District", "Playmate" and "Page Playmate").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.features import UnitFeatures
from reader.analysis.names.full_names import NOT_GIVEN
from reader.analysis.names.sunday_papers import editions_apart
from reader.analysis.words.lexicon import DEMONYMS, TITLES
from reader.ingest.closed_places import person_by_text
from reader.ingest.given_names import FEMALE, MALE
from reader.ingest.place_words import PLACE_CLOSERS

# right before a place's name: "in Philadelphia", "at the Acropolis"
_AT = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# right before the name of a team, a body or a building: "the 76ers", "the Navy"
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
BEFORE = 16  # characters read before a name for those words


def names_apart(*sides: Sequence[UnitFeatures]) -> set[tuple[str, str]]:
    """(one-word name key, longer name key ending with it) of each such pair of names
    of the articles' units (``sides``) that name two things; and a daily's name with its
    Sunday paper's ("frankfurt allgemein" and "frankfurt allgemein sonntagszeit":
    reader.analysis.names.sunday_papers)."""
    written: list[set[str]] = []
    texts: list[str] = []
    places: set[str] = set()
    things: set[str] = set()  # names written after "the"
    for units in sides:
        texts.append("\n".join(f.unit.text for f in units))
        keys: set[str] = set()
        for f in units:
            for m in f.names:
                keys.add(m.key)
                at = m.span.start - f.unit.span.start  # the few words before it, no more
                if _AT.search(f.unit.text, max(0, at - BEFORE), at):
                    places.add(m.key)
                if _THE.search(f.unit.text, max(0, at - BEFORE), at):
                    things.add(m.key)
        written.append(keys)
    out: set[tuple[str, str]] = set()
    for keys, text in zip(written, texts, strict=True):
        for name in keys:
            words = name.split()
            if len(words) < 2:
                continue
            last, first = words[-1], " ".join(words[:-1])
            if last in keys or first not in keys or last in things:
                continue  # called by its last word, or not by its first; or "the 76ers"
                # of "Philadelphia 76ers", a team its article calls by its city
            if first in places or words[0] in places:
                continue  # a place's name in front: "Woodburn Police Department"
            if _person_or_kind(words, text):
                continue
            out.add((last, name))
    return out | editions_apart(k for keys in written for k in keys)


def _person_or_kind(words: list[str], text: str) -> bool:
    """The first words of a longer name of ``words`` may be a given name, a title, a
    people or a word of a place's name ("New", "North"). A given name before a word that
    closes places opens a place ("Beverly Hills", "Ann Arbor"), unless its article's
    ``text`` tells of a person ("Ambassador Carla Hills": reader.ingest.closed_places)."""
    word, first = words[0], " ".join(words[:-1])
    given = (word in FEMALE or word in MALE) and (
        words[-1] not in PLACE_CLOSERS or person_by_text(text, " ".join(words))
    )
    return given or word in TITLES or word in NOT_GIVEN or first in DEMONYMS
