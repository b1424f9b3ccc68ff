from __future__ import annotations

import pytest

from reader.analysis.features import UnitFeatures
from reader.analysis.mentions import canonical_names, link_mentions
from tests.analysis.sentence_pairs import sentences_feats


def test_short_name_joins_its_unique_longer_form() -> None:
    canon = canonical_names(["putin", "vladimir putin", "kim"])
    assert canon["putin"] == "vladimir putin"


def test_ambiguous_short_name_stays_itself() -> None:
    canon = canonical_names(["korea", "north korea", "south korea"])
    assert canon["korea"] == "korea"


def test_longest_form_maps_to_itself() -> None:
    assert canonical_names(["kim jong un", "kim"])["kim jong un"] == "kim jong un"


def test_short_name_finds_its_longer_form_among_many_sharing_a_word() -> None:
    canon = canonical_names(["jong un", "kim jong un", "kim", "kim yo jong", "kim il sung"])
    assert canon["jong un"] == "kim jong un"


def test_short_name_held_by_two_longer_forms_stays_itself() -> None:
    canon = canonical_names(["jong", "kim jong un", "kim yo jong", "kim"])
    assert canon["jong"] == "jong"


_feats = sentences_feats


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("Three bank workers died.", "It killed at least three people.", True),
        ("Police held 23 Somalis.", "The 23 pirates were held.", True),
        ("The trial cost $2 million.", "The county paid $2 million.", True),
        ("He spent four years in Portland.", "They lost the next four games.", False),
        ("The jury deadlocked at 9-3.", "A three-step program limits inmates.", False),
    ],
)
def test_a_count_outside_linked_sentences_needs_the_same_kind_of_thing(
    a: str, b: str, linked: bool
) -> None:
    links = link_mentions(_feats(a), _feats(b), {}, {})
    assert any(m.kind == "number" for m in links) is linked


def test_a_count_in_linked_sentences_needs_no_counted_thing() -> None:
    links = link_mentions(_feats("The jury deadlocked at 9-3."), _feats("Three held out."),
                          {0: [0]}, {0: [0]})  # fmt: skip
    assert [(m.a.surface, m.b.surface) for m in links] == [("3", "Three")]


# a pay offer's years (tests/data/pages/strike_*): the first "5%" was the partner of both
# of the other's, the second of its first, and the two second ones were never paired
def test_a_figure_told_twice_pairs_in_order_with_the_linked_sentence_s() -> None:
    links = link_mentions(
        _feats("It offered rises of 5% in 2027, 5% in 2028 and 4% in 2029."),
        _feats("Members rejected 5 per cent next year, 5 per cent in 2028 and 4 per cent in 2029."),
        {0: [0]},
        {0: [0]},
    )
    fives = [(m.a.span.start, m.b.span.start) for m in links if m.a.surface == "5%"]
    assert fives == [(20, 17), (32, 39)]


def test_a_figure_told_once_pairs_with_each_of_the_other_s() -> None:
    links = link_mentions(_feats("It offered 5% a year."),
                          _feats("It offered 5 per cent next year and 5 per cent in 2028."),
                          {0: [0]}, {0: [0]})  # fmt: skip
    assert len([m for m in links if m.a.surface == "5%"]) == 2


def test_counts_of_two_known_things_do_not_match_in_linked_sentences() -> None:
    links = link_mentions(_feats("The man who killed four people was sentenced."),
                          _feats("He got four sentences of life without parole."),
                          {0: [0]}, {0: [0]})  # fmt: skip
    assert not [m for m in links if m.kind == "number"]


def test_a_place_does_not_join_the_airport_named_after_it() -> None:
    keys = ["pyongyang", "pyongyang sunan international airport", "putin", "vladimir putin"]
    canon = canonical_names(keys, into_facilities=False)
    assert canon["pyongyang"] == "pyongyang"
    assert canon["putin"] == "vladimir putin"


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("atlanta", "atlanta journal constitution"),
        ("american", "american pie"),
        ("indian", "indian navy"),
    ],
)
def test_a_place_or_nationality_does_not_join_a_name_holding_it(short: str, long: str) -> None:
    assert canonical_names([short, long], into_facilities=False)[short] == short


