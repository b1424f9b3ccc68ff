"""A toll of a kind of person that may be a part of the other article's toll of people.

"Killing 12 workers" against "Fourteen people were killed" is one toll told two ways
(reader.analysis.figures.person_kinds): the workers are all the dead the sentence
tells of. Not so when either sentence counts other people the same may have befallen:
"killed 12 soldiers and a policeman" and "killed 14 people", "Three children were
killed, along with 11 adults" and "14 people died", "killed 14 people, including 10
soldiers" and "killed 12 soldiers": the kind may be one part of the whole, so the two
counts are not read against each other (parts listed together are summed instead:
reader.analysis.figures.one_group). A count of people another fate befell ("and injured
30 workers") leaves the toll whole.
"""

from __future__ import annotations

import re

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.added_counts import counts_people
from reader.analysis.figures.counted_parts import same_counted, same_thing
from reader.analysis.figures.person_kinds import counts_a_kind, one_kind
from reader.analysis.mention import Mention
from reader.analysis.words.stems import stem
from reader.lazy_regex import LazyPattern
from reader.model import Span


def part_of_a_toll(
    fa: UnitFeatures,
    na: Mention,
    roles_a: dict[Span, str],
    fb: UnitFeatures,
    nb: Mention,
    roles_b: dict[Span, str],
) -> bool:
    """Counts ``na`` and ``nb`` (with the fates ``roles_a`` and ``roles_b`` of their
    sentences' counts) compare only as a toll of a kind of person against a toll of
    other people, and either sentence counts more people the same fate may have befallen:
    the kind may be a part of the whole."""
    fate = roles_a.get(na.span, "")
    if (
        not fate
        or fate != roles_b.get(nb.span, "")
        or same_counted(na.unit_word, nb.unit_word)
        or one_kind(na.unit_word, fa.language, nb.unit_word, fb.language)
    ):
        return False  # one kind told twice ("12 soldiers", "14 troops"): one group
    if not (counts_a_kind(na.unit_word, fa.language) or counts_a_kind(nb.unit_word, fb.language)):
        return False  # two tolls of people however named ("killed 12 people", "left 15 dead")
    return _more_people(fa, na, roles_a, fate) or _more_people(fb, nb, roles_b, fate)


def _more_people(f: UnitFeatures, m: Mention, roles: dict[Span, str], fate: str) -> bool:
    """Sentence ``f`` counts people besides count ``m`` whom ``fate`` befell too, or of
    whom it tells no fate; or names someone with them ("killed 12 workers and a
    policeman", "12 soldiers along with their interpreter")."""
    end = m.span.end - f.unit.span.start
    joined = _WITH_SOMEONE.match(f.unit.text, end)
    if joined is not None and _a_person(joined.group("who")):
        return True
    return any(
        x.span != m.span
        and x.kind == "number"
        and roles.get(x.span, "") in ("", fate)
        and (x.span in roles or counts_people(f, x))
        for x in f.numbers
    )


# a count's noun, then someone else joined to it, within three words: "12 workers and a
# policeman", "12 soldiers, along with their interpreter", "12 ouvriers et un policier"
_WITH_SOMEONE = LazyPattern(
    r"\s+[^\W\d_][\w'-]*\s*,?\s+(?:and|along\s+with|as\s+well\s+as|plus|together\s+with"
    r"|et|und|y|e)\s+(?P<who>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})",
    re.IGNORECASE,
)
# one person, whom the lists of kinds count in the plural
_ONE_PERSON = frozenset(
    """
    man woman child boy girl baby policeman fireman driver pilot guard bystander passer-by
    interpreter teacher nurse doctor guide colleague friend wife husband son daughter
    mother father brother sister
    homme femme enfant policier chauffeur mann frau kind polizist fahrer hombre mujer
    niño policía conductor uomo donna bambino poliziotto autista homem mulher criança
    motorista
    """.split()  # noqa: SIM905
)


def _a_person(words: str) -> bool:
    """One of ``words`` names one person or people: "a policeman", "their interpreter",
    "two firefighters"."""
    return any(
        low in _ONE_PERSON or same_thing(stem(low), _PEOPLE) or same_thing(stem(low + "s"), _PEOPLE)
        for low in words.lower().split()
    )


_PEOPLE = stem("people")
