"""A round count a reporter gave for an exact one is that count rounded, no discrepancy
(reader/analysis/figures/rounded_figures.py): "a crowd of 52,341" and "52,000 fans", told
with no "more than" or "about". The round figure ends in three zeros at least (two under
a thousand), the exact one rounds to it and lies within 2% of it; other figures, however
close, still differ."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A crowd of 52,341 watched the final.", "52,000 fans watched the final."),
        ("A crowd of 52,341 watched the final.", "Fifty-two thousand fans watched the final."),
        ("The alliance received 1,204,331 votes.", "The alliance had 1,200,000 votes."),
        ("The deal is worth $2,013,000, the club said.",
         "The deal is worth $2 million, the club said."),
        ("A crowd of 497 watched the match.", "500 fans watched the match."),
        # ECB+-like tolls: a reporter's round toll for the count the other gives
        ("The attacks killed 2,977 people in New York.",
         "The attacks killed 3,000 people in New York."),
        ("The earthquake killed 1,013 people, officials said.",
         "The earthquake killed 1,000 people, officials said."),
    ],
)  # fmt: skip
def test_a_round_count_given_for_an_exact_one_is_no_discrepancy(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        # far apart, however round
        ("100 people attended the vigil.", "140 people attended the vigil.", "100 vs 140"),
        ("The fire killed 100 people.", "The fire killed 140 people.", "100 vs 140"),
        ("The fire killed 17 people.", "The fire killed 14 people.", "17 vs 14"),
        ("1,200 workers were evacuated.", "1,400 workers were evacuated.", "1,200 vs 1,400"),
        ("A crowd of 57,341 watched the final.", "52,000 fans watched the final.",
         "57,341 vs 52,000"),
        # close, but not that one rounded: 52,600 rounds to 53,000
        ("A crowd of 52,600 watched the final.", "52,000 fans watched the final.",
         "52,600 vs 52,000"),
        # "1,200" tells its hundreds: 1,214 is another toll
        ("The earthquake killed 1,214 people.", "The earthquake killed 1,200 people.",
         "1,214 vs 1,200"),
        # a hundred and a few off: two tolls (98 is 2.04% off)
        ("The fire killed 98 people.", "The fire killed 100 people.", "98 vs 100"),
        # two round figures, and two percentages
        ("53,000 fans watched the final.", "52,000 fans watched the final.", "53,000 vs 52,000"),
        ("Turnout was 99%.", "Turnout was 100%.", "99% vs 100%"),
    ],
)  # fmt: skip
def test_figures_not_one_rounded_still_differ(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_a_round_count_is_matched_to_the_exact_one_as_rounded() -> None:
    a, b = "A crowd of 52,341 watched the final.", "52,000 fans watched the final."
    assert shared_figures(a, b) == [("52,341", "52,000")]
