"""What a distance is measured from (reader.analysis.figures.count_terms.measured_from):
the place named right after the figure and its unit, not a place named later in the
sentence, so that two distances from one point are compared and a surge that "swept
through the centre of Port Alder" is measured from nothing."""

from __future__ import annotations

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.figures.count_terms import measured_from
from tests.analysis.sentence_pairs import feats


def point(sentence: str) -> str:
    """What the sentence's first figure is measured from."""
    f = feats(sentence)
    return measured_from(f, f.numbers[0])


@pytest.mark.parametrize(
    ("sentence", "stem"),
    [
        ("The ship was 150 nautical miles west of Aden.", "aden"),
        ("It was 120 nautical miles off Aden.", "aden"),
        ("The Gibe was about 150 nautical miles from Aden when Mysore heard its call.", "aden"),
        ("The town lies 20 km south of the border.", "border"),
        ("The fire is 48 kilometres north-east of Redding.", "red"),
        ("The fire is 30 miles (48 km) northeast of Redding.", "red"),
        ("The village is 12 miles away from the coast.", "coast"),
    ],
)
def test_the_place_right_after_the_unit_is_the_point(sentence: str, stem: str) -> None:
    assert point(sentence) == stem


@pytest.mark.parametrize(
    "sentence",
    [
        "A storm surge of 14 feet swept through the centre of Port Alder.",
        "The wall, 12 metres high, stood in the middle of the square.",
        "He swam 20 miles before reaching the shore of the lake.",
    ],
)
def test_a_place_named_later_in_the_sentence_is_no_point(sentence: str) -> None:
    assert point(sentence) == ""


def test_two_surges_told_of_one_town_in_other_words_are_compared() -> None:
    a = feats("A storm surge of 12 feet swept through the centre of Port Alder.")
    b = feats("A storm surge of 14 feet flooded downtown Port Alder.")
    [found] = conflicts(a, b)
    assert "12" in found.detail and "14" in found.detail
