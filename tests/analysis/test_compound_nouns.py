"""A counted compound and the noun ending it count one thing ("sandbags", "bags"); kinds
of people, and a noun whose start is no word, do not (reader.analysis.figures
.compound_nouns)."""

from __future__ import annotations

import pytest

from reader.analysis.figures.compound_nouns import compound_of
from reader.analysis.words.stems import stem


@pytest.mark.parametrize(
    ("a", "b"), [("sandbags", "bags"), ("ships", "warships"), ("lifeboats", "boats")]
)
def test_a_compound_counts_what_its_last_noun_counts(a: str, b: str) -> None:
    assert compound_of(stem(a), stem(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("firefighters", "fighters"), ("women", "men"), ("steelworkers", "workers"), ("bags", "bags")],
)
def test_kinds_of_people_and_mere_endings_are_no_compound(a: str, b: str) -> None:
    assert not compound_of(stem(a), stem(b))
