"""Whose counts two linked sentences give: the names they share, the name before each
figure, the person an age is told of."""

from __future__ import annotations

from reader.analysis.features import UnitFeatures
from reader.analysis.figures.age_owners import age_owner
from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.figures.figure_owners import figure_owner, figure_sources
from reader.analysis.figures.figure_places import figure_place
from reader.analysis.figures.place_asides import place_asides
from reader.analysis.figures.place_possessives import place_before_noun
from reader.analysis.mention import Mention
from reader.analysis.times.told_days import dateline_end
from reader.analysis.words.lexicon import DEMONYMS
from reader.analysis.words.saying import REPORTED, SAYING
from reader.ingest.agencies import is_agency


def shared_names(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """The two sentences name one person, place or thing in common, or one of them names
    nothing ("At least 24 people died"). Counts in sentences naming different subjects do
    not compare; a nationality is no subject ("12 Somali and 11 Yemeni nationals" and "two
    Yemeni fishing boats" tell of different people)."""
    sure_a, sure_b = _sure_names(fa), _sure_names(fb)
    if not sure_a or not sure_b:
        return True
    names_a, names_b = fa.name_keys - DEMONYMS, fb.name_keys - DEMONYMS
    return any(_within(x, y) or _within(y, x) for x in names_a for y in names_b)


def names_told_after(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """One of the two sentences names nothing before its figure or in its figure's clause,
    only in a clause after it ("The fire destroyed some 45,000 books ..., the heart of what
    had made the small library known to historians across New England"): such a name
    tells nothing of whose count the figure is, and the sentence is read as one naming
    nothing (:func:`shared_names`), whose counts compare. A source told after the figure
    names whose count it may be ("Police arrested 15 people, a spokesman for the Lyon
    prefecture said"): its names stay."""
    return not _clause_names(fa, na) or not _clause_names(fb, nb)


def _clause_names(f: UnitFeatures, m: Mention) -> list[Mention]:
    """The sure names of ``f`` (nationalities too: "12 Somali and 11 Yemeni" name two
    groups) that stand before the end of figure ``m``'s clause; all of them when a verb of
    saying or reporting follows that clause."""
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    clause_end = end + len(figure_clause(text, start, end)[1])
    names = _sure_names(f)
    rest = text[clause_end:]
    if SAYING.search(rest) or REPORTED.search(rest):
        return names
    return [n for n in names if n.span.start < base + clause_end]


def name_in_common(fa: UnitFeatures, fb: UnitFeatures) -> bool:
    """Both sentences name one person, place or thing ("Mumbai", "Paris"), a nationality
    or a lone capitalised word opening a sentence ("Les attentats") aside."""
    names_a = {m.key for m in _sure_names(fa)} - DEMONYMS
    names_b = {m.key for m in _sure_names(fb)} - DEMONYMS
    return any(_within(x, y) or _within(y, x) for x in names_a for y in names_b)


def same_subject(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Whose count it is: the nearest name before each figure ("the Nationals made
    Teixeira an eight-year, $160 million offer" vs "the Sixers fired Jim O'Brien after one
    season") must be one, when both sentences have one."""
    if _one_of_several(fa, na, fb, nb) or _one_of_several(fb, nb, fa, na):
        return False
    owned = _owners_differ(fa, na, fb, nb)
    if owned is not None:
        return not owned
    x, y = _subject(fa, na, fb), _subject(fb, nb, fa)
    if not (x is None or y is None or _one_owner(x, y, fb, nb) or _one_owner(y, x, fa, na)):
        return False
    # each sentence names someone before its figure whom the other never names: "the Red
    # Sox offer Teixeira $200 million" vs "the Nationals made Teixeira a $160 million offer"
    return not (_own_names(fa, na, fb) and _own_names(fb, nb, fa))


def _one_owner(x: str, y: str, g: UnitFeatures, m: Mention) -> bool:
    """Name ``x``, before one figure, owns figure ``m`` of sentence ``g`` too, whose nearest
    name before it is ``y``: the same name, or the place ``m`` is told of right after its
    counted words ("the Eastgate neighborhood, where 120 homes were evacuated" and
    "soldiers evacuated 150 homes in the Eastgate neighborhood":
    reader.analysis.figures.figure_places)."""
    if _within(x, y) or _within(y, x):
        return True
    place = figure_place(g, m)
    return place is not None and (_within(x, place) or _within(place, x))


def _one_of_several(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Count ``na`` comes from several bodies, some of which sentence ``fb`` never names,
    and ``nb`` is the count of one of them: "About 40 observers from the United Nations,
    the OSCE and the CIS" against "The OSCE has sent only three observers" (a whole and
    one of its parts)."""
    sources = figure_sources(fa, na)
    if not sources:
        return False
    keys = fb.name_keys - DEMONYMS
    if all(any(_within(s, k) or _within(k, s) for k in keys) for s in sources):
        return False
    owner = figure_owner(fb, nb) or _subject(fb, nb, fa)
    return owner is not None and any(_within(owner, s) or _within(s, owner) for s in sources)


def _owners_differ(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool | None:
    """Whether the owners the sentences give their figures outright differ
    (reader.analysis.figures.figure_owners: "the $161 million that CC Sabathia received" vs "the
    Yankees committed more than $240 million", "Torii Hunter's $90 million deal" vs "an
    offer of around $160 million" in a sentence never naming Hunter); None when neither
    figure has one. A figure owned outright against one with no owner of its own
    compares only when one of the names within reach before the other figure is that
    owner, or, when there is none, the other sentence names it."""
    oa, ob = figure_owner(fa, na), figure_owner(fb, nb)
    if oa is not None and ob is not None:
        return not (_within(oa, ob) or _within(ob, oa))
    if oa is None and ob is None:
        return None
    owner, other, figure, own = (oa, fb, nb, fa) if oa is not None else (ob, fa, na, fb)
    assert owner is not None
    # any name within reach before the other figure may be its owner: "the Nationals'
    # offer to Teixeira was bumped to $184 million" vs "the Nationals offered Teixeira
    # $200 million", whose nearest name is Teixeira
    near = [n.key for n in _names_before(other, figure, own)] or list(other.name_keys)
    return not any(_within(owner, k) or _within(k, owner) for k in near)


def _own_names(f: UnitFeatures, m: Mention, other: UnitFeatures) -> list[str]:
    """The names within reach before figure ``m`` that the ``other`` sentence lacks, but
    for places told aside (reader.analysis.figures.place_asides)."""
    keys = other.name_keys - DEMONYMS
    told = _told_names(f)
    aside = place_asides(f, told, m)
    return [
        n.key
        for n in told
        if n.span.end <= m.span.start
        and n.span not in aside
        and m.span.start - n.span.end <= _SUBJECT_REACH
        and n.key not in DEMONYMS
        and not place_before_noun(f, n, other)
        and not is_agency(n.surface)
        and not any(_within(n.key, k) or _within(k, n.key) for k in keys)
    ]


def _subject(f: UnitFeatures, m: Mention, other: UnitFeatures) -> str | None:
    """The nearest name within reach before figure ``m``, a place told aside of someone
    named before it left out ("Thirlby, a 42-year-old from Leeds, England, was convicted
    on three of five counts": not England's count; reader.analysis.figures.place_asides)."""
    before = _names_before(f, m, other)
    aside = place_asides(f, _told_names(f, other), m) if before else set()
    before = [n for n in before if n.span not in aside]
    return before[-1].key if before else None


def _names_before(f: UnitFeatures, m: Mention, other: UnitFeatures) -> list[Mention]:
    """The names of ``f`` within reach before figure ``m``, in order."""
    return [
        n
        for n in _told_names(f, other)
        if n.span.end <= m.span.start
        and m.span.start - n.span.end <= _SUBJECT_REACH
        and n.key not in DEMONYMS
        and not place_before_noun(f, n, other)
        and not is_agency(n.surface)  # the dateline's "(Reuters)" counts nothing
    ]


_SUBJECT_REACH = 60  # characters from a name to the figure it owns, at most


def same_person(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Two ages may be one person's: the same name when both are told with one ("Scott
    Russell, 46" vs "51-year-old Capt. Tom Tennant" are two people), else nouns that may
    tell of one person ("a 41-year-old man" vs "his 15-year-old daughter", "the 67-year-old
    pilot" vs "a 9-year-old passenger" are two: reader.analysis.figures.age_owners); other counts
    are not told of a person."""
    if na.unit_word != "age":
        return True
    x, y = age_owner(fa, na), age_owner(fb, nb)
    if x.name is not None and y.name is not None:
        return _within(x.name, y.name) or _within(y.name, x.name)
    return x.may_be(y)


def _told_names(f: UnitFeatures, other: UnitFeatures | None = None) -> list[Mention]:
    """The sentence's sure names after its dateline: "DALLAS, May 6 (Reuters) - A gunman
    killed four" tells of no count of Dallas's (reader.analysis.times.told_days.dateline_end)."""
    after = f.unit.span.start + dateline_end(f)
    return [n for n in _sure_names(f, other) if n.span.start >= after]


def _sure_names(f: UnitFeatures, other: UnitFeatures | None = None) -> list[Mention]:
    """The sentence's names, less a lone capitalised word opening it ("Marine commandos
    boarded ..."), which may be no name at all, unless the ``other`` sentence names it
    too ("Rahman (45-7-2, 36 KOs) fell ..." beside "... flooring Rahman")."""
    start = f.unit.span.start
    known = other.name_keys if other is not None else frozenset()
    return [
        m
        for m in f.names
        if not (m.span.start - start <= 1 and " " not in m.key.strip()) or m.key in known
    ]


def _within(short: str, long: str) -> bool:
    """``short`` is ``long`` or a run of its words: "teixeira" of "mark teixeira", "red
    sox" of "boston red sox" (not "new" of "new york" with "new delhi"); or ``long``
    written the other way round, "of" between: "caldermoor university" of "university of
    caldermoor"; or ``long`` with a middle name or a patronymic more: "yevgeny korolyov"
    of "yevgeny viktorovich korolyov"."""
    return f" {short} " in f" {long} " or _turned(short, long) or _middle_more(short, long)


def _middle_more(short: str, long: str) -> bool:
    """``long`` is the name of two words or more ``short`` with words between its first
    and its last: "yevgeny viktorovich korolyov" of "yevgeny korolyov" (not "new york" of
    "new delhi york")."""
    x, y = short.split(), long.split()
    if len(x) < 2 or len(y) <= len(x) or x[0] != y[0] or x[-1] != y[-1]:
        return False
    inner = iter(y[1:-1])
    return all(w in inner for w in x[1:-1])


_OF_WORDS = frozenset(("of", "the"))


def _turned(x: str, y: str) -> bool:
    """``x`` and ``y`` are one name of two words or more, one written with "of" and its
    words turned round: "caldermoor university" and "university of caldermoor"."""
    if " of " not in f" {x} {y} " or x == y:
        return False
    words_x, words_y = set(x.split()) - _OF_WORDS, set(y.split()) - _OF_WORDS
    return len(words_x) > 1 and words_x == words_y
