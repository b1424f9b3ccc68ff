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
    ],
)
def test_a_surname_of_a_known_shape_reads_as_a_person_s_name(name: str) -> None:
    assert reads_as_full_name(name.split())


@pytest.mark.parametrize(
    "name",
    ["Baton Rouge", "Reggio Emilia", "Des Moines", "Lake Jackson", "Port Chester", "Toms River"],
)
def test_two_words_of_a_place_read_as_no_person_s_name(name: str) -> None:
    assert not reads_as_full_name(name.split())


@pytest.mark.parametrize("name", ["Pjotr", "Pjotr Sauer Kyiv", "USA TODAY"])
def test_one_or_three_words_or_capitals_alone_are_no_full_name(name: str) -> None:
    assert not reads_as_full_name(name.split())
