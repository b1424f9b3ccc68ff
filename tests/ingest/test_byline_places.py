"""Tests of reader/ingest/byline_places.py: a byline's part after a comma is a second
writer or a place, an agency, a paper or a role."""

from __future__ import annotations

import pytest

from reader.ingest.byline_places import is_place_name, reads_as_writer


@pytest.mark.parametrize(
    "name",
    [
        "Olena Kovalenko",
        "Tom Schmidt",
        "Marie Martin",
        "Carlos Ruiz",
        "Giulia Bianchi",
        "Ana Souza",
        "Pjotr Sauer",
        "Pjotr Bianchi",
    ],
)
def test_a_person_s_name_reads_as_a_writer(name: str) -> None:
    assert reads_as_writer(name)


@pytest.mark.parametrize(
    "name",
    [
        "Bad Homburg",
        "Le Havre",
        "Buenos Aires",
        "São Paulo",
        "New York",
        "Mexico City",
        "South Korea",
        "Associated Press",
        "USA TODAY",
        "BBC News",
        "Senior Staff Writer",
        "Envoyé Spécial",
        "Kyiv",
        "Port Harcourt",
        "Rostov-on-Don",
    ],
)
def test_a_place_agency_paper_or_role_reads_as_no_writer(name: str) -> None:
    assert not reads_as_writer(name)


@pytest.mark.parametrize("name", ["Pjotr Schmidt", "Piotr Nowak", "Katarzyna Wójcik"])
def test_a_slavic_given_name_opens_a_writer_whose_surname_has_no_known_shape(name: str) -> None:
    """ "Schmidt", "Nowak", "Wójcik" end as no surname listed; the given name tells."""
    assert reads_as_writer(name)


def test_a_known_given_name_first_is_a_person_s_not_a_place_s() -> None:
    """ "Victoria" is a given name the project knows; "Santa" opens places."""
    assert not is_place_name("Victoria Bay")
    assert is_place_name("Santa Cruz")


@pytest.mark.parametrize(
    "name",
    [
        "Baton Rouge",
        "Reggio Emilia",
        "Des Moines",
        "Lake Jackson",
        "Glen Ellyn",
        "Biała Podlaska",
        "Gorzów Wielkopolski",
        "Community Manager",
    ],
)
def test_two_words_no_table_knows_and_no_given_name_opens_are_a_place(name: str) -> None:
    """A byline's second writer is named by a given name; "Von Anna Müller und Reggio
    Emilia" was put back under the headline."""
    assert not reads_as_writer(name)


_JORDAN_STORY = (
    "Farmers in the Jordan Valley say settlers have cut their water pipes three times "
    "since the spring."
)


def test_a_place_the_story_names_is_no_writer_though_a_given_name_opens_it() -> None:
    assert not reads_as_writer("Jordan Valley", _JORDAN_STORY)


def test_a_writer_the_story_does_not_name_is_still_a_writer() -> None:
    """ "Jordan" is a given name: without a story naming the valley, a writer."""
    assert reads_as_writer("Jordan Valley")
    assert reads_as_writer("Olena Kovalenko", _JORDAN_STORY)
