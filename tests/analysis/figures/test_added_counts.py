from __future__ import annotations

import pytest

from reader.analysis import LEXICAL_PARAMS, SEMANTIC_PARAMS
from reader.analysis.figures.added_counts import SUM_BONUS, sum_pairs
from reader.analysis.linking.select_params import SelectParams
from reader.analysis.pair_analysis import analyse
from reader.analysis.pipeline import align
from reader.ingest import document_from_text
from reader.model import DiscrepancyKind
from tests.analysis.sentence_pairs import feats

# 12_10ecb / 12_1ecb of ECB+: the careful reader's clear discrepancy, no word in common
CAPTURED = "The Indian navy has captured 23 Somalian pirates."
APPREHENDED = "The apprehended included 12 Somalis and 11 Yemenis."
# 9_1ecb / 9_3ecb: a sum of two against one figure, which disagree
LISTED = (
    "Federal agencies can check with their own personnel to determine if their activities "
    "will harm any of the 1,247 animal and 747 plant species listed as endangered."
)
PROTECTED = "The law protects 1,400 species."


def pairs(a: str, b: str, language: str | None = None) -> dict[tuple[int, int], tuple[str, ...]]:
    return sum_pairs([feats(a, language)], [feats(b, language)])


# per language: a toll told in two parts, and told whole
TOLLS = [
    (None, "The blast left 12 killed and 11 injured.", "The blast caused 23 casualties."),
    ("French", "L'explosion a fait 12 morts et 11 blessés.", "L'explosion a fait 23 victimes."),
    ("German", "Die Explosion forderte 12 Tote und 11 Verletzte.",
     "Die Explosion forderte 23 Opfer."),
    ("Spanish", "La explosión dejó 12 muertos y 11 heridos.", "La explosión dejó 23 víctimas."),
    ("Italian", "L'esplosione ha causato 12 morti e 11 feriti.",
     "L'esplosione ha causato 23 vittime."),
    ("Portuguese", "A explosão deixou 12 mortos e 11 feridos.", "A explosão deixou 23 vítimas."),
]  # fmt: skip


def test_nationalities_adding_up_to_the_pirates() -> None:
    assert pairs(CAPTURED, APPREHENDED) == {(0, 0): ("23",)}


def test_the_parts_may_be_on_either_side() -> None:
    assert pairs(APPREHENDED, CAPTURED) == {(0, 0): ("12", "11")}


@pytest.mark.parametrize(("language", "parts", "whole"), TOLLS)
def test_the_dead_and_injured_adding_up_to_the_victims(
    language: str | None, parts: str, whole: str
) -> None:
    assert pairs(parts, whole, language) == {(0, 0): ("12", "11")}


def test_a_kind_of_the_noun_counted_whole_in_the_other() -> None:
    # 1,247 + 747 is not 1,400: one list of species counted two ways (the discrepancy)
    assert pairs(LISTED, PROTECTED) == {(0, 0): ("1,247", "747")}


@pytest.mark.parametrize(
    ("parts", "whole", "figures"),
    [
        # three nationalities against the foreigners, either way round
        ("The hostages included 4 Kenyans, 3 Somalis and 2 Britons.",
         "Gunmen seized 9 foreigners at the hotel.", ("4", "3", "2")),
        ("Gunmen seized 9 foreigners at the hotel.",
         "The hostages included 4 Kenyans, 3 Somalis and 2 Britons.", ("9",)),
        # a toll in three parts
        ("The blast left 12 killed, 11 injured and 5 missing.",
         "The blast caused 28 casualties.", ("12", "11", "5")),
        # two of the three parts add up
        ("The blast left 12 killed, 11 injured and 5 missing.",
         "The blast caused 23 casualties.", ("12", "11")),
        # five parts
        ("Among the dead were 5 Germans, 4 Italians, 3 Kenyans, 2 Britons and 2 Somalis.",
         "The crash killed 16 tourists.", ("5", "4", "3", "2", "2")),
        # kinds of one noun, three of them
        ("The list holds 300 bird, 200 mammal and 100 fish species.",
         "The list holds 600 species.", ("300", "200", "100")),
    ],
)  # fmt: skip
def test_three_parts_and_more_add_up(parts: str, whole: str, figures: tuple[str, ...]) -> None:
    assert pairs(parts, whole) == {(0, 0): figures}


