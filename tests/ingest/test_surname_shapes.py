"""Tests of reader/ingest/surname_shapes.py: a given name no table knows, then a surname
told by its shape, reads as a person's name; two words of a place do not."""

from __future__ import annotations

import pytest

from reader.ingest.surname_shapes import reads_as_full_name


@pytest.mark.parametrize(
    "name",
    [
        "Pjotr Sauer",
        "Bohdan Kovalchuk",
        "Anna Nowakowska",
        "Dragan Petrović",
        "Lars Andersen",
        "Siobhan McCarthy",
        "Tamar Kiknadze",
        "Pjotr Bianchi",
        "Chiara Martinelli",
        "Marta Moretti",
        "Elena Mancini",
    ],
)
def test_a_surname_of_a_known_shape_reads_as_a_person_s_name(name: str) -> None:
    assert reads_as_full_name(name.split())


@pytest.mark.parametrize(
    "name",
    [
        "Baton Rouge",
        "Reggio Emilia",
        "Des Moines",
        "Lake Jackson",
        "Port Chester",
        "Toms River",
        "Glen Ellyn",
        "Port Harcourt",
        "Königs Wusterhausen",
    ],
)
def test_two_words_of_a_place_read_as_no_person_s_name(name: str) -> None:
    assert not reads_as_full_name(name.split())


@pytest.mark.parametrize(
    "name",
    [
        "Biała Podlaska",
        "Ruda Śląska",
        "Gorzów Wielkopolski",
        "Piotrków Trybunalski",
        "Grodzisk Mazowiecki",
        "Kamensk Uralsky",
    ],
)
def test_a_slavic_town_a_region_s_adjective_closes_is_no_person_s_name(name: str) -> None:
    """Polish and Russian surnames end in "-ski", "-ska", "-sky"; so do the adjectives
    of the regions that tell towns apart."""
    assert not reads_as_full_name(name.split())


@pytest.mark.parametrize("name", ["Pjotr Podolski", "Olga Kowalska", "Dmitrij Uralov"])
def test_a_slavic_surname_no_region_s_adjective_starts_is_a_person_s_name(name: str) -> None:
    assert reads_as_full_name(name.split())


@pytest.mark.parametrize("name", ["Pjotr", "Pjotr Sauer Kyiv", "USA TODAY"])
def test_one_or_three_words_or_capitals_alone_are_no_full_name(name: str) -> None:
    assert not reads_as_full_name(name.split())
