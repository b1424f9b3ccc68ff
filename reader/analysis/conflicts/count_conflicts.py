"""Counts of the same thing that differ between two linked sentences ("12 people" vs "15
people", "killed 12" vs "left 15 dead", "$200 million" vs "$184 million")."""

from __future__ import annotations

from reader.analysis.conflicts.conflict import Conflict
from reader.analysis.conflicts.unit_conflicts import measured_conflict, two_dimensions
from reader.analysis.features import UnitFeatures
from reader.analysis.figures.casualties import PEOPLE_UNITS, casualty
from reader.analysis.figures.count_owners import (
    names_told_after,
    same_person,
    same_subject,
    shared_names,
)
from reader.analysis.figures.count_terms import (
    consistent,
    cumulative,
    measured_from,
    same_selection,
    smaller_exact,
    sought,
)
from reader.analysis.figures.counted_labels import counted_label
from reader.analysis.figures.counted_parts import different_things, same_counted, told_in_parts
from reader.analysis.figures.currency_codes import CURRENCIES
from reader.analysis.figures.debt_values import worth_apart
from reader.analysis.figures.earlier_occasions import earlier_figure
from reader.analysis.figures.estimates import looked_ahead
from reader.analysis.figures.fated_counts import fated_counts
from reader.analysis.figures.fates import fate_noun_before
from reader.analysis.figures.indefinite_figures import of_some_one
from reader.analysis.figures.measured_things import hyphened_measure, one_thing_measured
from reader.analysis.figures.money_words import scaled
from reader.analysis.figures.one_group import one_group
from reader.analysis.figures.parts_and_ranges import whole_after, whole_value
from reader.analysis.figures.per_item import per_item
from reader.analysis.figures.percent_subjects import percent_subject
from reader.analysis.figures.person_kinds import kinds_apart, one_kind
from reader.analysis.figures.premium_bases import bases_apart
from reader.analysis.figures.rounded_figures import one_rounded
from reader.analysis.figures.share_wholes import shares_apart
from reader.analysis.figures.subgroup_tolls import part_of_a_toll
from reader.analysis.figures.summed_totals import total_of_parts
from reader.analysis.figures.told_moments import moments_apart
from reader.analysis.figures.told_occasions import one_occasion_told, told_occasion
from reader.analysis.figures.variant_prices import variants_apart
from reader.analysis.mention import Mention
from reader.analysis.times.clock_times import clock_times
from reader.analysis.times.durations import (
    as_durations,
    duration_conflict,
    durations,
    frame_of,
)
from reader.analysis.times.stopwatch_times import DURATION
from reader.analysis.words.stems import stem
from reader.model import DiscrepancyKind, Span


