"""Clock times of quotations in one notation, a zone kept only where two quotations give
the same time in two zones."""

from __future__ import annotations

import pytest

from reader.analysis.times.clock_notation import agreed_zones, one_notation


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("at 6:41pm pst this evening", "at t1841pst this evening"),
        ("at 18:41 this evening", "at t1841 this evening"),
        ("(0241 gmt friday)", "(t0241gmt friday)"),
        ("um 18.41 uhr", "um t1841"),
        ("at 18:41 local time", "at t1841"),
    ],
)
def test_one_notation(text: str, written: str) -> None:
    assert one_notation(text) == written


@pytest.mark.parametrize(
    ("a", "b", "agreed"),
    [
        (("at", "t1841pst"), ("at", "t1841"), (("at", "t1841"), ("at", "t1841"))),
        (("at", "t1841pst"), ("at", "t1841pst"), (("at", "t1841"), ("at", "t1841"))),
        (("at", "t1841pst"), ("at", "t1841gmt"), (("at", "t1841pst"), ("at", "t1841gmt"))),
        (("at", "t1841pst"), ("at", "t0241gmt"), (("at", "t1841"), ("at", "t0241"))),
    ],
)
def test_agreed_zones(
    a: tuple[str, ...], b: tuple[str, ...], agreed: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert agreed_zones(a, b) == agreed
