"""One place for another: two linked sentences worded alike but for where it happened.

"The fire broke out at a warehouse in Woodburn on Tuesday" against "... in Salem on
Tuesday" tells one fact in two places: a discrepancy of kind ``name`` ("Woodburn vs
Salem"), as reader.analysis.conflicts.substituted_names reports one person for another. Precision
first, so a pair is reported only when:

- the two sentences' words differ in one stretch that is a place on each side, and
  little elsewhere (reader.analysis.conflicts.substituted_names.replaced_stretches);
- each place stands where a place stands, after the same word of place in the
  sentences' language: "in", "near", "outside" and "the town of" in English; "in",
  "bei", "nahe" in German; "à", "en", "au", "près de" in French; "en", "cerca de" in
  Spanish; "a", "in", "presso" in Italian; "em", "no", "na", "perto de" in Portuguese;
- the two are of one sort: both regions (countries, states: reader.ingest.regions) or
  both neither, as "in Oregon" against "in Salem" may tell a state and a town in it;
- neither is a person (two words opening with a given name, not closed by a word that
  closes places: "Beverly Hills" is a place), a nationality or a language ("in
  French"), a news agency, or what a place gives its name to ("in the Washington Post",
  "Salem Hospital");
- the two are not one place written two ways (a word in common, spelt nearly alike),
  and neither article names the other's place anywhere: an article naming both may
  tell of two places involved ("from Woodburn to Salem").
"""

from __future__ import annotations

from collections.abc import Collection

from reader.analysis.conflicts.negation import Word
from reader.analysis.conflicts.substituted_names import (
    Stretch,
    Substitution,
    apart,
    replaced_stretches,
)
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.words.lexicon import DEMONYMS, FACILITIES, TITLES
from reader.ingest.agencies import is_agency
from reader.ingest.closed_places import person_by_text
from reader.ingest.given_names import FEMALE, MALE
from reader.ingest.place_words import PLACE_CLOSERS
from reader.ingest.regions import is_region
from reader.model import Span

# the words a place comes after, in each language (None: English), read as written in
# lower case, nearest last
SLOTS: dict[str | None, frozenset[tuple[str, ...]]] = {
    language: frozenset(tuple(slot.split("_")) for slot in slots.split())
    for language, slots in {
        None: "in near outside town_of city_of village_of",
        "German": "in bei nahe nahe_von",
        "French": "à en au près_de ville_de",
        "Spanish": "en cerca_de ciudad_de",
        "Italian": "a in presso vicino_a città_di",
        "Portuguese": "em no na perto_de cidade_de",
    }.items()
}
# a place is written as its names' words, with spaces, hyphens or apostrophes between
_JOINING = frozenset(" -'’")


def substituted_place(
    fa: UnitFeatures, fb: UnitFeatures, names_a: Collection[str], names_b: Collection[str]
) -> Substitution | None:
    """The two places linked sentences ``fa`` and ``fb`` name in the one stretch where
    they differ, as the module says; ``names_a`` and ``names_b``: the words of every name
    each article gives (keys' words), to leave alone a place the other article names too."""
    slots = SLOTS.get(fa.language)
    if slots is None or fa.language != fb.language:
        return None
    for stretch in replaced_stretches(fa, fb):
        if not _in_a_slot(stretch, slots):
            continue
        pa, pb = _place_over(fa, stretch.a), _place_over(fb, stretch.b)
        if pa is None or pb is None or is_region(pa.key) != is_region(pb.key):
            continue
        if apart(pa.key, pb.key, names_a, names_b):
            return Substitution(pa, pb)
    return None


def _in_a_slot(stretch: Stretch, slots: Collection[tuple[str, ...]]) -> bool:
    """The words before the stretch, the same on both sides, end with a word of place."""
    if stretch.before != stretch.before_b:
        return False
    return any(stretch.before[-len(slot) :] == slot for slot in slots)


def _place_over(f: UnitFeatures, stretch: list[Word]) -> Mention | None:
    """The place the words of ``stretch`` name in ``f``: every word inside a name of the
    sentence, nothing but spaces, hyphens or apostrophes between them, and none of what
    :func:`_no_place` leaves out."""
    start, end = stretch[0].span.start, stretch[-1].span.end
    base = f.unit.span.start
    surface = f.unit.text[start - base : end - base]
    named = {k for n in f.names for k in range(n.span.start, n.span.end)}
    # "Saint-Étienne", one word of two names: every letter within a name
    if any(c not in _JOINING and start + k not in named for k, c in enumerate(surface)):
        return None
    key = " ".join(w.low.replace("’", "'") for w in stretch)
    place = Mention("name", " ".join(key.replace("-", " ").split()), Span(start, end), surface)
    return None if _no_place(place, f.unit.text) else place


def _no_place(m: Mention, text: str) -> bool:
    """``m`` is surely no place: a person's name ("Jim Lynam", "President Obama"), a
    nationality or a language, a news agency, or a facility or paper named for a place.
    A given name before a word that closes places opens a place ("Beverly Hills", "Ann
    Arbor": reader.ingest.place_words.PLACE_CLOSERS) unless its sentence ``text`` tells
    of a person ("Ambassador Carla Hills": reader.ingest.closed_places)."""
    words = m.key.split()
    person = words[-1] not in PLACE_CLOSERS or person_by_text(text, m.surface)
    if len(words) > 1 and words[0] in FEMALE | MALE and person:
        return True
    if any(w in TITLES for w in words) or words[-1] in FACILITIES:
        return True
    return m.key in DEMONYMS or is_agency(m.surface)
