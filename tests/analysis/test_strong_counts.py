"""A figure hyphened to "strong" tells the size of what follows (reader/analysis/
counted_words.py): "a 5,000-strong force" counts the force, not "strong", and is no
qualifier such as "an eight-year offer"; "a 400-strong contingent of Kenyan troops"
counts the troops, as "400 Kenyan troops" does."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Uganda has sent a 5,000-strong force to Mogadishu.", "forc"),
        ("The 400-strong contingent arrived in Mogadishu on Monday.", "conting"),
        ("Burundi sent a 5,000-strong African Union force to Mogadishu.", "forc"),
        ("The 2,000-strong crowd marched on parliament.", "crowd"),
        ("Kenya sent a 400-strong contingent of Kenyan troops to the border.", "kenyan"),
        ("A 40-strong team of experts will examine the wreck.", "expert"),
        ("The 400-strong contingent of the Kenyan army crossed the border.", "conting"),
    ],
)  # fmt: skip
def test_a_strong_figure_counts_the_noun_after_it(text: str, counted: str) -> None:
    assert [(m.unit_word, m.qualifier) for m in feats(text).numbers] == [(counted, False)]


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Uganda has sent a 5,000-strong force to Mogadishu, the army said.",
         "Uganda has sent a 4,000-strong force to Mogadishu, the army said.", "5,000 vs 4,000"),
        ("Burundi sent a 5,000-strong African Union force to Mogadishu last year.",
         "Burundi sent a 6,000-strong African Union force to Mogadishu last year.",
         "5,000 vs 6,000"),
        ("Kenya sent a 400-strong contingent of Kenyan troops to the border on Sunday.",
         "Kenya sent 300 Kenyan troops to the border on Sunday.", "400 vs 300"),
    ],
)  # fmt: skip
def test_a_strong_figure_against_another_figure_is_reported(a: str, b: str, detail: str) -> None:
    assert details(a, b) == [detail]


def test_a_strong_contingent_of_troops_shares_its_figure_with_the_troops() -> None:
    a = "Kenya sent a 400-strong contingent of Kenyan troops to the border on Sunday."
    b = "Kenya sent 400 Kenyan troops to the border on Sunday."
    assert shared_figures(a, b) == [("400", "400")]


def test_a_figure_hyphened_to_another_word_is_still_a_qualifier() -> None:
    text = "The Angels made an eight-year offer to Teixeira."  # as ECB+ 10_8ecb words it
    assert [(m.unit_word, m.qualifier) for m in feats(text).numbers] == [("year", True)]
