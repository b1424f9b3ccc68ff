"""The place a count is told of right after its counted words
(reader/analysis/figures/figure_places.py): "evacuated 150 homes in the Eastgate
neighborhood" is Eastgate's count as much as the soldiers', so a caption's "the Eastgate
neighborhood, where 120 homes were evacuated" disagrees with it (tests/data/pages/
gallery_*); a place the things counted come from is none."""

from __future__ import annotations

import pytest

from reader.analysis.figures.figure_places import figure_place
from tests.analysis.sentence_pairs import details, feats

STORY = (
    "Sheriff's deputies and National Guard soldiers evacuated 150 homes in the Eastgate"
    " neighborhood on Tuesday night as the water rose."
)


def _place(sentence: str, figure: str) -> str | None:
    f = feats(sentence)
    (m,) = [x for x in f.numbers if x.surface == figure]
    return figure_place(f, m)


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        (STORY, "150", "eastgate"),
        ("Crews made 37 water rescues on Route 9.", "37", "route"),
        ("Police arrested 15 people from Paris.", "15", None),
        ("Police in Paris arrested 15 people.", "15", None),
    ],
)  # fmt: skip
def test_the_place_told_right_after_a_count(sentence: str, figure: str, place: str | None) -> None:
    assert _place(sentence, figure) == place


@pytest.mark.parametrize(
    "caption",
    [
        "A National Guard truck carries residents out of the Eastgate neighborhood, where"
        " 120 homes were evacuated on Tuesday night.",
        "In the Eastgate neighborhood, 120 homes were evacuated on Tuesday night.",
    ],
)
def test_a_count_owned_by_its_place_disagrees_with_one_told_in_it(caption: str) -> None:
    assert details(caption, STORY) == ["120 vs 150"]
    assert details(STORY, caption) == ["150 vs 120"]


def test_counts_of_two_places_still_stay_quiet() -> None:
    a = "In the Westgate neighborhood, 120 homes were evacuated on Tuesday night."
    assert details(a, STORY) == []
