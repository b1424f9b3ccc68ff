"""Entity and number matches: the same name, place, date or figure in both articles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from reader.analysis.features import UnitFeatures, name_key
from reader.analysis.figures.casualties import one_fate_told
from reader.analysis.figures.compound_nouns import compound_of
from reader.analysis.figures.count_shares import share_partners
from reader.analysis.figures.counted_parts import different_things, same_thing
from reader.analysis.figures.currency_codes import currencies_apart, told_currency
from reader.analysis.figures.fated_partners import fated_partners
from reader.analysis.figures.fraction_parts import part_partners
from reader.analysis.figures.fraction_words import fraction_partners
from reader.analysis.figures.group_members import kind_of_class
from reader.analysis.figures.linked_figures import LinkedSentences
from reader.analysis.figures.order_partners import order_partners
from reader.analysis.figures.orders_of_magnitude import order_word
from reader.analysis.figures.point_changes import change_partners
from reader.analysis.figures.rounded_partners import rounded_label, rounded_partners
from reader.analysis.figures.signed_counts import signed_partners
from reader.analysis.figures.spread_sums import spread_partners
from reader.analysis.figures.told_rates import rate_partners
from reader.analysis.figures.unit_conversions import (
    article_scale,
    converted_partners,
    measure,
    unit_after,
)
from reader.analysis.figures.vote_tallies import vote_partners
from reader.analysis.figures.years_in_dates import without_inner_years
from reader.analysis.mention import Mention
from reader.analysis.names.acronyms import spelled_acronyms
from reader.analysis.names.name_ends import names_apart
from reader.analysis.names.named_of_places import named_of
from reader.analysis.names.place_forms import key_place_forms, regions_apart
from reader.analysis.times.bounded_partners import bounded_partners
from reader.analysis.times.half_partners import half_partners
from reader.analysis.times.length_partners import length_partners, length_unit_after
from reader.analysis.times.pace_partners import pace_partners
from reader.analysis.times.zoned_partners import written_zone, zoned_partners, zones_apart
from reader.analysis.words.lexicon import DEMONYMS, FACILITIES, INSTITUTION_HEADS
from reader.ingest.title_sites import initials
from reader.model import Span


@dataclass(frozen=True, slots=True)
class MentionLink:
    kind: str  # "entity" | "number"
    a: Mention
    b: Mention
    # a figure and the other's figure rounded ("1,204,331" and "1.2 million"), not the same
    # value: a rough match (reader.analysis.figures.rounded_partners)
    rounded: bool = False
    # the evidence of a figure told in two units ("150 mph ≈ 240km/h (converted)":
    # reader.analysis.figures.unit_conversions), a rough match too
    shown: str = ""
    # the unit written right after each figure, when a known one is (" feet" of "12
    # feet", "-metre" of "3.7-metre"): what the figure measures is part of it, so the
    # match spans it and is shown by it ("3.7-metre · 12 feet", not "3.7 · 12")
    units: tuple[str, str] = ("", "")

    @property
    def spans(self) -> tuple[Span, Span]:
        """What the match spans in A and in B: each mention with its unit."""
        a, b = self.a.span, self.b.span
        return Span(a.start, a.end + len(self.units[0])), Span(b.start, b.end + len(self.units[1]))

    @property
    def label(self) -> str:
        """The words the match is shown by (its evidence): of two names keyed apart, the
        longer form, which the shorter is read as ("Riverside City Council" of it and
        "Council" of "Council members"), whichever article gives it; of two figures one
        rounded, both and that it is rounded ("1,204,331 ≈ 1.2 million (rounded)"); else
        A's words; a figure with its unit ("22 feet")."""
        if self.shown:
            return self.shown
        a, b = self.a.surface + self.units[0], self.b.surface + self.units[1]
        if self.rounded:
            return rounded_label(a, b)
        longer_b = len(self.b.key.split()) > len(self.a.key.split())
        return b if self.kind == "entity" and longer_b else a


