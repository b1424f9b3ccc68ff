"""A rate told in words as a hertz's own (figures/device_units): "refreshes 120 times a
second" is the "120Hz" another outlet writes, and "90 times a second" differs from it;
"three times a week" and "twice a day" keep their meaning."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, numbers, shared_figures

_HZ = "The screen has a 120Hz refresh rate."


# was no shared figure: "120" counted times, "120Hz" hertz
@pytest.mark.parametrize(
    "told",
    ["The screen refreshes 120 times a second.", "The screen refreshes 120 times per second."],
)
def test_times_a_second_is_the_rate_in_hertz(told: str) -> None:
    assert shared_figures(_HZ, told) == [("120", "120")]


# was no discrepancy
def test_another_rate_a_second_differs() -> None:
    assert details(_HZ, "The screen refreshes 90 times a second.") == ["120Hz vs 90 times a second"]


# the guard (as on main): a count of times in a week stays one
def test_times_a_week_stays_a_count_of_times() -> None:
    assert [m.unit_word for m in numbers("He trains three times a week.")] == ["time"]
