"""Whether a first name is a woman's or a man's, as far as it tells."""

from __future__ import annotations

import pytest

from reader.analysis.names.first_names import pronoun_of
from reader.ingest.given_names import FEMALE, MALE


@pytest.mark.parametrize(
    ("first", "pronoun"), [("Tara", "she"), ("BETTIE", "she"), ("Matthew", "he")]
)
def test_a_common_first_name_gives_its_pronoun(first: str, pronoun: str) -> None:
    assert pronoun_of(first) == pronoun


@pytest.mark.parametrize("first", ["Jordan", "Kim", "Alex", "Leslie", "Jamie", "Jan", "Gurbanguly"])
def test_a_name_of_either_sex_or_unknown_tells_nothing(first: str) -> None:
    assert pronoun_of(first) is None


def test_no_name_is_in_both_lists() -> None:
    assert not FEMALE & MALE


@pytest.mark.parametrize(
    ("first", "pronoun"),
    [("Jaroslav", "he"), ("Przemysław", "he"), ("Zdeněk", "he"), ("Kristýna", "she")],
)
def test_a_czech_or_polish_first_name_gives_its_pronoun_by_its_ending(
    first: str, pronoun: str
) -> None:
    assert pronoun_of(first) == pronoun


@pytest.mark.parametrize(("first", "pronoun"), [("Zoë", "she"), ("Hélène", "she"), ("José", "he")])
def test_a_first_name_with_its_marks_gives_its_pronoun(first: str, pronoun: str) -> None:
    assert pronoun_of(first) == pronoun
