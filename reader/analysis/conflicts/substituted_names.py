"""One person for another: two linked sentences worded alike but for who did it.

"The 76ers named assistant general manager Tony DiLeo as interim coach" against "... named
assistant general manager Jim Lynam as interim coach" tells one fact with two people: a
discrepancy of kind ``name`` ("Tony DiLeo vs Jim Lynam"), as two copies of one wire story
edited apart show it. Precision first, so a pair is reported only when:

- the two sentences' words (compared as reader.analysis.conflicts.negation compares them) differ in
  one stretch that is a name on each side, and little elsewhere (a fifth of the shorter
  sentence at most);
- both names are people's: each opens with a common given name (not before a word that
  closes places, "Beverly Hills", unless the sentence tells of a person: "Carla Hills
  said"), or comes after a title or a role the two sentences share ("coach", "manager",
  "President");
- the two are not one person written two ways: no word in common, no surname spelt
  nearly alike ("Lynam", "Lynham");
- neither article names the other's person anywhere: an article that names both may tell
  of two people in two roles;
- neither is a news agency (each reports its own interview).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.analysis.conflicts.negation import CLOSE_SHARE, Word, words
from reader.analysis.features import UnitFeatures
from reader.analysis.mention import Mention
from reader.analysis.quotations.unnamed_speakers import SOURCE_NOUNS
from reader.analysis.words.lexicon import TITLES
from reader.ingest.agencies import is_agency
from reader.ingest.closed_places import closed_place, person_by_text
from reader.ingest.given_names import FEMALE, MALE

MIN_WORDS = 6  # fewer words are too few to tell one fact worded alike
ALIKE = 0.8  # two surnames this alike (difflib's ratio) may be one name misspelt
# roles before a name, beside the titles ("assistant general manager Tony DiLeo")
_ROLES = (
    TITLES
    | SOURCE_NOUNS
    | frozenset(
        """
        manager coach striker goalkeeper pitcher quarterback guard forward midfielder
        defender winger batsman bowler jockey driver rider player teammate
        """.split()  # noqa: SIM905
    )
)


@dataclass(frozen=True, slots=True)
class Substitution:
    """The name each side gives in the one stretch where the two sentences differ."""

    a: Mention
    b: Mention

    @property
    def detail(self) -> str:
        return f"{self.a.surface} vs {self.b.surface}"


def substituted_name(
    fa: UnitFeatures, fb: UnitFeatures, names_a: Collection[str], names_b: Collection[str]
) -> Substitution | None:
    """The two people linked sentences ``fa`` and ``fb`` name in the one place where they
    differ, as the module says; ``names_a`` and ``names_b``: the words of every name each
    article gives (keys' words), to leave alone a person the other article names too."""
    if fa.language or fb.language:
        return None
    for stretch in replaced_stretches(fa, fb):
        na, nb = _name_over(fa, stretch.a), _name_over(fb, stretch.b)
        if na is None or nb is None:
            continue
        before = stretch.before[-1] if stretch.before else ""
        texts = (fa.unit.text, fb.unit.text)
        if _people(na, nb, before, texts) and apart(na.key, nb.key, names_a, names_b):
            return Substitution(na, nb)
    return None


@dataclass(frozen=True, slots=True)
class Stretch:
    """Where two sentences worded alike differ: the words of each side there, and the
    words (as written, in lower case) that come before it on each side, nearest last."""

    a: list[Word]
    b: list[Word]
    before: tuple[str, ...]
    before_b: tuple[str, ...]


def replaced_stretches(fa: UnitFeatures, fb: UnitFeatures) -> Iterator[Stretch]:
    """Each stretch where the words of sentences ``fa`` and ``fb`` (compared as
    reader.analysis.conflicts.negation compares them) differ on both sides, when elsewhere they
    differ in a fifth of the shorter sentence at most; nothing when either names nothing
    or has fewer than ``MIN_WORDS`` words."""
    if not fa.names or not fb.names:
        return
    wa, wb = words(fa), words(fb)
    if min(len(wa), len(wb)) < MIN_WORDS:
        return
    ops = SequenceMatcher(None, [w.key for w in wa], [w.key for w in wb], autojunk=False)
    differing = [op for op in ops.get_opcodes() if op[0] != "equal"]
    for _, i1, i2, j1, j2 in (op for op in differing if op[0] == "replace"):
        rest = sum(max(o[2] - o[1], o[4] - o[3]) for o in differing if o[1:] != (i1, i2, j1, j2))
        if rest > CLOSE_SHARE * min(len(wa), len(wb)):
            return
        yield Stretch(wa[i1:i2], wb[j1:j2], _lows(wa, i1), _lows(wb, j1))


def _lows(ws: list[Word], at: int) -> tuple[str, ...]:
    return tuple(w.low for w in ws[max(0, at - _BEFORE) : at])


_BEFORE = 3  # words kept before a stretch: "near", "près de", "in the town of"


def _name_over(f: UnitFeatures, stretch: list[Word]) -> Mention | None:
    """The one name of ``f`` that holds every word of ``stretch``."""
    if not stretch:
        return None
    start, end = stretch[0].span.start, stretch[-1].span.end
    found = [n for n in f.names if n.span.start <= start and end <= n.span.end]
    return found[0] if len(found) == 1 else None


def _people(na: Mention, nb: Mention, before: str, texts: tuple[str, str]) -> bool:
    """Both names are people's: after a role the sentences share, or each opening with a
    common given name, not before a word that closes places ("Beverly Hills", "Ann
    Arbor") unless its sentence (of ``texts``) tells of a person ("Carla Hills said":
    reader.ingest.closed_places); no news agency."""
    if is_agency(na.surface) or is_agency(nb.surface):
        return False
    if before.rstrip(".") in _ROLES:
        return True
    given = FEMALE | MALE
    return all(
        n.surface.split()[0].lower() in given
        and (not closed_place(n.surface) or person_by_text(text, n.surface))
        for n, text in zip((na, nb), texts, strict=True)
    )


def apart(key_a: str, key_b: str, names_a: Collection[str], names_b: Collection[str]) -> bool:
    """Two people (or places) of name keys ``key_a`` and ``key_b``, each named by one
    article only: no word in common, the last words not spelt nearly alike, and neither
    article naming a word of the other's."""
    words_a, words_b = set(key_a.split()), set(key_b.split())
    if words_a & words_b:
        return False  # "Tony DiLeo" and "DiLeo", "Tony Lynam"
    if SequenceMatcher(None, key_a.split()[-1], key_b.split()[-1]).ratio() >= ALIKE:
        return False  # one surname misspelt
    return not (words_b & set(names_a)) and not (words_a & set(names_b))