def canonical_names(
    keys: Iterable[str],
    *,
    into_facilities: bool = True,
    apart: Collection[tuple[str, str]] = (),
    of_places: bool = True,
) -> dict[str, str]:
    """Map each name key to the one longer key that contains all its words, if unique.

    ``putin`` -> ``vladimir putin``; ``korea`` stays ``korea`` when both ``north korea``
    and ``south korea`` occur. Unless ``into_facilities``, a name does not join a building
    or a place named after it: ``pyongyang`` is not ``pyongyang sunan international
    airport``, nor an institution named after it (its name's other words holding a head
    such as "council", "court", "department", unless its own do): ``riverside`` (a
    dateline's "RIVERSIDE, Calif. —") is not ``riverside city council``. (Two reports
    sharing either still share evidence of one event, so the event gate joins them.)
    Nor does a nationality join a name that holds it: "American" is
    not "American Airlines". Nor does a key join a longer one that ``apart`` pairs it with
    (``reader.analysis.names.name_ends``: "hollywood" and "access hollywood"). Nor, when
    ``of_places``, does a place join the name of a thing of that place ("aden" and
    "gulf of aden": reader.analysis.names.named_of_places). Nor does a name join a firm's
    two names joined by "&" that holds it: "smith" is not "smith & wesson".
    """
    keys = set(keys)
    words = {k: set(k.split()) for k in keys}
    # a longer key holds each of k's words: look only among the keys holding its rarest
    holding: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for w in words[k]:
            holding[w].append(k)
    out: dict[str, str] = {}
    for k in keys:
        pool = min((holding[w] for w in words[k]), key=len) if words[k] else keys
        supers = [
            o
            for o in pool
            if o != k
            and words[k] < words[o]
            and (into_facilities or not _named_after(words[k], words[o], k))
            and (k, o) not in apart
            and not (of_places and named_of(k, o))
            and ("&" in words[k] or "&" not in words[o])  # "Smith" is not "Smith & Wesson"
        ]
        # the maximal supersets: those not contained in another superset
        maximal = [o for o in supers if not any(words[o] < words[x] for x in supers)]
        out[k] = maximal[0] if len(maximal) == 1 else k
    return out


def _named_after(short: set[str], longer: set[str], key: str) -> bool:
    """The name of words ``longer`` is of a building, a place or an institution named
    after that of words ``short`` (key ``key``), or holds the nationality ``key``."""
    added = longer - short
    institution = bool(added & INSTITUTION_HEADS) and not short & INSTITUTION_HEADS
    return bool(added & FACILITIES) or institution or key in DEMONYMS


def same_place(key: str, keys: set[str]) -> bool:
    """``key`` is in ``keys``, or is a nationality whose place is there, or the reverse
    ("north korean" with "north korea", "russia" with "russian")."""
    if key in keys:
        return True
    if key in DEMONYMS and key.endswith("n") and key[:-1] in keys:
        return True
    return f"{key}n" in keys and f"{key}n" in DEMONYMS


def outlet_initials(units: Iterable[UnitFeatures]) -> dict[str, str]:
    """The initials of each outlet of several words the ``units``' pages name
    (``UnitFeatures.outlet``), as name keys, with the outlet's key: "cw" for "continental
    wire", so that a dateline's or a sentence's "CW" and the other article's "Continental
    Wire" are one name."""
    out: dict[str, str] = {}
    for f in units:
        if f.outlet is not None and len(f.outlet.split()) > 1:
            short = initials(f.outlet)
            if len(short) > 1:
                out[name_key(short)] = name_key(f.outlet)
    return out


def _key(m: Mention, canon: dict[str, str]) -> str:
    """What ``m`` pairs by: a name's canonical key, a figure's value; an order of
    magnitude in words ("thousands", read as 2,000) only with one in the same words:
    "Thousands of people" and "2,000 people" are no one figure."""
    if m.kind == "name":
        return canon.get(m.key, m.key)
    word = order_word(m.surface) if m.kind == "number" else ""
    return f"{m.key} {word}" if word else m.key