def count_conflicts(
    fa: UnitFeatures, fb: UnitFeatures, *, by_occasion: bool = True
) -> list[Conflict]:
    """Counts of the same thing that differ. When one side tells in parts the whole the
    other counts, the parts against the whole ("23 Somalian vs 12 Somali and 11 Yemeni"):
    parts adding up to the other's figure tell of one group, even when the two sentences
    name nobody in common but nationalities. Counts whose clauses tell two occasions
    ("since 2016, when an explosion killed five" and "Fourteen people were killed on
    Tuesday": reader.analysis.figures.told_occasions) are not compared, unless not
    ``by_occasion``. Percentages compare only when of one thing, the turnout or a poll's or
    neither (reader.analysis.figures.percent_subjects) and of one whole
    (reader.analysis.figures.share_wholes), and premiums only when to one price
    (reader.analysis.figures.premium_bases), prices only when of one variant of a product
    (reader.analysis.figures.variant_prices: "the 512GB model costs $1,199"), and sums
    only when both are or neither is
    worth with a company's debt (reader.analysis.figures.debt_values), figures only when
    both or neither are told of each of several things (reader.analysis.figures.per_item:
    "each rated at 750MW")."""
    shared = shared_names(fa, fb)
    roles_a, roles_b = fated_counts(fa), fated_counts(fb)
    # a length of time is compared in minutes, however told ("48 hours", "two days")
    told_a, told_b = durations(fa), durations(fb)
    all_a, all_b = as_durations(fa.numbers, told_a), as_durations(fb.numbers, told_b)
    nums_a = [m for m in all_a if _counted(fa, m, roles_a) and not _of_a_clock(fa, m)]
    nums_b = [m for m in all_b if _counted(fb, m, roles_b) and not _of_a_clock(fb, m)]
    occasions_b = {nb.span: told_occasion(fb, nb) for nb in nums_b}
    out: list[Conflict] = []
    for na in nums_a:
        occasion_a = told_occasion(fa, na)
        same_unit = [
            nb
            for nb in nums_b
            if (
                (
                    _same_counted(
                        fa, na, roles_a.get(na.span, ""), fb, nb, roles_b.get(nb.span, "")
                    )
                    and not part_of_a_toll(fa, na, roles_a, fb, nb, roles_b)
                )
                or one_group(fa, na, fb, nb)
            )
            and _comparable(na, nb)
            and same_selection(fa, na) == same_selection(fb, nb)
            and cumulative(fa, na) == cumulative(fb, nb)
            and earlier_figure(fa, na) == earlier_figure(fb, nb)
            and not moments_apart(fa, na, fb, nb)
            and (not by_occasion or one_occasion_told(occasion_a, occasions_b[nb.span]))
            and not consistent(fa, na, fb, nb)
            and same_person(fa, na, fb, nb)
            and measured_from(fa, na) == measured_from(fb, nb)
            and sought(fa, na) == sought(fb, nb)
            and looked_ahead(fa, na) == looked_ahead(fb, nb)
            and of_some_one(fa, na) == of_some_one(fb, nb)
            and same_subject(fa, na, fb, nb)
            and not _groups_apart(fa, na, roles_a, fb, nb, roles_b)
            and frame_of(told_a, na) == frame_of(told_b, nb)
            and percent_subject(fa, na) == percent_subject(fb, nb)
            and not shares_apart(fa, na, fb, nb)
            and not bases_apart(fa, na, fb, nb)
            and not variants_apart(fa, na, fb, nb)
            and not worth_apart(fa, na, fb, nb)
            and not _wholes_apart(fa, na, fb, nb)
            and not two_dimensions(fa, na, fb, nb)
            and per_item(fa, na) == per_item(fb, nb)
            and not total_of_parts(fa, na, fb, nb)
        ]
        if not same_unit or _gives(fb, all_b, roles_b, na, roles_a.get(na.span, ""), fa.language):
            continue
        for nb in same_unit:
            named = shared or names_told_after(fa, na, fb, nb)
            if _gives(fa, all_a, roles_a, nb, roles_b.get(nb.span, ""), fb.language):
                continue
            if DURATION in (na.unit_word, nb.unit_word):
                timed = duration_conflict(told_a, na, told_b, nb)
                if timed is not None and named:
                    out.append(timed)
                continue
            split = told_in_parts(fa, na, fb, nb)
            if split is not None and split.agrees:
                continue
            if split is not None and (named or split.adds_up):
                out.append(Conflict(DiscrepancyKind.NUMBER, split.a, split.b, split.detail))
            elif split is None and named:
                # not "Klitschko improved to 58-3 (51 KO)" vs "Thompson fell to 36-3"
                measured = measured_conflict(fa, na, fb, nb)
                if measured is not None:
                    out.append(measured)  # "12 feet vs 14 feet"
                    continue
                detail = f"{na.surface} vs {nb.surface}"
                role_a, role_b = roles_a.get(na.span, ""), roles_b.get(nb.span, "")
                counted = counted_label(fa, na, role_a, fb, nb, role_b)
                out.append(Conflict(DiscrepancyKind.NUMBER, na, nb, detail, counted=counted))
    return out


def _wholes_apart(fa: UnitFeatures, na: Mention, fb: UnitFeatures, nb: Mention) -> bool:
    """Counts ``na`` and ``nb`` are parts of two wholes ("landed 28 of his 68 punches" in
    a round, "178 of 369 punches" in the fight): parts of other selections. A part and a
    count told without its whole ("87 of the 150 seats", "85 seats") still compare."""
    x, y = _whole(fa, na), _whole(fb, nb)
    return x is not None and y is not None and x != y


