"""One place a pair writes two ways (reader.analysis.names.place_forms): a state as the
AP shortens it and in full, a country by its short form and its name, one entity match;
a title, a party's bracket, a city or a country of the same name, no state."""

from __future__ import annotations

import pytest

from reader.analysis.names.place_forms import regions_apart
from tests.analysis.sentence_pairs import shared_names

HARTFORD = (
    "HARTFORD, Conn. (APW) — A British man who posed as a London investment broker was "
    "sentenced Tuesday to 144 months in federal prison."
)
SPOKANE = "SPOKANE, Wash. (AP) — Lawmakers passed the bill on Monday."
ATLANTA = "ATLANTA, Ga. (AP) — The storm hit the city on Tuesday."


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            HARTFORD,
            "Owen Thirlby was sentenced at the federal court in Hartford, Connecticut, on Tuesday.",
            ("Conn", "Connecticut"),
        ),
        (
            "ASHBURY, Vt. (NWS) — A fire tore through the Ashbury Public Library early Sunday.",
            "A Vermont town lost a century of its own history.",
            ("Vt", "Vermont"),
        ),
        (
            "Flooding closed roads in Springfield, Ill., on Monday.",
            "Flooding closed roads across Illinois on Monday.",
            ("Ill", "Illinois"),
        ),
        (
            "TRENTON, N.J. (AP) — The governor signed the bill on Monday.",
            "The New Jersey governor signed the bill on Monday.",
            ("N.J.", "New Jersey"),
        ),
        (
            "CHARLESTON, W.Va. (AP) — The mine closed on Monday.",
            "The mine in West Virginia closed on Monday.",
            ("Va", "West Virginia"),
        ),
        (
            "SAN JOSE, CA — A fire destroyed a warehouse on Monday.",
            "A fire destroyed a warehouse in San Jose, California, on Monday.",
            ("CA", "California"),
        ),
    ],
)
def test_a_state_the_ap_shortens_is_the_state_the_other_writes_in_full(
    a: str, b: str, pair: tuple[str, str]
) -> None:
    assert pair in shared_names(a, b)


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "Thirlby is expected to be deported to the UK when he is released.",
            "He faces deportation to Britain after his release.",
            ("UK", "Britain"),
        ),
        (
            "He was extradited to the United States in March 2025.",
            "He was extradited to the U.S. in March 2025.",
            ("United States", "U.S."),
        ),
        (
            "The talks were held in Abu Dhabi, the capital of the UAE, on Monday.",
            "The talks were held in the United Arab Emirates on Monday.",
            ("UAE", "United Arab Emirates"),
        ),
    ],
)
def test_a_country_s_short_form_is_its_name(a: str, b: str, pair: tuple[str, str]) -> None:
    assert pair in shared_names(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a title, a sentence's "Miss." and a party's bracket are no state
        (
            "Miss Ellen Parker, 78, said the water rose fast.",
            "Floods hit Mississippi on Monday, and the water rose fast.",
        ),
        (
            "Miss. Parker said the water rose fast.",
            "Floods hit Mississippi on Monday, and the water rose fast.",
        ),
        (
            "Sen. Elizabeth Warren, D-Mass., said the bill would pass.",
            "Lawmakers in Massachusetts said the bill would pass.",
        ),
        (
            "Rep. Paul Hale (I-Ind.) said the bill would pass.",
            "Lawmakers in Indiana said the bill would pass.",
        ),
        # Washington the city, Georgia the country, New York the city
        (SPOKANE, "Lawmakers in Washington passed the bill on Monday."),
        (ATLANTA, "The storm hit Tbilisi, Georgia, on Tuesday."),
        (
            "ALBANY, N.Y. (AP) — The bill passed on Monday.",
            "Lawmakers in New York passed the bill on Monday.",
        ),
        # a postal code outside a dateline
        ("The CA team said the storm hit on Tuesday.", "The storm hit California on Tuesday."),
        ("Ann Jones, MD — a surgeon — said so.", "A fire broke out in Maryland on Monday."),
        # England is no form of the United Kingdom, Jersey none of New Jersey
        (
            "He was born in England and lives in Leeds.",
            "He was born in the UK and lives in Leeds.",
        ),
        (
            "The ferry left St Helier, Jersey, on Monday.",
            "TRENTON, N.J. (AP) — The ferry left New Jersey on Monday.",
        ),
    ],
)
def test_a_word_like_a_state_or_a_country_is_not_one(a: str, b: str) -> None:
    named_b = {name_b for _, name_b in shared_names(a, b)}
    assert not named_b & {
        "Mississippi", "Massachusetts", "Indiana", "Washington", "Georgia", "New York",
        "California", "Maryland", "UK", "New Jersey",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (SPOKANE, "Lawmakers in Spokane, Washington, passed the bill.", ("Wash", "Washington")),
        (ATLANTA, "The storm hit Atlanta, Georgia, on Tuesday.", ("Ga", "Georgia")),
    ],
)
def test_a_state_named_like_a_city_or_a_country_is_it_after_the_same_town(
    a: str, b: str, pair: tuple[str, str]
) -> None:
    assert pair in shared_names(a, b)


def test_a_place_a_state_s_name_holds_is_apart_from_it() -> None:
    keys = {"jersey", "new jersey", "virginia", "west virginia", "korea", "north korea"}
    assert regions_apart(keys) == {("jersey", "new jersey"), ("virginia", "west virginia")}