def link_mentions(
    fa: Sequence[UnitFeatures],
    fb: Sequence[UnitFeatures],
    partners_of_a: dict[int, list[int]],
    partners_of_b: dict[int, list[int]],
) -> list[MentionLink]:
    """Link each mention to the same key on the other side, preferring linked sentences;
    a place one side writes shortened is the other's in full ("Conn." and "Connecticut",
    "UK" and "Britain": reader.analysis.names.place_forms)."""
    fa, fb = key_place_forms(fa, fb)
    keys = {m.key for f in (*fa, *fb) for m in f.names}
    canon = canonical_names(
        keys, into_facilities=False, apart=names_apart(fa, fb) | regions_apart(keys)
    )
    initialled = outlet_initials((*fa, *fb))
    # and a name's acronym ("TSIB" is "Transport Safety Investigation Board")
    initialled |= spelled_acronyms(n for f in (*fa, *fb) for n in f.names)
    for short, outlet in initialled.items():
        canon[short] = canon.get(outlet, outlet)  # "CW" is "Continental Wire"
    outlets = {*initialled, *initialled.values()}
    by_key_b: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    by_key_a: dict[str, list[tuple[int, Mention]]] = defaultdict(list)
    for j, f in enumerate(fb):
        for m in (*f.names, *f.numbers, *f.days):
            if _countable(m):
                by_key_b[_key(m, canon)].append((j, m))
    for i, f in enumerate(fa):
        for m in (*f.names, *f.numbers, *f.days):
            if _countable(m):
                by_key_a[_key(m, canon)].append((i, m))
    # each mention's partner, picked from either side; the same links whichever article
    # is A, so swapping the two changes no entity or figure match
    links: dict[tuple[Span, Span], MentionLink] = {}
    # two languages' nouns are spelt apart whatever they count ("1.200 Einsatzkräfte",
    # "1,200 emergency workers"): in linked sentences, their counts pair by value
    across = {f.language for f in fa} != {f.language for f in fb}
    for key, in_a in by_key_a.items():
        in_b = by_key_b.get(key)
        if not in_b:
            continue
        kind = "entity" if in_a[0][1].kind == "name" else "number"
        picked: list[tuple[Mention | None, Mention | None]]
        sharing_b, sharing_a = _sharing(in_b, outlets), _sharing(in_a, outlets)
        rank_a, rank_b = _ranks(in_a), _ranks(in_b)
        picked = [
            (m, _pick(m, sharing_b(m), partners_of_a.get(i, []), across, rank_a[k]))
            for k, (i, m) in enumerate(in_a)
        ]
        picked += [
            (_pick(mb, sharing_a(mb), partners_of_b.get(j, []), across, rank_b[k]), mb)
            for k, (j, mb) in enumerate(in_b)
        ]
        for ma, mb in picked:
            if ma is not None and mb is not None:
                links.setdefault((ma.span, mb.span), MentionLink(kind, ma, mb))
    links = {(x.a.span, x.b.span): x for x in _one_dimension(links.values(), fa, fb)}
    # a count of one value and fate in a linked sentence (figures.fated_partners)
    for ma, mb in fated_partners(_linked(fa, fb, partners_of_a, links)):
        links.setdefault((ma.span, mb.span), MentionLink("number", ma, mb))
    # a figure with no partner of its value, in a linked sentence, takes the one the other
    # gives rounded ("1,204,331 votes" and "about 1.2 million votes")
    for ma, mb in rounded_partners(_linked(fa, fb, partners_of_a, links)):
        links.setdefault((ma.span, mb.span), MentionLink("number", ma, mb, rounded=True))
    # and one the other gives in another unit ("150 mph" and "240km/h")
    for ma, mb, shown in converted_partners(_linked(fa, fb, partners_of_a, links)):
        link = MentionLink("number", ma, mb, rounded=True, shown=shown)
        links.setdefault((ma.span, mb.span), link)
    # and a length of time the other gives in another unit ("12 years" and "144 months"),
    # a length the other gives as a round half ("31 seconds" and "half a minute"), a
    # pace the other gives per mile ("2:54 per kilometre" and "4:41 per mile"),
    # a share the other gives as a fraction in words ("67%" and "Two-thirds"), a part the
    # other gives as a fraction of a whole ("Twenty" and "Half of the 40"), a moment
    # the other gives in another zone ("1852 GMT" and "1:52 p.m. ET"), an order of
    # magnitude a figure the other gives is of ("Tens of thousands" and "40,000"), a
    # vote's tally the other tells by its side ("voted 7-2" and "Seven of the nine"), the
    # people who signed the other's signatures ("signed by 250,000 people"), a sum the
    # other gives in another currency at a rate the pair tells ("$600 million" and
    # "£475mn" beside "£14.8bn ($18.7bn)"), a rate's change the other tells by its ends
    # ("two percentage points" and "from 45% to 47%"), a share the other tells as a part of
    # a whole ("78%" and "1,950 of the 2,500"), a time the other tells roughly around it
    # ("02:50" and "shortly before 3am")
    partnering = (
        length_partners,
        half_partners,
        pace_partners,
        fraction_partners,
        part_partners,
        zoned_partners,
        bounded_partners,
        order_partners,
        vote_partners,
        signed_partners,
        rate_partners,
        spread_partners,
        change_partners,
        share_partners,
    )
    for partners in partnering:
        for ma, mb, shown in partners(_linked(fa, fb, partners_of_a, links)):
            link = MentionLink("number", ma, mb, rounded=True, shown=shown)
            links.setdefault((ma.span, mb.span), link)
    closest = without_inner_years(_closest_partners(links.values()))  # "2021" of "January 2021"
    return sorted(_with_units(closest, fa, fb), key=lambda x: (x.a.span.start, x.b.span.start))


