"""Tests of reader/analysis/names/job_words.py: a job word no title list holds, before a
person's name, is no part of it ("General Manager Billy King" names Billy King)."""

from __future__ import annotations

import pytest

from reader.analysis.names.job_words import job_title, qualifiers_only
from tests.analysis.sentence_pairs import feats


def keys(text: str) -> list[str]:
    return [m.key for m in feats(text).names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 5_4ecbplus, 5_3ecb, 3_8ecb, 3_11ecbplus, 7_3ecb, 8_7ecb, 10_5ecb, 4_10ecb
        ("Philadelphia 76ers President and General Manager Billy King announced it today.",
         ["philadelphia 76ers", "billy king"]),
        ("Sixers Senior Vice President and Assistant General Manager Tony DiLeo takes over.",
         ["sixers", "tony dileo"]),
        ("In his role as Assistant General Manager, DiLeo was responsible for it.", ["dileo"]),
        ("He killed off-duty U.S. Customs Agent David Wilhelm the next day.",
         ["u.s. customs", "david wilhelm"]),
        ("TDCJ Inspector John Moriarty said so.", ["tdcj", "john moriarty"]),
        ("Heavyweight Champion, Wladimir Klitschko, easily won.", ["wladimir klitschko"]),
        ("It was West Coast Bank Chief Executive Robert Sznewajs who said so.",
         ["west coast bank", "robert sznewajs"]),
        ("Super-agent Scott Boras said it would take an eight-year deal.", ["scott boras"]),
        ("Artist Olivia De Berardinis also painted Page.", ["olivia de berardinis", "page"]),
        ("Head Coach Mike Brown was fired.", ["mike brown"]),
        # ECB+ 7_3ecb: "Nikolay", a spelling of "Nikolai" the given names hold too
        ("The fights are a showdown with WBA Champion, Nikolay Valuev or a bout with David "
         "Haye.", ["wba", "nikolay valuev", "david haye"]),
        ("Heavyweight Champion, Yury Foreman, won.", ["yury foreman"]),
        # was "chair helen calloway": "Chair" before a given name or beside a title
        ("Federal Reserve Vice Chair Helen Calloway said so.",
         ["federal reserve", "helen calloway"]),
        # guards (pass on main too): a deputy's or a vice's title is one title
        ("Deputy Chair Helen Calloway said so.", ["helen calloway"]),
        ("Vice President Helen Calloway said so.", ["helen calloway"]),
        # were "constable helen calloway": a British police rank
        ("Deputy Chief Constable Helen Calloway said so.", ["helen calloway"]),
        ("Constable Helen Calloway said so.", ["helen calloway"]),
    ],
)  # fmt: skip
def test_a_job_before_a_name_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent Orange was used in Vietnam.", ["agent orange", "vietnam"]),
        ("The Executive Order was signed.", ["executive order"]),
        ("The Champions League final is in May.", ["champions league"]),
        ("The Champion, Manchester United, won again.", ["champion", "manchester united"]),
        ("The Eames Chair Company moved to Ohio.", ["eames chair company", "ohio"]),
        ("A painting by John Constable was sold.", ["john constable"]),
    ],
)  # fmt: skip
def test_a_job_word_naming_a_thing_stays_in_its_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_a_job_noun_beside_a_title_is_one() -> None:
    assert job_title(["General", "Manager"], 1, "General Manager", 15)


def test_a_hyphened_word_opens_a_title_only_before_a_given_name() -> None:
    assert job_title(["Super-agent", "Scott", "Boras"], 0, "", 0)
    assert not job_title(["Il-sung", "Square"], 0, "", 0)


def test_qualifiers_only() -> None:
    assert qualifiers_only(["Former", "Heavyweight"])
    assert not qualifiers_only(["WBA"])
    assert not qualifiers_only([])


# was ("fire", "ramona ellery"): the service before a title was read as a name, and the
# wildfire pages matched "Fire · Fire"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Fire Chief Ramona Ellery of the district.", ["ramona ellery"]),
        ("Health Minister Anna Berg said so.", ["anna berg"]),
        ("State Senator John Smith said so.", ["john smith"]),
        ("Deputy Health Minister Anna Berg said so.", ["anna berg"]),
        ("Calder County Fire Chief Ramona Ellery said so.", ["calder county", "ramona ellery"]),
    ],
)
def test_a_service_before_a_title_is_no_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fire Department said so.", ["fire department"]),
        ("The London Fire Brigade said so.", ["london fire brigade"]),
        ("Homeland Security Secretary Janet Napolitano said so.",
         ["homeland security", "janet napolitano"]),
    ],
)  # fmt: skip
def test_a_service_s_name_stays_whole(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# was ("fed chair powell"): "Chair" was no title, so the name held it and met no "Jerome
# Powell"
def test_chair_before_a_surname_is_a_title() -> None:
    assert keys("Fed Chair Powell said rates would hold.") == ["fed", "powell"]


# was ("board", "mary okafor"): the body the chair heads, told alone, was read as a name
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Board Chair Mary Okafor resigned on Monday.", ["mary okafor"]),
     ("Committee Chairman Ted Poe said so.", ["ted poe"])],
)  # fmt: skip
def test_a_body_told_alone_before_a_title_is_no_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_a_named_body_before_a_title_keeps_its_name() -> None:
    text = "Senate Judiciary Committee Chair Mary Okafor said so."
    assert keys(text) == ["senate judiciary committee", "mary okafor"]


# were "co" and "ann lee": the hyphen parts "Co" from the title, so it stood alone
@pytest.mark.parametrize(
    "text",
    [
        "Co-Chair Ann Lee opened the meeting on Monday.",
        "The meeting was opened by Co-Founder Ann Lee on Monday.",
        "Co-Chief Executive Ann Lee opened the meeting on Monday.",
    ],
)
def test_a_prefix_hyphened_to_a_title_is_no_name(text: str) -> None:
    assert keys(text) == ["ann lee"]


def test_a_surname_hyphened_to_a_title_word_stays_a_name() -> None:
    assert keys("Marsh-Bishop said so on Monday.") == ["marsh", "bishop"]
