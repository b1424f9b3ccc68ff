"""A counted noun hyphened of two words counts what its simple form counts
(reader/analysis/figures/hyphened_nouns.py): "Environ 400 pompiers" and "Quelque 400
sapeurs-pompiers" share their figure, "400 pompiers" and "500 sapeurs-pompiers" differ."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, shared_figures

_PAIRS = [
    ("French", "Environ 400 pompiers ont été mobilisés pour éteindre l'incendie.",
     "Quelque 400 sapeurs-pompiers ont été mobilisés pour éteindre l'incendie."),
    (None, "About 400 firefighters battled the blaze through the night.",
     "Some 400 fire-fighters battled the blaze through the night."),
    ("German", "Rund 400 Feuerwehrleute waren die ganze Nacht im Einsatz.",
     "Rund 400 Feuerwehr-Leute waren die ganze Nacht im Einsatz."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "a", "b"), _PAIRS)
def test_a_hyphened_noun_shares_the_figure_of_its_simple_form(
    language: str | None, a: str, b: str
) -> None:
    assert shared_figures(a, b, language) == [("400", "400")]


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("French", "Environ 400 pompiers ont été mobilisés pour éteindre l'incendie.",
         "Quelque 500 sapeurs-pompiers ont été mobilisés pour éteindre l'incendie.",
         "400 vs 500"),
        (None, "About 400 firefighters battled the blaze through the night.",
         "Some 600 fire-fighters battled the blaze through the night.", "400 vs 600"),
        ("German", "Rund 400 Feuerwehrleute waren die ganze Nacht im Einsatz.",
         "Rund 600 Feuerwehr-Leute waren die ganze Nacht im Einsatz.", "400 vs 600"),
    ],
)  # fmt: skip
def test_a_hyphened_noun_against_its_simple_form_with_another_figure_is_reported(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


def test_a_hyphened_noun_against_its_first_part_counts_two_things() -> None:
    a = "Some 400 fires were still burning across the region on Sunday."
    b = "Some 600 fire-fighters were still at work across the region on Sunday."
    assert details(a, b) == []


def test_a_hyphened_noun_and_crew_counts_both() -> None:
    a = "The ferry was carrying 150 holiday-makers and crew when it ran aground off Corfu."
    b = "The ferry's 140 holidaymakers were taken ashore by lifeboat."
    assert details(a, b) == []


def test_a_hyphened_noun_and_crew_shares_the_figure_of_its_simple_form() -> None:
    a = "The ferry was carrying 150 holiday-makers and crew when it ran aground."
    b = "The ferry was carrying 150 holidaymakers and crew when it hit the rocks."
    assert shared_figures(a, b) == [("150", "150")]


def test_a_hyphened_noun_and_crew_against_another_figure_is_reported() -> None:
    a = "The ferry was carrying 150 holiday-makers and crew when it ran aground off Corfu."
    b = "The ferry was carrying 180 holidaymakers and crew when it ran aground off Corfu."
    assert details(a, b) == ["150 vs 180"]
