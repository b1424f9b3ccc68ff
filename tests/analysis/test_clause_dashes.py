"""A hyphen set off by spaces (" - ", " -- ") ends a clause as a dash or a comma does:
in "initially put at 41 - the toll now stands at 58 -" the 58 is the toll told now, not
an earlier one; the hyphen of a word ("three-storey") ends nothing."""

from __future__ import annotations

import pytest

from reader.analysis.figures.earlier_occasions import figure_clause
from reader.analysis.words.clauses import occasion_before
from tests.analysis.sentence_pairs import details, feats


@pytest.mark.parametrize(
    ("a", "b", "language"),
    [
        (
            "The death toll, initially put at 41 - the toll now stands at 58 dead - is "
            "expected to rise.",
            "The death toll now stands at 62 dead.",
            None,
        ),
        (
            "The death toll, initially put at 41 -- the toll now stands at 58 dead -- is "
            "expected to rise.",
            "The death toll now stands at 62 dead.",
            None,
        ),
        (
            "Le bilan, initialement de 41 morts - il est désormais de 58 morts - pourrait "
            "encore s'alourdir.",
            "Le bilan est désormais de 62 morts.",
            "French",
        ),
        (
            "Die Zahl der Toten, zunächst mit 41 angegeben - inzwischen sind es 58 Tote - "
            "dürfte weiter steigen.",
            "Inzwischen gibt es 62 Tote.",
            "German",
        ),
        (
            "El balance, inicialmente de 41 muertos - ahora asciende a 58 muertos - podría "
            "aumentar.",
            "El balance asciende ahora a 62 muertos.",
            "Spanish",
        ),
        (
            "Il bilancio, inizialmente di 41 morti - ora è salito a 58 morti - potrebbe "
            "aggravarsi.",
            "Il bilancio è salito a 62 morti.",
            "Italian",
        ),
        (
            "O balanço, inicialmente de 41 mortos - agora chega a 58 mortos - pode aumentar.",
            "O balanço chega agora a 62 mortos.",
            "Portuguese",
        ),
    ],
)
def test_a_figure_after_a_spaced_hyphen_is_told_now(a: str, b: str, language: str | None) -> None:
    # the 58 disagrees with the 62; the 41 of the earlier clause is still no figure of now
    assert details(a, b, language) == ["58 vs 62"]


def test_the_figure_before_the_hyphen_is_still_earlier() -> None:
    assert (
        details(
            "The death toll, initially put at 41 - the toll now stands at 58 dead - is "
            "expected to rise.",
            "The quake killed 41 people.",
        )
        == []
    )


def test_a_hyphen_inside_a_word_ends_no_clause() -> None:
    text = "The first-floor fire initially killed 41 people in the three-storey building."
    start = text.index("41")
    before, after = figure_clause(text, start, start + 2)
    assert before == "The first-floor fire initially killed "
    assert after == " people in the three-storey building."


def test_a_time_after_a_spaced_hyphen_is_past_the_clause_before_it() -> None:
    # "after" of the clause before the hyphen tells no other occasion of "Saturday"
    text = "The pirates gave up the chase after an hour - they boarded the tanker on Saturday."
    assert not occasion_before(feats(text), text.index("Saturday"))


def test_a_time_in_the_clause_of_after_is_still_another_occasion() -> None:
    text = "The pirates boarded the tanker after a chase on Saturday."
    assert occasion_before(feats(text), text.index("Saturday"))
