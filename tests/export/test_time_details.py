"""A discrepancy of two clock times is a time in the exports: the launch pair's capsule
separated at "10:44 a.m. EDT" in A and "14:46 UTC" in B, exported as "(date: A vs B)"
as if the two named other days."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.export import render_export
from reader.model.session import Session
from tests.launch_pages import launch_alignment

SEPARATION = "10:44 a.m. EDT vs 14:46 UTC (10:44 a.m. EDT is 14:44 UTC)"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_time_discrepancy_is_exported_as_a_time(data_dir: Path, fmt: str) -> None:
    text = render_export(Session(launch_alignment(data_dir, "lexical")), fmt).decode()
    assert f"{SEPARATION[:-1]}; time: A vs B)" in text
    assert "(date: A vs B)" not in text
