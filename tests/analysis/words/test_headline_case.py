"""Tests of reader/analysis/words/headline_case.py: which lines are Title Case or ALL CAPS."""

from __future__ import annotations

import pytest

from reader.analysis.words.headline_case import headline_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tara Reid Finally Checks Into Rehab For Undisclosed Reasons", True),
        ("FALLOUT CONTINUES AFTER BRAZEN ESCAPE", True),
        ("Ellen DeGeneres Returns to Host the Oscars", True),
        ("Putin, Kim pledge 'mutual assistance' in event of outside aggression", False),
        ("Kim Jong Un met Vladimir Putin in Pyongyang.", False),
        ("Lindsay Lohan checks into rehab at Betty Ford Center", False),
        ("Big Win", False),
        ("400 Al-Shabaab Fighters Killed", True),
        ("Indian Navy captures 26 Somali pirates in Gulf of Aden", False),  # ECB+ 12_4ecbplus
    ],
)
def test_headline_case(text: str, expected: bool) -> None:
    assert headline_case(text) is expected
