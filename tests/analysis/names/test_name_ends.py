"""A one-word name matches a longer name ending with it unless the two name two things
(reader.analysis.names.name_ends): "Hollywood" the place is not "Access Hollywood" the show."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis import align
from reader.model import Document, MatchKind

Make = Callable[[str], Document]

SHOW = (
    "Lohan checks into rehab\n"
    "Lindsay Lohan is moving to a rehab facility in Malibu, Access Hollywood has confirmed.\n"
    "A spokesperson for the court confirmed to Access that a judge signed an order."
)


def entities(doc: Make, a: str, b: str) -> set[tuple[str, str]]:
    """The (A, B) words of each entity match of the two texts."""
    da, db = doc(a), doc(b)
    al = align(da, db, method="lexical")
    return {(da.slice(m.a), db.slice(m.b)) for m in al.matches if m.kind is MatchKind.ENTITY}


def test_a_place_is_not_the_show_named_after_it(doc: Make) -> None:
    a = "Stars in rehab\nAnother day in Hollywood; another star in rehab in Malibu."
    found = entities(doc, a, SHOW)
    assert ("Malibu", "Malibu") in found
    assert not any(left == "Hollywood" for left, _ in found)


@pytest.mark.parametrize(
    ("short", "full", "later"),
    [
        ("Putin", "Vladimir Putin", "Crowds cheered Vladimir later."),
        ("Nichols", "Brian Nichols", "Crowds cheered Brian later."),
        ("Reid", "Tara Reid", "Friends said Tara was well."),
        ("76ers", "Philadelphia 76ers", "Later in Philadelphia, crowds gathered."),
    ],
)
def test_a_name_still_matches_the_longer_name_it_ends(
    doc: Make, short: str, full: str, later: str
) -> None:
    """Even where the longer name's article writes its first word alone: a given name,
    or a place ("in Philadelphia")."""
    a = f"News of the day\n{short} met the press in the capital on Monday."
    b = f"News of the day\n{full} met the press on Monday.\n{later}"
    assert (short, full) in entities(doc, a, b)


def test_a_surname_written_first_still_matches_the_full_name(doc: Make) -> None:
    a = "Summit\nKim met Putin in Pyongyang on Wednesday."
    b = "Summit\nKim Jong Un met Vladimir Putin in Pyongyang on Wednesday."
    found = entities(doc, a, b)
    assert {("Kim", "Kim Jong Un"), ("Putin", "Vladimir Putin")} <= found


def test_a_team_called_by_its_city_is_still_the_team(doc: Make) -> None:
    """ "the 76ers" is the team, which the other article calls "Philadelphia" too."""
    a = "Coach fired\nThe coach of the 76ers was fired on Monday."
    b = "Coach fired\nThe Philadelphia 76ers fired their coach on Monday.\nPhiladelphia hired one."
    assert ("76ers", "Philadelphia 76ers") in entities(doc, a, b)


# ECB+ 4_2ecbplus: Esther Williams "died on Thursday in Beverly Hills, California"
BEVERLY = (
    "Esther Williams dies\n"
    "Esther Williams died on Thursday in Beverly Hills, California, at the age of 91.\n"
    "Beverly police said her death was peaceful."
)
HILLS = (
    "Esther Williams dies\nHills paid tribute to Esther Williams on Friday, a day after she died."
)


def test_a_given_name_before_a_word_closing_places_opens_a_place(doc: Make) -> None:
    """ "Beverly Hills" is no person "Hills" of the other article could be short for."""
    found = entities(doc, HILLS, BEVERLY)
    assert ("Esther Williams", "Esther Williams") in found
    assert not any(left == "Hills" for left, _ in found)


@pytest.mark.parametrize(
    "told",
    [
        "Ambassador Carla Hills paid tribute to Esther Williams on Friday.",
        "Carla Hills, who swam with her in 1952, paid tribute on Friday.",
        "“She was a friend,” Carla Hills said on Friday.",
    ],
)
def test_the_text_makes_such_a_name_a_person(doc: Make, told: str) -> None:
    """ "Carla Hills" with a title, "who" or a verb of saying is a person: "Hills"."""
    b = f"Esther Williams dies\n{told}\nCarla recalled their swims."
    assert ("Hills", "Carla Hills") in entities(doc, HILLS, b)
