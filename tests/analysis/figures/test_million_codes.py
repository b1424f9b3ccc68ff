"""Millions of a currency written as "M" glued to its code, as Nordic business copy
writes them (reader/analysis/figures/million_codes.py): on main "MNOK 400" was 400 of
nothing with a name "MNOK", "400 MNOK" 400 of "mnok"; now each is 400 million Norwegian
crowns, one sum with "NOK 400m", and "MNOK" no name."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, sums


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Selskapet fikk MNOK 400 i støtte.", "MNOK 400"),
        ("Selskapet fikk 400 MNOK i støtte.", "400 MNOK"),
    ],
)
def test_millions_of_crowns_glued_to_their_code_are_a_sum(text: str, surface: str) -> None:
    assert sums(text) == [(surface, "num:4e+08", "nok")]


def test_millions_of_swedish_crowns_glued_to_their_code_are_a_sum() -> None:
    assert sums("Bolaget fick 12 MSEK i stöd.", "Swedish") == [("12 MSEK", "num:1.2e+07", "sek")]


def test_the_code_of_millions_is_no_name() -> None:
    assert [n.surface for n in feats("The company received MNOK 400 in support.").names] == []


def test_millions_glued_to_their_code_disagree_with_another_sum_of_crowns() -> None:
    assert details(
        "The company received MNOK 400 in support.", "The company received NOK 450m in support."
    ) == ["MNOK 400 vs NOK 450m"]