def _whole(f: UnitFeatures, m: Mention) -> str | None:
    """The whole figure ``m`` is told as a part of ("87 of the 150 seats": "150"), its
    digits alone, or None."""
    text, base = f.unit.text, f.unit.span.start
    where = whole_after(text, m.span.start - base, m.span.end - base)
    return None if where is None else whole_value(text, *where)


def _groups_apart(
    fa: UnitFeatures,
    na: Mention,
    roles_a: dict[Span, str],
    fb: UnitFeatures,
    nb: Mention,
    roles_b: dict[Span, str],
) -> bool:
    """Counts ``na`` and ``nb`` count two groups: an exact count of those something
    befell ("Out of 23 arrested pirates", "the arrest of the 23 pirates") against an
    estimate at least count_terms.GROUP_FACTOR times it of the same thing that tells no
    fate ("regions in Somalia, with an estimated 1,500 pirates"): the few arrested
    among the many. Two estimates of a crowd, or two tolls, still compare."""
    exact = smaller_exact(fa, na, fb, nb)
    if exact is None:
        return False
    (f, roles), (g, other_roles), other = (
        ((fa, roles_a), (fb, roles_b), nb) if exact is na else ((fb, roles_b), (fa, roles_a), na)
    )
    return bool(_fate(f, roles, exact)) and not _fate(g, other_roles, other)


def _fate(f: UnitFeatures, roles: dict[Span, str], m: Mention) -> str:
    """What befell the things count ``m`` counts, whatever they are ("23 arrested
    pirates", "the arrest of the 23 pirates", "killed 12 people", "l'arrestation de 40
    manifestants"), '' when not said."""
    if roles.get(m.span):
        return roles[m.span]
    text, base = f.unit.text, f.unit.span.start
    start, end = m.span.start - base, m.span.end - base
    if fate_noun_before(text[max(0, start - 40) : start]):
        return "befell"
    return casualty(text, start, end, m.unit_word, f.language)


def _of_a_clock(f: UnitFeatures, m: Mention) -> bool:
    """Figure ``m`` is the hour of a clock time ("3 p.m.", "um 16 Uhr"), which counts
    nothing (reader.analysis.conflicts.told_times compares those)."""
    return any(t.mention.span.start <= m.span.start < t.mention.span.end for t in clock_times(f))


def _gives(
    f: UnitFeatures,
    numbers: list[Mention],
    roles: dict[Span, str],
    m: Mention,
    role: str,
    language: str | None,
) -> bool:
    """Sentence ``f`` (its figures ``numbers``, each duration read as one) gives figure
    ``m`` (of the other sentence, in ``language``, counting people that ``role`` befell
    when not ''), so
    that ``m`` is not contradicted by a count of ``f``: the same value counting the same
    thing, or counting nothing said ("58 wins" vs "58-3 with 51 wins coming by knockout":
    the record's 58 may be the wins). The same value counting another thing is no such
    figure ("Four people died" vs "Three people died in the three-storey building", "three
    died" vs "four died and three were hurt"). An earlier figure of the sentence gives the
    value, whatever word follows it ("rose to 58, up from 41 earlier in the day" gives
    "killed 41 people"). Two words for one group count one thing, of one language or
    two ("300 Feuerwehrleute" gives "300 firefighters"). A figure gives the other rounded
    too: "Turnout was 64%, against 58% in 2020" gives "63.8 percent of voters", so the
    58% is not read against it."""
    return any(
        _same_value(x, m)
        and (
            earlier_figure(f, x)
            or not _counts_another((m, role, language), (x, roles.get(x.span, ""), f.language))
        )
        for x in numbers
    )


def _same_value(x: Mention, m: Mention) -> bool:
    """Figures ``x`` and ``m`` tell one value: the same, or one the other rounded ("64%"
    and "63.8 percent": rounded_figures.one_rounded), of one kind (two percentages)."""
    if x.key == m.key:
        return True
    return x.key.split(":")[0] == m.key.split(":")[0] and one_rounded(x, m)


def _counts_another(
    told_m: tuple[Mention, str, str | None], told_x: tuple[Mention, str, str | None]
) -> bool:
    """Counts ``m`` and ``x`` (each with the fate of the people it counts, '' when not
    said, and its article's language) are known to count different things: people that
    different fates befell, or two things both named and not alike (people of any kind
    are one thing, as are two words for one group: person_kinds.one_kind)."""
    (m, role_m, language_m), (x, role_x, language_x) = told_m, told_x
    if role_m and role_x:
        return role_m != role_x
    a, b = _thing(m, role_m), _thing(x, role_x)
    return (
        different_things(a, b)
        and not same_counted(a, b)
        and not one_kind(a, language_m, b, language_x)
    )