@pytest.mark.parametrize(
    ("language", "parts", "whole"),
    [
        (None, "The fire left 12 dead, 11 injured and 5 missing.", "The fire hit 28 people."),
        ("French", "L'incendie a fait 12 morts, 11 blessés et 5 disparus.",
         "L'incendie a touché 28 personnes."),
        ("German", "Der Brand forderte 12 Tote, 11 Verletzte und 5 Vermisste.",
         "Der Brand traf 28 Menschen."),
        ("Spanish", "El incendio dejó 12 muertos, 11 heridos y 5 desaparecidos.",
         "El incendio afectó a 28 personas."),
        ("Italian", "L'incendio ha causato 12 morti, 11 feriti e 5 dispersi.",
         "L'incendio ha colpito 28 persone."),
        ("Portuguese", "O incêndio deixou 12 mortos, 11 feridos e 5 desaparecidos.",
         "O incêndio atingiu 28 pessoas."),
    ],
)  # fmt: skip
def test_a_toll_in_three_parts_in_six_languages(
    language: str | None, parts: str, whole: str
) -> None:
    assert pairs(parts, whole, language) == {(0, 0): ("12", "11", "5")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # small figures: "1 and 1" against 2 is no evidence
        ("They met one man and one woman.", "They met two people."),
        ("They met 3 men and 4 women.", "They met 7 people."),
        # two things counted, not one split
        ("They seized 12 rifles and 11 boats.", "They seized 23 rifles."),
        # people must add up
        (APPREHENDED, "The navy has captured 25 pirates."),
        # the whole counts something else
        (APPREHENDED, "The navy seized 23 rifles."),
        # not listed together
        ("12 Somalis were held on Monday; on Friday 11 Yemenis left.", CAPTURED),
        # three parts, one of them "one": little evidence
        (
            "The hostages included 4 Kenyans, 1 Somali and 2 Britons.",
            "Gunmen seized 7 foreigners at the hotel.",
        ),
        # three parts that do not add up to a count of people
        (
            "The hostages included 4 Kenyans, 3 Somalis and 2 Britons.",
            "Gunmen seized 10 foreigners at the hotel.",
        ),
        # three things counted, not one split
        ("They seized 4 rifles, 3 boats and 2 radios.", "They seized 9 rifles."),
        # beyond the sum, or under the larger part
        (LISTED, "The law protects 2,400 species."),
        (LISTED, "The law protects 1,000 species."),
    ],
)
def test_no_sum(a: str, b: str) -> None:
    assert pairs(a, b) == {}


def test_the_bonus_alone_is_no_link() -> None:
    assert min(SelectParams().floor, LEXICAL_PARAMS.floor, SEMANTIC_PARAMS.floor) > SUM_BONUS
    a = document_from_text("Police held 12 Somalis and 11 Yemenis.")
    b = document_from_text("Officials counted 23 passengers.")
    assert analyse(a, b, params=LEXICAL_PARAMS).links == []


# 12_19ecb / 12_2ecb: the whole and its parts, sharing a name only
ARRESTED = (
    "Taking the lead in the fight against piracy, the Indian Navy on Saturday arrested 23 "
    "Somali pirates."
)
SEIZING = (
    "Indian commandos boarded the larger pirate boat, seizing 12 Somali and 11 Yemeni "
    "nationals as well as arms and equipment, the statement said."
)
ARTICLE_A = f"{ARRESTED}\nThe pirates had fired at the merchant vessel with their small arms."
ARTICLE_B = (
    "The Indian Navy said its warship foiled an attack on a merchant vessel in the Gulf of "
    f"Aden.\n{SEIZING}\nSeven AK-47s were found in the boats."
)


def test_the_whole_against_its_parts_is_reported() -> None:
    a, b = document_from_text(ARTICLE_A), document_from_text(ARTICLE_B)
    found = align(a, b, params=LEXICAL_PARAMS).discrepancies
    assert [(d.kind, d.detail) for d in found] == [
        (DiscrepancyKind.NUMBER, "23 Somali vs 12 Somali and 11 Yemeni")
    ]


def test_the_link_shows_the_figures_that_add_up() -> None:
    a, b = document_from_text(ARTICLE_A), document_from_text(ARTICLE_B)
    claims = [m for m in align(a, b, params=LEXICAL_PARAMS).matches if m.kind.value == "claim"]
    seizing = b.text.index(SEIZING)
    assert [m.evidence[-1] for m in claims if (m.a.start, m.b.start) == (0, seizing)] == ["23"]


