from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.counted_parts import parts, same_counted, told_in_parts
from reader.analysis.mention import Mention
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span
from tests.analysis.sentence_pairs import details
from tests.analysis.sentence_pairs import feats as sentence_feats


def feats(text: str) -> UnitFeatures:
    return extract(Unit(0, Span(0, len(text)), text, fold(text)))


def count(f: UnitFeatures, surface: str) -> Mention:
    return next(m for m in f.numbers if m.surface == surface)


@pytest.mark.parametrize(
    ("text", "figure", "listed"),
    [
        ("They seized 12 Somali and 11 Yemeni nationals.", "11", ["12", "11"]),
        ("Two women and one man died.", "Two", ["Two", "one"]),
        ("It held 4 Kenyans, 3 Somalis and 2 Britons.", "3", ["4", "3", "2"]),
        # two things counted, not one group split
        ("They found 31 magazines and 923 rounds.", "31", ["31"]),
        ("They seized two rifles and three rifles.", "two", ["two"]),
        # not joined
        ("12 Somali pirates were held; later 11 Yemeni sailors left.", "12", ["12"]),
        # kinds of one noun (9_1ecb of ECB+), two or three
        ("It lists the 1,247 animal and 747 plant species listed as endangered.", "747",
         ["1,247", "747"]),
        ("The list holds 300 bird, 200 mammal and 100 fish species.", "100",
         ["300", "200", "100"]),
        # a count of a noun, then a kind of another: no kinds of one noun
        ("They found 31 magazines and 923 rifle rounds.", "923", ["923"]),
    ],
)  # fmt: skip
def test_parts_listed_with_a_count(text: str, figure: str, listed: list[str]) -> None:
    f = feats(text)
    assert [m.surface for m in parts(f, count(f, figure))] == listed


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("somali", "somali", True), ("somalian", "somali", True), ("somali", "yemeni", False),
     ("rifle", "rifles", False), ("women", "women", True)],
)  # fmt: skip
def test_same_counted(a: str, b: str, same: bool) -> None:
    assert same_counted(a, b) is same


def test_a_whole_against_its_parts_marks_all_the_parts() -> None:
    fa = feats("The Indian navy has captured 23 Somalian pirates.")
    fb = feats("Commandos seized 12 Somali and 11 Yemeni nationals, the statement said.")
    split = told_in_parts(fa, count(fa, "23"), fb, count(fb, "12"))
    assert split is not None
    assert (split.detail, split.adds_up, split.agrees) == (
        "23 Somalian vs 12 Somali and 11 Yemeni",
        True,
        False,
    )
    assert fb.unit.text[split.b.span.start : split.b.span.end] == "12 Somali and 11 Yemeni"


def test_kinds_of_one_noun_against_the_noun_counted_whole() -> None:
    # 9_1ecb / 9_3ecb: one list of species counted whole and in parts (1,994 is not 1,400)
    fa = feats(
        "Federal agencies can check with their own personnel to determine if their "
        "activities will harm any of the 1,247 animal and 747 plant species listed as "
        "endangered."
    )
    fb = feats("The law protects 1,400 species.")
    split = told_in_parts(fa, count(fa, "747"), fb, count(fb, "1,400"))
    assert split is not None
    assert (split.detail, split.adds_up) == (
        "1,247 animal and 747 plant species vs 1,400 species",
        False,
    )


def test_a_whole_naming_the_same_parts_agrees() -> None:
    fa = feats("The navy captured 23 Somali and Yemeni pirates.")
    fb = feats("Commandos seized 12 Somali and 11 Yemeni nationals.")
    split = told_in_parts(fa, count(fa, "23"), fb, count(fb, "12"))
    assert split is not None and split.agrees


def test_parts_on_both_sides_are_not_a_whole_against_parts() -> None:
    fa = feats("Two women and one man died.")
    fb = feats("One woman and two men died.")
    assert told_in_parts(fa, count(fa, "Two"), fb, count(fb, "two")) is None


@given(st.lists(st.integers(1, 99), min_size=2, max_size=4))
def test_parts_adding_up_to_the_whole_are_told_so(values: list[int]) -> None:
    kinds = ["Somali", "Yemeni", "Kenyan", "Ethiopian"][: len(values)]
    listed = " and ".join(f"{v} {k}" for v, k in zip(values, kinds, strict=True))
    fa = feats(f"The navy captured {sum(values)} Somali pirates.")
    fb = feats(f"The navy captured {listed} nationals.")
    split = told_in_parts(fa, fa.numbers[0], fb, fb.numbers[0])
    assert split is not None and split.adds_up and not split.agrees