def _linked(
    fa: Sequence[UnitFeatures],
    fb: Sequence[UnitFeatures],
    partners_of_a: Mapping[int, Sequence[int]],
    links: Mapping[tuple[Span, Span], MentionLink],
) -> LinkedSentences:
    """The linked sentences of A and B with the figures ``links`` has matched so far."""
    return LinkedSentences(fa, fb, partners_of_a, {a for a, _ in links}, {b for _, b in links})


def _one_dimension(
    links: Iterable[MentionLink], fa: Sequence[UnitFeatures], fb: Sequence[UnitFeatures]
) -> list[MentionLink]:
    """``links`` but those of two figures measuring two things, a length and a speed
    ("about 30 miles (48 km) north-east" and winds "of 30 to 40 km/h"): one value, no
    fact shared; nor two clock times one reading in two zones makes two moments ("18:52
    GMT" and "6:52 p.m. EST": reader.analysis.times.zoned_partners)."""
    of_a = {m.span: f for f in fa for m in f.numbers}
    of_b = {m.span: f for f in fb for m in f.numbers}
    out: list[MentionLink] = []
    for link in links:
        f, g = of_a.get(link.a.span), of_b.get(link.b.span)
        if f is not None and g is not None and zones_apart(f, link.a, g, link.b):
            continue
        x = None if f is None else measure(f, link.a)
        y = None if g is None or x is None else measure(g, link.b)
        if x is None or y is None or x.dimension == y.dimension:
            out.append(link)
    return out


def _with_units(
    links: Iterable[MentionLink], fa: Sequence[UnitFeatures], fb: Sequence[UnitFeatures]
) -> list[MentionLink]:
    """``links``, each figure's with the unit written after it, when a known one is
    (reader.analysis.figures.unit_conversions.unit_after: "12 feet", "500mm"; a unit of
    time telling a length, reader.analysis.times.length_partners: "144 months"; a clock
    time's zone, reader.analysis.times.zoned_partners: "1852 GMT")."""
    of_a = {m.span: f for f in fa for m in f.numbers}
    of_b = {m.span: f for f in fb for m in f.numbers}
    scales = article_scale(fa), article_scale(fb)

    def unit(f: UnitFeatures | None, m: Mention, scale: int | None) -> str:
        if f is None:
            return ""
        return (
            unit_after(f, m, scale)
            or length_unit_after(f, m)
            or _ordinal_end(f, m)
            or written_zone(f, m)
        )

    out: list[MentionLink] = []
    for link in links:
        units = (
            unit(of_a.get(link.a.span), link.a, scales[0]),
            unit(of_b.get(link.b.span), link.b, scales[1]),
        )
        out.append(replace(link, units=units) if any(units) else link)
    return out


_ORDINAL_END = re.compile(r"(?:st|nd|rd|th)\b")


def _ordinal_end(f: UnitFeatures, m: Mention) -> str:
    """The ending of an ordinal figure ("th" of "78th", "rd" of "23rd"), '' else: a
    match shows "78th · 78th", not the digits alone."""
    found = _ORDINAL_END.match(f.unit.text, m.span.end - f.unit.span.start)
    return "" if found is None else found.group()


def _sharing(
    candidates: list[tuple[int, Mention]], outlets: Collection[str] = ()
) -> Callable[[Mention], list[tuple[int, Mention]]]:
    """For a mention ``m``, the ``candidates`` it may be paired with: for a name, those
    sharing a word of it. Two parts of one full name are keyed alike ("Carla" and "Hills"
    as "Carla Hills"), but a given name alone names the person of the full name, not her
    surname alone; an outlet's initials and its name (keys of ``outlets``) share no word.
    Worked out once per spelling of the name, so that a name repeated
    thousands of times costs no more than once per mention."""
    spellings = {c.key for _, c in candidates}
    known: dict[str, list[tuple[int, Mention]]] = {}

    def of(m: Mention) -> list[tuple[int, Mention]]:
        if m.kind != "name":
            return candidates
        found = known.get(m.key)
        if found is None:
            words = set(m.key.split())
            kept = {k for k in spellings if words & set(k.split())}
            if not kept and m.key in outlets:  # "CW" and "Continental Wire"
                kept = {k for k in spellings if k in outlets}
            found = candidates if kept == spellings else [x for x in candidates if x[1].key in kept]
            known[m.key] = found
        return found

    return of


