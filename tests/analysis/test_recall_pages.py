"""A fact-checker's vehicle recall pair (tests/data/pages/recall_*): a motoring site
("412,000 Corsan compact SUVs from the 2021-2024 model years", "torqued to 35 Nm", "the
2022-24 Corsan Hybrid", "three crashes", "1-800-555-0199", "fell 2.1%") and a wire ("more
than 400,000 Corsan sport utility vehicles from model years 2021 through 2024", "35
newton-metres", "the 2022 to 2024 Corsan", "five crashes", "closed down 2%"), aligned by
both methods: the vehicles told rounded, the countries' parts, the model years, the
torque, the regulator by acronym, the dealers' day and the share move are no
discrepancy; the crashes, three against five, are one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment, MatchKind
from tests.page_pairs import entity_pairs, figure_pairs, quoted, shown_discrepancies
from tests.recall_pages import recall_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def recall(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return recall_alignment(data_dir, request.param)


# was also "2.1% vs 2% (change)": the share move told rounded
def test_the_crashes_are_the_one_discrepancy(recall: Alignment) -> None:
    assert shown_discrepancies(recall) == ["three vs five crashes"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("318,000", "318,000"),  # the US part, told alike
        ("94,000", "94,000"),  # the Canadian part, "about" in B
        ("2021", "2021"),  # "2021-2024" / "2021 through 2024"
        ("2024", "2024"),
        ("Nov. 24", "November 24"),  # the dealers' notice
        ("Tuesday", "Dec 1"),
    ],
)
def test_the_parts_the_model_years_and_the_days_agree(recall: Alignment, a: str, b: str) -> None:
    assert (a, b) in figure_pairs(recall)


# was no match: a bound of one digit ("more than 400,000") held no figure
def test_the_vehicles_told_rounded_are_one_figure(recall: Alignment) -> None:
    assert figure_pairs(recall).count(("412,000", "400,000")) >= 2


# was a count of 24: "the 2022-24 Corsan Hybrid" is of the years 2022 to 2024
def test_the_hybrid_s_short_years_are_the_years_told_in_full(recall: Alignment) -> None:
    pairs = figure_pairs(recall)
    assert ("24", "2024") in pairs
    assert ("2022", "2022") in pairs


# was no match: "Nm" and "newton-metres" counted two things
def test_the_torque_is_one_figure(recall: Alignment) -> None:
    assert ("35 Nm", "35 newton-metres") in figure_pairs(recall)


# was "2.1% vs 2% (change)", a discrepancy
def test_the_share_move_told_rounded_is_one_figure(recall: Alignment) -> None:
    assert ("2.1%", "2%") in figure_pairs(recall)


# were 800 · 800, 555 · 555, 0199 · 0199: the hotline's groups read as counts
def test_the_hotline_is_no_figure(recall: Alignment) -> None:
    assert not [p for p in figure_pairs(recall) if p[0] in ("1", "800", "555", "0199")]


def test_the_campaign_and_the_part_numbers_are_no_figures_matched(recall: Alignment) -> None:
    assert not [p for p in figure_pairs(recall) if p[0] in ("26", "318", "55", "1204")]


def test_the_regulator_named_in_full_is_its_acronym(recall: Alignment) -> None:
    assert ("Motor Vehicle Safety Board", "MVSB") in entity_pairs(recall)


@pytest.mark.parametrize("name", ["Halvard Motors", "Corsan", "Canada", "Marisol Dufresne"])
def test_the_maker_the_model_and_the_spokeswoman_are_named_alike(
    recall: Alignment, name: str
) -> None:
    assert (name, name) in entity_pairs(recall)


def test_the_spokeswoman_s_words_are_matched_both_ways(recall: Alignment) -> None:
    quotes = [m for m in recall.matches if m.kind is MatchKind.QUOTE]
    assert len(quotes) == 2
    assert {m.speaker for m in quotes} == {"Marisol Dufresne"}


def test_her_words_only_in_a_are_hers(recall: Alignment) -> None:
    assert ('"Owners do not need to wait fo', "Marisol Dufresne") in quoted(recall, "a")