def _thing(m: Mention, role: str) -> str:
    """What count ``m`` counts, as a unit word: people for a toll ("12 dead", "killed
    15", "12 lives"), storeys however spelt, else its unit word ('' when it names
    nothing)."""
    if m.unit_word in PEOPLE_UNITS and (m.unit_word or role):
        return _PEOPLE
    if m.unit_word in _STOREYS:
        return _STOREY  # "three-storey" gives "three-story"
    return m.unit_word


_PEOPLE = stem("people")
_STOREY = stem("storey")


def _counted(f: UnitFeatures, m: Mention, roles: dict[Span, str]) -> bool:
    """``m`` is a count that can disagree: of a thing it names, or of people killed,
    injured or missing ("the fire killed 15"), or a sum asked for told by its magnitude
    alone ("nachdem die Piraten 25 Millionen gefordert hatten"), which compares with
    another such; a figure hyphened to its noun only when it counts a building's storeys
    ("the three-storey building"), or a size hyphened to its noun ("a 3.5-metre
    surge")."""
    if m.qualifier and m.unit_word not in _STOREYS and not hyphened_measure(m):
        return False
    if m.kind != "number":
        return False
    return bool(m.unit_word or m.span in roles) or (scaled(m.surface) and sought(f, m))


# "a three-storey building", "a two-story house", "a 10-floor tower": the storeys of one
# building, told the same way on both sides ("the five-storey building" is not "two
# storeys" that burnt); French, Spanish, Italian and Portuguese count them as any count
# ("un immeuble de trois étages"), German in one word ("dreistöckig", read as "storey" by
# reader.analysis.figures.compound_counts)
_STOREYS = frozenset(stem(w) for w in ("storey", "story", "floor"))


def _same_counted(
    fa: UnitFeatures, na: Mention, role_a: str, fb: UnitFeatures, nb: Mention, role_b: str
) -> bool:
    """Two counts count one thing: the same word ("12 people", "15 people"), unless one
    counts the dead and the other the injured; or people that the same befell, however
    named ("killed 12 people", "left 15 dead", "claimed 15 lives", "killing 12 workers"),
    but for two kinds of person ("killed 12 soldiers", "killed 14 civilians":
    reader.analysis.figures.person_kinds; two words for one group are one kind, "12
    soldiers" and "14 troops" killed). Two words for one group count one thing as one
    word does, of one language or two, fate told or not ("sent 5,000 troops" and "4,000
    soldiers", "12 soldats" and "14 soldiers"). A building's storeys
    compare with its storeys only ("three-storey" and "two-story"). A group told by a
    word before it ("two teenaged children") compares only with a count told by the same
    word, not with the noun alone, which may count more (reader.analysis.figures
    .narrowed_counts). A size hyphened to its noun ("a 3.5-metre surge") compares with a
    size of one unit of that thing only (reader.analysis.figures.measured_things)."""
    if hyphened_measure(na) or hyphened_measure(nb):
        return na.unit_word == nb.unit_word and one_thing_measured(fa, na, fb, nb)
    if na.qualifier or nb.qualifier:
        return na.qualifier and nb.qualifier
    if na.narrowed != nb.narrowed:
        return False
    if role_a and role_b:
        return role_a == role_b and not kinds_apart(
            na.unit_word, fa.language, nb.unit_word, fb.language
        )
    return same_counted(na.unit_word, nb.unit_word) or one_kind(
        na.unit_word, fa.language, nb.unit_word, fb.language
    )


def _comparable(a: Mention, b: Mention) -> bool:
    """Two amounts of money are one figure told differently only when within a factor of
    two ("$200 million" vs "$184 million", not the "$23 million" a season of the same
    deal); counts of a thing are compared whatever their values."""
    if a.unit_word not in CURRENCIES:
        return True
    x, y = float(a.key.split(":")[1]), float(b.key.split(":")[1])
    return min(x, y) > 0 and max(x, y) <= 2 * min(x, y)
