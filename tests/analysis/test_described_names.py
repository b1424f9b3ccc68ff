"""Tests of reader/analysis/described_names.py: a possessive and a kin or role noun
before a speaker's name describe the speaker."""

from __future__ import annotations

import pytest

from reader.analysis.described_names import description_only, without_description


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ihre Schwester Maria Braun", "Maria Braun"),
        ("Sein Anwalt Peter Müller", "Peter Müller"),
        ("Seine Frau Anna", "Anna"),
        ("Her Sister Maria Braun", "Maria Braun"),
        # no name after the description, or no description
        ("Ihr Sprecher", "Ihr Sprecher"),
        ("Maria Braun", "Maria Braun"),
        ("Sein Anwalt sagte", "Sein Anwalt sagte"),
    ],
)
def test_a_description_before_a_name_is_no_part_of_it(name: str, expected: str) -> None:
    assert without_description(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Ihr Sprecher", True), ("Seine Frau Anna", False), ("Maria Braun", False)],
)
def test_a_possessive_and_a_noun_alone_are_only_a_description(name: str, expected: bool) -> None:
    assert description_only(name) is expected
