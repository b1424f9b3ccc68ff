"""Shares of two wholes (reader/analysis/figures/share_wholes.py): "28.4% of staff" on
strike and "33% of trains" cancelled are no two values of one figure; a share whose whole
the other sentence names too still compares."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        ("Selon la direction de la CNF, 28,4 % des agents étaient en grève jeudi matin.",
         "Grève à la CNF : 33 % des TGV supprimés jeudi matin.", "French"),
        ("According to CNF, 28.4% of staff were on strike at CNF on Thursday morning.",
         "Strike at CNF: 33% of trains cancelled on Thursday morning.", None),
    ],
)  # fmt: skip
def test_shares_of_two_wholes_are_not_at_odds(a: str, b: str, language: str | None) -> None:
    assert details(a, b, language) == []


@pytest.mark.parametrize(
    ("a", "b", "language", "told"),
    [
        ("Selon la direction, 28,4 % des agents étaient en grève jeudi matin.",
         "La direction avance un taux de 38 % de grévistes parmi les agents jeudi matin.",
         "French", "28,4 % vs 38 %"),
        ("According to the company, 28.4% of staff were on strike on Thursday.",
         "The company said 38% of staff were on strike on Thursday.", None, "28.4% vs 38%"),
    ],
)  # fmt: skip
def test_shares_of_one_whole_are_at_odds(a: str, b: str, language: str | None, told: str) -> None:
    assert details(a, b, language) == [told]