# per language: one list of species counted in kinds (the noun said once) and whole
KINDS_OF_SPECIES = [
    ("French", "La loi couvre 1 247 espèces animales et 747 végétales.",
     "La loi protège 1 400 espèces.",
     "1 247 espèces animales et 747 végétales vs 1 400 espèces"),
    ("Spanish", "La ley cubre 1.247 especies animales y 747 vegetales.",
     "La ley protege 1.400 especies.",
     "1.247 especies animales y 747 vegetales vs 1.400 especies"),
    ("Italian", "La legge copre 1.247 specie animali e 747 vegetali.",
     "La legge protegge 1.400 specie.",
     "1.247 specie animali e 747 vegetali vs 1.400 specie"),
    ("Portuguese", "A lei cobre 1.247 espécies animais e 747 vegetais.",
     "A lei protege 1.400 espécies.",
     "1.247 espécies animais e 747 vegetais vs 1.400 espécies"),
    ("German", "Das Gesetz umfasst 1.247 Tier- und 747 Pflanzenarten.",
     "Das Gesetz schützt 1.400 Arten.",
     "1.247 Tier- und 747 Pflanzenarten vs 1.400 Arten"),
    # the noun said with each kind
    (None, "In the United States the law protects 1,247 animal species and 747 plant species.",
     "The law protects 1,400 species in the United States.",
     "1,247 animal species and 747 plant species vs 1,400 species"),
    ("French", "En France la loi protège 1 247 espèces animales et 747 espèces végétales.",
     "La loi protège 1 400 espèces en France.",
     "1 247 espèces animales et 747 espèces végétales vs 1 400 espèces"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "split", "whole", "detail"), KINDS_OF_SPECIES)
def test_kinds_of_one_noun_in_six_languages_against_the_whole(
    language: str | None, split: str, whole: str, detail: str
) -> None:
    # 1,247 + 747 is 1,994, not 1,400: the kinds against the whole, not one kind
    assert details(split, whole, language) == [detail]


@pytest.mark.parametrize(("language", "split", "whole", "detail"), KINDS_OF_SPECIES)
def test_kinds_of_one_noun_adding_up_to_the_whole_agree(
    language: str | None, split: str, whole: str, detail: str
) -> None:
    # 1,994 species, however the thousands are written
    assert details(split, whole.replace("400", "994"), language) == []


@pytest.mark.parametrize(
    ("language", "text", "figure", "listed"),
    [
        # kinds after the noun, by adjectives of one form, or by nationality
        ("Spanish", "Ardieron 5 coches aparcados y 3 abandonados.", "3", ["5", "3"]),
        ("French", "La marine a arrêté 12 pirates somaliens et 11 yéménites.", "11",
         ["12", "11"]),
        # a noun after the second figure, not a kind: two things
        ("Spanish", "Ardieron 5 coches quemados y 3 motos.", "3", ["3"]),
        # people hurt besides those arrested: no kinds of one noun
        ("French", "La police a compté 40 manifestants arrêtés et 12 blessés.", "40", ["40"]),
        # people told with each fate are no kinds of a noun either
        ("French", "L'accident a fait 12 personnes tuées et 11 personnes blessées.", "12",
         ["12"]),
        # a German word ending in a hyphen before a compound of another head
        ("German", "Sie zählten 12 Tote und 11 Verletzte.", "12", ["12"]),
    ],
)  # fmt: skip
def test_parts_in_other_languages(language: str, text: str, figure: str, listed: list[str]) -> None:
    f = sentence_feats(text, language)
    assert [m.surface for m in parts(f, count(f, figure))] == listed


@pytest.mark.parametrize(
    ("language", "whole", "split"),
    [
        ("French", "La marine a arrêté 23 pirates somaliens et yéménites à Mogadiscio.",
         "À Mogadiscio, la marine a arrêté 12 pirates somaliens et 11 yéménites."),
        ("Spanish", "La Armada detuvo a 23 piratas somalíes y yemeníes en Adén.",
         "En Adén, la Armada detuvo a 12 somalíes y 11 yemeníes."),
    ],
)  # fmt: skip
def test_a_whole_naming_its_kinds_after_the_noun_agrees(
    language: str, whole: str, split: str
) -> None:
    assert details(whole, split, language) == []


def test_a_whole_naming_one_kind_after_the_noun_disagrees() -> None:
    # "23 Somalian pirates" against "12 Somalis and 11 Yemenis", in French
    whole = "La marine a arrêté 23 pirates somaliens à Mogadiscio."
    split = "À Mogadiscio, la marine a arrêté 12 pirates somaliens et 11 yéménites."
    assert details(whole, split, "French") == [
        "23 pirates somaliens vs 12 pirates somaliens et 11 yéménites"
    ]
