"""English lists whose noun is said once: "Labour won 312 seats, the Conservatives 121 and
the Liberal Democrats 72" (figures/elided_units.listed_after_count, figure_names): each
later figure, after a party's name, counts seats, not a model's number of the name."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats

_A = "Labour won 312 seats, the Conservatives 121 and the Liberal Democrats 72."


def _counted(text: str) -> dict[str, str]:
    return {m.surface: m.unit_word for m in feats(text).numbers}


# was {"312": "seat", "72": ""}: "121" read as the Conservatives' number, "72" as nothing's
@pytest.mark.parametrize(
    "sentence", [_A, "Labour won 312 seats, the Conservatives 121, and the Liberal Democrats 72."]
)
def test_each_later_item_counts_the_noun_said_once(sentence: str) -> None:
    assert _counted(sentence) == {"312": "seat", "121": "seat", "72": "seat"}


# was no figure at all: "the Republicans 49" read as a name's number
def test_a_second_item_after_and_counts_the_noun() -> None:
    assert _counted("The Democrats hold 51 seats and the Republicans 49.")["49"] == "seat"


# was no discrepancy: two later items told apart
def test_a_later_item_told_otherwise_is_a_discrepancy() -> None:
    b = "Labour won 312 seats, the Conservatives 121 and the Liberal Democrats 71."
    assert any(d.startswith("72 vs 71") for d in details(_A, b))


# the guards (as on main): a road's or a model's number after a name stays the name's
@pytest.mark.parametrize(
    "sentence",
    [
        "The crash closed 12 lanes on Oregon 214.",
        "The airline bought 3 jets and two Boeing 747 jets.",
    ],
)
def test_a_number_of_a_name_outside_a_list_stays_the_name_s(sentence: str) -> None:
    assert set(_counted(sentence)) <= {"12", "3", "two"}
