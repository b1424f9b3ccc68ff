"""Tests of reader/analysis/names/head_lists.py: an institution named with "and", "for" or
"on" inside its name ("Fish and Wildlife Service", "Center for Biological Diversity") is one
name; two bodies joined by "and" stay two."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats


def keys(text: str) -> list[str]:
    return [m.key for m in feats(text).names]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 9_1ecb, 9_3ecb, 9_2ecb, 11_1ecb, 9_7ecb
        ("The Food and Drug Administration approved the drug on Monday.",
         "food and drug administration"),
        ("A final decision rests with the Fish and Wildlife Service.",
         "fish and wildlife service"),
        ("The U.S. Fish and Wildlife Service and National Marine Fisheries Service agreed.",
         "u.s. fish and wildlife service"),
        ("It consulted the National Oceanic and Atmospheric Administration on the bears.",
         "national oceanic and atmospheric administration"),
        ("Its Central Election and Referendum Commission said turnout was high.",
         "central election and referendum commission"),
        ("He chairs the Senate Environment and Public Works Committee.",
         "senate environment and public works committee"),
        ("The House Energy and Commerce Committee met on Tuesday.",
         "house energy and commerce committee"),
        ("The Bill and Melinda Gates Foundation gave $5 million.",
         "bill and melinda gates foundation"),
        ("The Alcohol, Tobacco, Firearms and Explosives Bureau searched the house.",
         "alcohol tobacco firearms and explosives bureau"),
    ],
)  # fmt: skip
def test_an_institution_with_and_before_its_head_is_one_name(text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # ECB+ 9_8ecb, 9_11ecbplus, 11_5ecb, 11_1ecbplus, 11_2ecb, 9_1ecb
        ("Kassie Siegel of the Center for Biological Diversity said so.",
         "center for biological diversity"),
        ("The Centers for Disease Control and Prevention said flu cases rose.",
         "centers for disease control and prevention"),
        ("Alan Thornhill of the Society for Conservation Biology disagreed.",
         "society for conservation biology"),
        ("The Turkmenistan Helsinki Foundation for Human Rights reported it.",
         "turkmenistan helsinki foundation for human rights"),
        ("Central Commission for Elections and Referenda said the vote was fair.",
         "central commission for elections and referenda"),
        ("The Organization for Security and Cooperation in Europe sent no observers.",
         "organization for security and cooperation"),
        ("The US Chamber of Commerce opposed the rule.", "us chamber of commerce"),
    ],
)  # fmt: skip
def test_an_institution_going_on_with_for_is_one_name(text: str, key: str) -> None:
    assert key in keys(text)


# were "Council" + "Foreign Relations", "Panel" + "Climate Change" ...
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Richard Haass, president of the Council on Foreign Relations, said so.",
         "council on foreign relations"),
        ("The European Council on Foreign Relations published a poll.",
         "european council on foreign relations"),
        ("The Intergovernmental Panel on Climate Change warned of floods.",
         "intergovernmental panel on climate change"),
        ("The UN Conference on Trade and Development cut its forecast.",
         "un conference on trade and development"),
        ("The Senate Committee on Homeland Security and Governmental Affairs met.",
         "senate committee on homeland security and governmental affairs"),
        ("The Commission on Elections in Manila counted the votes.", "commission on elections"),
    ],
)  # fmt: skip
def test_an_institution_going_on_with_on_is_one_name(text: str, key: str) -> None:
    assert key in keys(text)


# a body acting on a day: "on" is no part of its name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN Security Council on Monday adopted a resolution.", ["un security council"]),
        ("The Security Council on December 3 adopted it.", ["security council"]),
        ("The Security Council on Christmas Eve adopted it.",
         ["security council", "christmas eve"]),
        ("The Security Council on Ukraine met in New York.",
         ["security council", "ukraine", "new york"]),
        ("The Senate on Tuesday passed the bill.", ["senate"]),
    ],
)  # fmt: skip
def test_a_body_on_a_day_or_a_place_stays_apart(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Treasury and the Internal Revenue Service issued rules.",
         ["treasury", "internal revenue service"]),
        ("The Treasury and Internal Revenue Service issued rules.",
         ["treasury", "internal revenue service"]),
        ("Russia and North Korea signed a pact.", ["russia", "north korea"]),
        ("Kim and Putin met in Pyongyang.", ["kim", "putin", "pyongyang"]),
        # a place before "and": decided as two, which it may be
        ("France and Germany's Foreign Ministry protested.",
         ["france", "germany", "foreign ministry"]),
        ("The FBI and Drug Enforcement Administration raided the farm.",
         ["fbi", "drug enforcement administration"]),
        ("The European Union and International Monetary Fund agreed.",
         ["european union", "international monetary fund"]),
        # two departments, one head in the plural's place
        ("The Interior and Commerce Department will decide.", ["interior", "commerce department"]),
        ("Tennessee Tech and LaSalle University played.", ["tennessee tech", "lasalle university"]),
        # a list of bodies after "for" (ECB+ 9_8ecb)
        ("The Center for Biological Diversity, Greenpeace and Defenders of Wildlife sued.",
         ["center for biological diversity", "greenpeace", "defenders", "wildlife"]),
    ],
)  # fmt: skip
def test_two_bodies_joined_by_and_stay_two(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


# A strike's bodies (tests/data/pages/strike_*): a union or an association its members
# name in a plural possessive is one name, "and" inside it or not (were "Dock" and
# "Harbour Workers' Union", "Carrowick Port Employers" and "Association")
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Dock and Harbour Workers' Union says 4,100 members are on strike.",
         "dock and harbour workers union"),
        ("The Carrowick Port Employers' Association offered 14%.",
         "carrowick port employers association"),
        ("The Nurses' Union called a second strike.", "nurses union"),
        ("The Food and Allied Workers' Union backed them.", "food and allied workers union"),
    ],
)  # fmt: skip
def test_a_body_its_members_name_is_one_name(text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("The Lakers' Kobe Bryant scored 40 points.", ["lakers", "kobe bryant"]),
        ("Officials of Russia and Korea Workers' Union met.", ["russia", "korea workers union"]),
    ],
)  # fmt: skip
def test_a_possessive_before_a_person_or_a_place_before_and_stays_apart(
    text: str, two: list[str]
) -> None:
    assert keys(text) == two
