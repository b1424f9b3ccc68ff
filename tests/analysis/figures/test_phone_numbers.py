"""A telephone number (reader.analysis.figures.phone_numbers) is no figure: two outlets
giving one hotline share nothing to compare, and its groups are no counts."""

from __future__ import annotations

import pytest

from reader.analysis.figures.phone_numbers import phone_numbers
from tests.analysis.sentence_pairs import feats, shared_figures


@pytest.mark.parametrize(
    "number",
    ["1-800-555-0199", "0800 151 2026", "(555) 014-2290", "+44 20 7946 0958", "555.014.2290"],
)
def test_a_telephone_number_is_no_figure(number: str) -> None:
    assert feats(f"Owners can call the company at {number} for details.").numbers == []


# were 800 · 800, 555 · 555 and 0199 · 0199: three Numbers matches of one hotline
def test_one_hotline_told_by_both_is_no_numbers_match() -> None:
    a = "Owners can check their VIN or call Halvard at 1-800-555-0199."
    b = "Owners can call Halvard customer service at 1-800-555-0199."
    assert shared_figures(a, b) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund holds 1 200 300 400 euros.",  # thousands spaced: one figure
        "Dealers were notified on 2026-11-24.",  # a date, eight digits
        "She won 6-4 6-3 7-5 in the final.",  # a score
        "The vote was 52-47-1 in the chamber.",
    ],
)
def test_figures_joined_by_hyphens_or_spaces_are_no_telephone_number(text: str) -> None:
    assert list(phone_numbers(text)) == []


def test_the_figures_around_a_telephone_number_are_read() -> None:
    text = "The 412,000 owners can call 1-800-555-0199 within 30 days."
    assert [m.surface for m in feats(text).numbers] == ["412,000", "30"]