@pytest.mark.parametrize(
    ("short", "long", "joined"),
    [
        ("riverside", "riverside city council", False),
        ("city", "riverside city council", False),
        ("seoul", "seoul central district court", False),
        ("israel", "israel defense forces", False),
        ("riverside", "riverside police department", False),
        ("city council", "riverside city council", True),
        ("council", "riverside city council", True),
        ("riverside police", "riverside police department", True),
        ("putin", "vladimir putin", True),
    ],
)
def test_a_name_does_not_join_an_institution_named_after_it(
    short: str, long: str, joined: bool
) -> None:
    """ "Riverside" is not the Riverside City Council, nor is "City" of "City leaders";
    a name of the institution itself ("City Council", "Riverside Police") still joins it."""
    canon = canonical_names([short, long], into_facilities=False)
    assert (canon[short] == long) is joined


# a dateline's place with the same place and with the council named after it
DATELINE_PAIRS = [
    (
        ("The Riverside City Council voted 6-3 to approve the plan.",),
        ("RIVERSIDE, Calif. — City leaders voted 6-3 on Wednesday.",),
        set(),
    ),
    (
        ("Riverside council approves flood plan", "The council voted 6-3."),
        ("RIVERSIDE, Calif. — City leaders voted 6-3 on Wednesday.",),
        {("Riverside", "RIVERSIDE")},
    ),
]


@pytest.mark.parametrize(("a", "b", "pairs"), DATELINE_PAIRS)
def test_a_dateline_s_place_matches_the_place_not_its_council(
    a: tuple[str, ...], b: tuple[str, ...], pairs: set[tuple[str, str]]
) -> None:
    links = link_mentions(_feats(*a), _feats(*b), {0: [0]}, {0: [0]})
    assert {(m.a.surface, m.b.surface) for m in links if m.kind == "entity"} == pairs


def test_the_event_gate_still_joins_a_place_and_its_airport() -> None:
    canon = canonical_names(["pyongyang", "pyongyang sunan international airport"])
    assert canon["pyongyang"] == "pyongyang sunan international airport"


def test_an_entity_is_not_matched_with_a_building_named_after_it() -> None:
    a = _feats("Putin arrived in Pyongyang.")
    b = _feats("Putin landed at Pyongyang Sunan International Airport.")
    pairs = {(m.a.surface, m.b.surface) for m in link_mentions(a, b, {0: [0]}, {0: [0]})}
    assert pairs == {("Putin", "Putin")}


@pytest.mark.parametrize(
    ("a", "b", "pairs"),
    [
        (
            (
                "Carla Hills, the former U.S. trade representative, spoke in Geneva.",
                "Hills said the talks had stalled.",
            ),
            ("Carla recalled the talks of 1991.",),
            [("Carla Hills", "Carla")],
        ),
        (
            ("Vladimir Putin arrived in Pyongyang.", "Putin was greeted at the airport."),
            ("Vladimir was greeted by a crowd.",),
            [("Vladimir Putin", "Vladimir")],
        ),
        (
            ("Lindsay Lohan checked into rehab.",),
            ("Lindsay has been there before.", "Lohan's lawyer declined to comment."),
            [("Lindsay Lohan", "Lindsay"), ("Lindsay Lohan", "Lohan")],
        ),
    ],
)
def test_a_given_name_alone_is_paired_with_the_full_name_not_the_surname(
    a: tuple[str, ...], b: tuple[str, ...], pairs: list[tuple[str, str]]
) -> None:
    links = link_mentions(_feats(*a), _feats(*b), {}, {})
    assert sorted((m.a.surface, m.b.surface) for m in links if m.kind == "entity") == pairs


