"""Tests of reader/ingest/closed_places.py: a given name before a word that closes places
is a place ("Beverly Hills") unless the text tells of a person ("Carla Hills")."""

from __future__ import annotations

import pytest

from reader.ingest.closed_places import closed_place, person_by_text


@pytest.mark.parametrize(
    ("name", "closed"),
    [
        ("Beverly Hills", True),
        ("Ann Arbor", True),
        ("Carla Hills", True),
        ("Palm Beach", False),  # no given name first: a place whatever the text says
        ("Carla Moreno", False),
    ],
)
def test_a_given_name_before_a_word_closing_places(name: str, closed: bool) -> None:
    assert closed_place(name) is closed


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Trade Representative Carla Hills said the talks had failed.",
        "Ambassador Carla Hills met the Japanese negotiators on Tuesday.",
        "Carla Hills, who led the talks for the United States, flew home.",
        "“We are not there yet,” said Carla Hills.",
        "Carla Hills, the trade representative, told reporters the talks had failed.",
        # the surname alone as a person's, anywhere in the article
        "The talks had failed, Hills said on Tuesday.",
        "Mrs. Hills left Geneva early.",
    ],
)
def test_the_text_tells_of_a_person(text: str) -> None:
    assert person_by_text(text, "Carla Hills")


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ 4_1ecbplus, 4_5ecbplus, 4_11ecbplus
        "Williams died yesterday in Beverly Hills, California, at the age of 91, her "
        "spokesman said.",
        "Williams died peacefully in her sleep Thursday in Beverly Hills, family spokesman "
        "Harlan Boll announced.",
        "The star passed away in Beverly Hills, Calif., on Thursday at the age of 91.",
        # a place saying, as its council does; a place before "which"
        "The city of Beverly Hills said it would ban smoking in restaurants.",
        "Beverly Hills, which has its own police force, said nothing.",
        "Beverly Hills police said the death was not suspicious.",
    ],
)
def test_the_text_tells_of_a_place(text: str) -> None:
    assert not person_by_text(text, "Beverly Hills")
