"""One pace told per kilometre and per mile (reader/analysis/times/pace_partners.py):
"2:54 per kilometre" and "4:41 per mile" match, converted, within the second each is
told to; "4:50 per mile" does not, nor two paces per one unit."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import figure_labels, sentences_feats

_KM = "Kiptanui averaged 2:54 per kilometre in the Lakemont Marathon."


def _labels(a: str, b: str) -> list[str]:
    fa, fb = sentences_feats(a, b)
    return figure_labels(fa, fb)


def test_a_pace_per_kilometre_is_the_other_s_per_mile() -> None:
    b = "Kiptanui held a pace of about 4:41 per mile in the Lakemont Marathon."
    assert (
        "2:54 per kilometre ≈ 4:41 per mile (converted: 2:54 per kilometre is 4:40 per mile)"
        in _labels(_KM, b)
    )


@pytest.mark.parametrize(
    "b",
    ["Kiptanui held a pace of 4:50 per mile in the Lakemont Marathon.",
     "Kiptanui averaged 2:58 per kilometre in the Lakemont Marathon."],
)  # fmt: skip
def test_another_pace_is_no_match(b: str) -> None:
    assert _labels(_KM, b) == []