# a name and its longer form, either article giving the longer: the match is shown by it
LABELS = [
    (
        ("Council members voted 5-4 on the plan.",),
        ("The Riverside City Council voted 6-3 to approve the plan.",),
        "Riverside City Council",
    ),
    (
        ("The Riverside City Council voted 6-3 to approve the plan.",),
        ("Council members voted 5-4 on the plan.",),
        "Riverside City Council",
    ),
    (("Brennan called it a turning point.",), ("Mayor Thomas Brennan spoke.",), "Thomas Brennan"),
    # the same name: A's words
    (("RIVERSIDE, Calif. — The plan passed.",), ("Riverside approved the plan.",), "RIVERSIDE"),
]


@pytest.mark.parametrize(("a", "b", "label"), LABELS)
def test_an_entity_match_is_shown_by_the_longer_form_of_the_name(
    a: tuple[str, ...], b: tuple[str, ...], label: str
) -> None:
    links = link_mentions(_feats(*a), _feats(*b), {0: [0]}, {0: [0]})
    assert [m.label for m in links if m.kind == "entity"] == [label]


def _figures_across(a: str, language_a: str | None, b: str, language_b: str | None) -> list[str]:
    """The figures of linked sentences ``a`` and ``b``, of articles in two languages,
    paired as written."""
    from tests.analysis.sentence_pairs import feats

    links = link_mentions([feats(a, language_a)], [feats(b, language_b)], {0: [0]}, {0: [0]})
    return [f"{m.a.surface} · {m.b.surface}" for m in links if m.kind == "number"]


@pytest.mark.parametrize(
    ("a", "language_a", "b", "detail"),
    [
        ("Mehr als 1.200 Einsatzkräfte arbeiteten die ganze Nacht.", "German",
         "More than 1,200 emergency workers worked through the night.", "1.200 · 1,200"),
        ("Der Zug war mit rund 180 Fahrgästen unterwegs.", "German",
         "The train was carrying about 180 passengers.", "180 · 180"),
        ("Der Pegel stieg auf 4,80 Meter.", "German", "The river rose to 4.80 metres.",
         "4,80 · 4.80"),
        ("Environ 2 500 habitants ont été évacués.", "French",
         "About 2,500 residents were evacuated.", "2 500 · 2,500"),
    ],
)  # fmt: skip
def test_a_figure_of_linked_sentences_in_two_languages_pairs_by_value(
    a: str, language_a: str | None, b: str, detail: str
) -> None:
    assert _figures_across(a, language_a, b, None) == [detail]


def test_a_figure_of_linked_sentences_in_one_language_pairs_only_with_its_thing() -> None:
    a = "Der Zug war mit 180 Fahrgästen unterwegs."
    b = "Der Zug fuhr 180 Kilometer."
    assert _figures_across(a, "German", b, "German") == []


def _on_page(outlet: str | None, *sentences: str) -> list[UnitFeatures]:
    feats = _feats(*sentences)
    for f in feats:
        f.outlet = outlet
    return feats


@pytest.mark.parametrize("a_outlet", ["Continental Wire", None])
def test_an_outlet_s_initials_and_its_name_are_one_name(a_outlet: str | None) -> None:
    """The initials of either page's outlet of several words: "CW" on Continental Wire's
    page, or against it (tests/data/pages' blast pair)."""
    fa = _on_page(a_outlet, "Anna Keller told CW the plant was safe.")
    fb = _on_page("Continental Wire", "Anna Keller told Continental Wire the plant was safe.")
    if a_outlet is None:
        fa, fb = fb, fa
    linked = {(x.a.surface, x.b.surface) for x in link_mentions(fa, fb, {}, {})}
    assert ("CW", "Continental Wire") in linked or ("Continental Wire", "CW") in linked


@pytest.mark.parametrize(
    ("outlet", "other"),
    [("Rhine Courier", "CW"), ("Continental Wire", "CNN"), ("Reuters", "R")],
)
def test_other_initials_are_not_the_outlet(outlet: str, other: str) -> None:
    fa = _on_page(outlet, f"Anna Keller told {other} the plant was safe.")
    fb = _on_page(outlet, f"Anna Keller told {outlet} the plant was safe.")
    surfaces = {(x.a.surface, x.b.surface) for x in link_mentions(fa, fb, {}, {})}
    assert (other, outlet) not in surfaces