# nationalities written as nouns of people, in English and in five other languages
NATIONALITIES = [
    (None, "The hostages included 4 Spaniards, 3 Danes and 2 Poles.",
     "Gunmen seized 9 foreigners at the hotel.", ("4", "3", "2")),
    (None, "The hostages included 4 Filipinos, 3 Thais and 2 Turks.",
     "Gunmen seized 9 foreigners at the hotel.", ("4", "3", "2")),
    (None, "The hostages included 4 Swiss, 3 Dutch and 2 Scots.",
     "Gunmen seized 9 foreigners at the hotel.", ("4", "3", "2")),
    (None, "The hostages included 4 Icelanders, 3 Swedes and 2 Britons.",
     "Gunmen seized 9 foreigners at the hotel.", ("4", "3", "2")),
    ("French", "Les otages comptaient 4 Kényans, 3 Somaliens et 2 Britanniques.",
     "Des hommes armés ont enlevé 9 étrangers.", ("4", "3", "2")),
    ("German", "Unter den Geiseln waren vier Kenianer, drei Somalier und zwei Briten.",
     "Bewaffnete entführten neun Ausländer.", ("vier", "drei", "zwei")),
    ("Spanish", "Entre los rehenes había cuatro keniatas, tres somalíes y dos británicos.",
     "Hombres armados secuestraron a nueve extranjeros.", ("cuatro", "tres", "dos")),
    ("Italian", "Tra gli ostaggi c'erano quattro kenioti, tre somali e due britannici.",
     "Uomini armati hanno rapito nove stranieri.", ("quattro", "tre", "due")),
    ("Portuguese", "Entre os reféns estavam quatro quenianos, três somalis e dois britânicos.",
     "Homens armados sequestraram nove estrangeiros.", ("quatro", "três", "dois")),
    ("French", "La marine a capturé 12 Somaliens et 11 Yéménites.",
     "La marine a capturé 23 pirates.", ("12", "11")),
    ("German", "Die Marine nahm 12 Somalier und 11 Jemeniten fest.",
     "Die Marine nahm 23 Piraten fest.", ("12", "11")),
    ("Spanish", "La marina capturó a 12 somalíes y 11 yemeníes.",
     "La marina capturó a 23 piratas.", ("12", "11")),
    ("Italian", "La marina ha catturato 12 somali e 11 yemeniti.",
     "La marina ha catturato 23 pirati.", ("12", "11")),
    ("Portuguese", "A marinha capturou 12 somalis e 11 iemenitas.",
     "A marinha capturou 23 piratas.", ("12", "11")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "parts", "whole", "figures"), NATIONALITIES)
def test_nationalities_as_nouns_add_up_in_six_languages(
    language: str | None, parts: str, whole: str, figures: tuple[str, ...]
) -> None:
    assert pairs(parts, whole, language) == {(0, 0): figures}


def test_nationalities_that_do_not_add_up() -> None:
    parts, whole = NATIONALITIES[5][1], "Bewaffnete entführten zehn Ausländer."
    assert pairs(parts, whole, "German") == {}


@pytest.mark.parametrize(
    ("language", "parts", "whole", "figures"),
    [
        ("French", "La loi couvre 1 247 espèces animales et 747 végétales.",
         "La loi protège 1 400 espèces.", ("1 247", "747")),
        ("Spanish", "La ley cubre 1.247 especies animales y 747 vegetales.",
         "La ley protege 1.400 especies.", ("1.247", "747")),
        ("Italian", "La legge copre 1.247 specie animali e 747 vegetali.",
         "La legge protegge 1.400 specie.", ("1.247", "747")),
        ("Portuguese", "A lei cobre 1.247 espécies animais e 747 vegetais.",
         "A lei protege 1.400 espécies.", ("1.247", "747")),
        ("German", "Das Gesetz umfasst 1.247 Tier- und 747 Pflanzenarten.",
         "Das Gesetz schützt 1.400 Arten.", ("1.247", "747")),
        ("French", "La loi couvre 1 247 espèces animales et 747 espèces végétales.",
         "La loi protège 1 400 espèces.", ("1 247", "747")),
    ],
)  # fmt: skip
def test_kinds_of_one_noun_add_up_in_other_languages(
    language: str, parts: str, whole: str, figures: tuple[str, ...]
) -> None:
    assert pairs(parts, whole, language) == {(0, 0): figures}


@pytest.mark.parametrize(
    ("language", "parts", "whole"),
    [
        # the whole counts another noun
        ("French", "La loi couvre 1 247 espèces animales et 747 végétales.",
         "La loi protège 1 400 parcs."),
        ("German", "Das Gesetz umfasst 1.247 Tier- und 747 Pflanzenarten.",
         "Das Gesetz schützt 1.400 Parks."),
    ],
)  # fmt: skip
def test_kinds_of_one_noun_against_another_noun(language: str, parts: str, whole: str) -> None:
    assert pairs(parts, whole, language) == {}