def _closest_partners(links: Collection[MentionLink]) -> list[MentionLink]:
    """``links`` less those of a mention linked to a mention and to another inside it,
    which is the closer partner: "Paris" with the "Paris" of "Tribunal de Paris", not the
    whole name (reader.analysis.names.institution_names)."""
    outer_a = _holding_others([link.a.span for link in links])
    outer_b = _holding_others([link.b.span for link in links])
    if not outer_a and not outer_b:
        return list(links)
    by_a: dict[Span, list[Span]] = defaultdict(list)
    by_b: dict[Span, list[Span]] = defaultdict(list)
    for link in links:
        by_a[link.a.span].append(link.b.span)
        by_b[link.b.span].append(link.a.span)
    return [
        link
        for link in links
        if not (link.b.span in outer_b and _holds_one(link.b.span, by_a[link.a.span]))
        and not (link.a.span in outer_a and _holds_one(link.a.span, by_b[link.b.span]))
    ]


def _holds_one(span: Span, others: list[Span]) -> bool:
    return any(o != span and span.contains(o) for o in others)


def _holding_others(spans: list[Span]) -> set[Span]:
    """The ``spans`` that hold another of them (names rarely do: an institution and its
    place)."""
    ordered = sorted(set(spans), key=lambda s: (s.start, -s.end))
    out: set[Span] = set()
    for k, span in enumerate(ordered):
        for other in ordered[k + 1 :]:
            if other.start >= span.end:
                break
            if span.contains(other):
                out.add(span)
                break
    return out


def _countable(m: Mention) -> bool:
    if m.kind != "number":
        return True
    return m.key not in ("num:0", "num:1", "num:2")  # "two countries" is no shared figure


def _apart(a: str, b: str) -> bool:
    """Counts of unit words ``a`` and ``b`` count different things, which a figure of a
    linked sentence does not share: not a class and its kind ("38 vessels", "38 container
    ships": reader.analysis.figures.group_members), nor two words of one toll ("41 dead",
    "41 bodies": reader.analysis.figures.casualties), nor a compound and the noun ending
    it ("2,000 sandbags", "2,000 bags": reader.analysis.figures.compound_nouns)."""
    if not different_things(a, b) or compound_of(a, b):
        return False
    return not kind_of_class(a, b) and not one_fate_told(a, b)


def _ranks(found: list[tuple[int, Mention]]) -> list[int]:
    """Each mention's place among the mentions of its key in its own sentence: 0 for the
    first "5%" of "5% in 2027, 5% in 2028", 1 for the second."""
    seen: dict[int, int] = defaultdict(int)
    out = []
    for unit, _ in found:
        out.append(seen[unit])
        seen[unit] += 1
    return out


def _pick(
    m: Mention,
    candidates: list[tuple[int, Mention]],
    preferred_units: list[int],
    across: bool = False,
    rank: int = 0,
) -> Mention | None:
    """``m``'s partner among ``candidates``: the one in a sentence linked to ``m``'s, else
    the first. Outside linked sentences, a count pairs only with a count of the same
    thing (people of any kind are one thing): "deadlocked at 9-3" and "a three-step
    program", "four years in Portland" and "losing the next four straight" share a
    value, not a fact, while "three bank workers" are "at least three people". In linked
    sentences a count pairs with any count but one known to count another thing: "killed
    four people" and "four sentences of life" share a value only; unless the two are in
    two languages (``across``), whose nouns no spelling compares: there a count pairs
    with any count of its linked sentence ("1.200 Einsatzkräfte" and "1,200 emergency
    workers"), but never a sum of another currency ("1,2 Milliarden Euro", "$1.2
    billion"). A number that tells which one ("No 9") pairs only in linked sentences.
    A figure a sentence tells more than once pairs in order (``rank``: its place among
    them) with the linked sentence's: "5% in 2027, 5% in 2028" and "5 per cent next year,
    5 per cent in 2028" pair first with first, second with second."""
    if not candidates:
        return None
    count = m.key.startswith("num:") and not across
    for unit in preferred_units:
        here = [
            c
            for u, c in candidates
            if u == unit
            and not (count and _apart(m.unit_word, c.unit_word))
            # "1,2 Mrd. Euro" and "$1.2bn"; "between $4,000 and $4,500" and "4,000 euros"
            and not currencies_apart(told_currency(m), told_currency(c))
        ]
        if here:
            return here[min(rank, len(here) - 1)]
    count = m.key.startswith("num:")
    if m.key.startswith("no:"):
        return None  # "No. 1" of one sentence and of another tell two
    if not count:
        return candidates[0][1]
    same = (c for _, c in candidates if m.unit_word and _one_thing(m.unit_word, c.unit_word))
    return next(same, None)


def _one_thing(a: str, b: str) -> bool:
    """Counts of unit words ``a`` and ``b`` count one thing: one noun, both people, or a
    compound and the noun ending it ("sandbag" and "bag")."""
    return same_thing(a, b) or compound_of(a, b)
