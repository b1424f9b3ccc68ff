from __future__ import annotations

import pytest

from reader.analysis.features import extract
from reader.analysis.names.field_of_names import field_of
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Span


def names(text: str) -> list[str]:
    return [m.surface for m in extract(Unit(0, Span(0, len(text)), text, fold(text))).names]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # tests/data/pages, the flood pair: "Texas Division" and "Emergency Management"
        (
            "The Texas Division of Emergency Management said roads were closed.",
            "Texas Division of Emergency Management",
        ),
        ("The Federal Bureau of Investigation said so.", "Federal Bureau of Investigation"),
        ("The National Institutes of Health said so.", "National Institutes of Health"),
        # ECB+ 9_10ecb: "U.S. Army Corps" and "Engineers"
        (
            "The U.S. Army Corps of Engineers give permits for filling wetlands.",
            "U.S. Army Corps of Engineers",
        ),
    ],
)
def test_an_office_of_a_field_in_common_words_is_one_name(sentence: str, name: str) -> None:
    assert names(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Department of Homeland Security said so.", ["Department of Homeland Security"]),
        ("Officials at the University of Texas said so.", ["University of Texas"]),
        ("Bank of America said profits fell.", ["Bank of America"]),
        ("The Ministry of Defence said troops left.", ["Ministry of Defence"]),
        ("The mayor of Mill Creek said roads were closed.", ["Mill Creek"]),
        ("Kim of North Korea met him.", ["Kim", "North Korea"]),
        ("President Putin of Russia met him.", ["Putin", "Russia"]),
        ("Gordon Brown of Britain met him.", ["Gordon Brown", "Britain"]),
        ("Texas Rangers of Beverly Hills won.", ["Texas Rangers", "Beverly Hills"]),
        # ECB+ 10_*ecb: the team's name then
        ("The Los Angeles Angels of Anaheim made an offer.", ["Los Angeles Angels of Anaheim"]),
        (
            "The American Society of Civil Engineers said so.",
            ["American Society of Civil Engineers"],
        ),
    ],
)
def test_names_of_and_names_a_sentence_juxtaposes_stay_as_they_were(
    sentence: str, expected: list[str]
) -> None:
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Texas Rangers of Dallas signed the pitcher.", ["Texas Rangers", "Dallas"]),
        ("The Oakland Raiders of Oakland won.", ["Oakland Raiders", "Oakland"]),
        ("The Green Bay Packers of Wisconsin won.", ["Green Bay Packers", "Wisconsin"]),
    ],
)
def test_a_team_named_by_an_agents_plural_and_its_town_are_two_names(
    sentence: str, expected: list[str]
) -> None:
    """A town of one word no list holds ("Dallas") is no field of a team or a body of
    people named by the plural of an agent noun ("Rangers")."""
    assert names(sentence) == expected


@pytest.mark.parametrize(
    ("office", "field", "joined"),
    [
        (["Texas", "Division"], ["Emergency", "Management"], True),
        (["Federal", "Bureau"], ["Investigation"], True),
        (["Division"], ["Emergency", "Management"], False),  # one word: a list's
        (["Gordon", "Brown"], ["Health"], False),  # a given name
        (["Texas", "Division"], ["North", "Korea"], False),  # a place
        (["Texas", "Division"], ["Texas"], False),
        (["Texas", "Division"], ["Beverly", "Hills"], False),
        (["Texas", "Division"], [], False),
        (["Texas", "Rangers"], ["Dallas"], False),  # a team's town
        (["Army", "Corps"], ["Engineers"], True),
    ],
)
def test_field_of(office: list[str], field: list[str], joined: bool) -> None:
    assert field_of(office, field) is joined
