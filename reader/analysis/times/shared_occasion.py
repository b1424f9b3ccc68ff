"""Whether two linked sentences may tell one occasion, so that their times may disagree.

A link made on a name or two alone ties sentences about two things that befell one place
or one actor: "a party ... was established in August 2012 in Ashgabat" and "On October
1-2 Ashgabat hosts a seminar organised with the assistance of the United Nations
Development Programme" (linked on Turkmenistan and Ashgabat), "On November 11, INS Tabar
had repulsed two hijack attempts, one on an Indian ship (MV Jag Arnav) ..." and "On
November 19, Tabar sank a Somalian pirate vessel" (on Tabar). Their times differ because
their occasions do. A time told against another is a discrepancy only when the two
sentences

- share a word of what happened, outside names ("sunk ... pirates" and "sank a pirate
  vessel", "agencies ... actions ... harm"), or
- name two things in common beside countries, regions and nationalities, such as who
  and where ("Tara Reid has finally entered Malibu Promises Treatment Center on Tuesday"
  and "Tara Reid checked into Promises Treatment Center on Friday"), or
- name one thing in common and nothing else, neither naming what the other does not
  ("Passed in January 2009, the Bush-era rule lifted the requirement" and "On Dec. 16,
  the Bush administration allowed agencies to waive such reviews": one rule).
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.words.lexicon import DEMONYMS, MONTHS, WEEKDAYS
from reader.ingest.agencies import is_agency
from reader.ingest.calendar_words import OTHER_MONTHS, OTHER_WEEKDAYS
from reader.ingest.regions import is_region

MIN_NAMED = 2  # named things in common that, with no word in common, make one occasion
MIN_LETTERS = 3  # shorter words tell nothing of what happened
# words of time, which any dated sentence may have ("this year", "Tuesday morning")
_TIME_WORDS = (
    frozenset(
        """
        year years month months week weeks day days morning afternoon evening night today
        yesterday tomorrow time times date earlier later ago season
        """.split()  # noqa: SIM905
    )
    | WEEKDAYS
    | OTHER_WEEKDAYS
    | MONTHS.keys()
    | OTHER_MONTHS.keys()
)


def one_occasion(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """Sentences ``fa`` and ``fb`` may tell one occasion, as the module says."""
    if _common_words(fa, fb):
        return True
    names_a, names_b = _named(fa, fb), _named(fb, fa)
    shared_a = [x for x in names_a if any(_one(x, y) for y in names_b)]
    shared_b = [y for y in names_b if any(_one(x, y) for x in names_a)]
    # counted on the side naming fewer: "klitschko" and "klitschko november" of one side
    # against "klitschko november" of the other are one thing in common, either way round
    if min(len(shared_a), len(shared_b)) >= MIN_NAMED:
        return True
    own_a = [x for x in names_a if x not in shared_a]
    own_b = [y for y in names_b if y not in shared_b]
    return bool(shared_a) and not own_a and not own_b


def _common_words(fa: UnitFeatures, fb: UnitFeatures) -> set[str]:
    """Stems of the words both sentences have outside their names: not function words,
    words of time, nor letters glued to a figure ("ers" of "76ers")."""
    return {
        st
        for st in fa.stems.keys() & fb.stems.keys()
        if st not in fa.minor and st not in fb.minor and _a_word(fa, st) and _a_word(fb, st)
    }


def _a_word(f: UnitFeatures, st: str) -> bool:
    """The word of stem ``st`` stands in ``f`` on its own, outside a name."""
    surface = f.surfaces.get(st, st).lower()
    if len(surface) < MIN_LETTERS or surface in _TIME_WORDS:
        return False
    base = f.unit.span.start
    names = [(n.span.start - base, n.span.end - base) for n in f.names]
    alone = re.compile(rf"(?<![^\W_]){re.escape(surface)}(?![^\W_])", re.IGNORECASE)
    return any(not any(s <= m.start() < e for s, e in names) for m in alone.finditer(f.unit.folded))


def _named(f: UnitFeatures, other: UnitFeatures) -> set[str]:
    """The keys of the names of ``f`` that tell one occasion from another: not
    countries, regions, nationalities, times or news agencies, nor a lone capitalised
    word opening the sentence ("Passed in January 2009, ...") that the ``other`` does
    not name, which may name nothing."""
    known = other.name_keys
    return {
        m.key
        for m in f.names
        if not (
            (m.span.start - f.unit.span.start <= 1 and " " not in m.key and m.key not in known)
            or m.key in DEMONYMS
            or is_region(m.key)
            or m.key.rstrip(".") in _TIME_WORDS
            or is_agency(m.surface)
        )
    }


def _one(x: str, y: str) -> bool:
    """Name keys ``x`` and ``y`` name one thing: one is the other or a run of its words
    ("promises treatment center" of "malibu promises treatment center")."""
    return f" {x} " in f" {y} " or f" {y} " in f" {x} "
