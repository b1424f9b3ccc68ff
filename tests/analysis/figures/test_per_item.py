"""A figure told of each of several things is no count of them all
(reader.analysis.figures.per_item): "took about 2,300 megawatts off the grid" was set
against "Units 3 and 4, each rated at 750MW", a discrepancy; two figures told per item
still compare."""

from __future__ import annotations

import pytest

from reader.analysis.figures.per_item import per_item
from tests.analysis.sentence_pairs import details, feats


def _per_item(text: str) -> list[bool]:
    f = feats(text)
    return [per_item(f, m) for m in f.numbers if m.kind == "number"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Units 3 and 4, each rated at 750MW, tripped.", [True]),
        ("The two wards, each with 40 beds, closed.", [False, True]),
        ("Tickets cost $40 each.", [True]),
        ("The strikers scored two goals apiece.", [True]),
        ("Each of the 12 victims was named.", [False]),  # all of them
        ("The three men each received $500.", [False, True]),  # the men counted in all
        ("The units are rated at 1,500MW in all.", [False]),
    ],
)
def test_a_figure_is_told_per_item_or_in_all(text: str, told: list[bool]) -> None:
    assert _per_item(text) == told


def test_a_figure_told_of_each_is_no_discrepancy_with_the_total() -> None:
    assert (
        details(
            "The failures took about 2,300 megawatts off a grid.",
            "Redcliff Units 3 and 4, each rated at 750MW, tripped.",
        )
        == []
    )


def test_two_figures_told_of_each_still_differ() -> None:
    assert details(
        "Units 3 and 4, each rated at 750MW, tripped on Tuesday.",
        "Units 3 and 4, each rated at 800MW, tripped on Tuesday.",
    ) == ["750MW vs 800MW"]
