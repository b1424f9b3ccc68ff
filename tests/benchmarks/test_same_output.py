"""Tests of benchmarks/same_output.py: two trees' `crossread align` outputs compared but
for their timing."""

from __future__ import annotations

import json

import pytest
from same_output import CORPUS, pairs, without_timing

_OUTPUT = (
    json.dumps(
        {"schema": "x", "timing_ms": {"align": 377.2, "model": 0.0}, "matches": [{"id": "m1"}]},
        indent=1,
    )
    + "\n"
)


def test_only_the_timing_figures_are_put_aside() -> None:
    other = _OUTPUT.replace("377.2", "12.5").replace(": 0.0", ": 210.4")
    assert without_timing(other) == without_timing(_OUTPUT)
    assert '"matches"' in without_timing(_OUTPUT) and '"m1"' in without_timing(_OUTPUT)
    assert "377" not in without_timing(_OUTPUT)


def test_another_difference_is_kept() -> None:
    assert without_timing(_OUTPUT.replace('"m1"', '"m2"')) != without_timing(_OUTPUT)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the ECB+ corpus is not here")
def test_the_sample_pair_and_twenty_ecb_pairs() -> None:
    chosen = pairs()
    assert len(chosen) == 21 and len(set(chosen)) == 21
    assert all(a.is_file() and b.is_file() and a != b for a, b in chosen)
