"""Sentence pairs that each count people of one fate, close in value, gain a bonus below
the link floor (reader/analysis/linking/told_fates.py): "37 people had been arrested" and
"41 people had been detained" tell one count, which words alone do not see."""

from __future__ import annotations

import pytest

from reader.analysis.linking.told_fates import fate_pairs
from tests.analysis.sentence_pairs import feats

ARRESTS = "Police said 37 people had been arrested after clashes outside the parliament."


def test_two_close_counts_of_the_arrested_are_a_pair() -> None:
    b = "Police said 41 people had been detained near the parliament building."
    assert fate_pairs([feats(ARRESTS)], [feats(b)]) == {(0, 0)}


@pytest.mark.parametrize(
    "b",
    [
        # another fate
        "Police said 41 people had been injured near the parliament building.",
        # far in value
        "Police said 400 people had been detained near the parliament building.",
        # two fates counted
        "Police said 41 people had been detained and 12 injured near the parliament.",
        # nothing else shared
        "Some 41 people were detained on Saturday.",
    ],
)  # fmt: skip
def test_other_fates_far_counts_or_nothing_shared_are_no_pair(b: str) -> None:
    assert fate_pairs([feats(ARRESTS)], [feats(b)]) == set()
