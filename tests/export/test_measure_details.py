"""A discrepancy between two measures of one unit tells each figure with its unit as
written ("12 feet vs 14 feet", as "130 mph vs 240km/h" is told, with what 240 km/h comes
to), the same in the text summary of ``crossread align``, its JSON and the exports (and
the Matches panel's Differs column: tests/ui/test_matches_dock.py). The pair is
tests/surge_pair.py's: the storm pair with the surge told in feet on both sides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.export import render_export
from reader.model import Alignment, Discrepancy
from reader.model.session import Session
from reader.report import json_summary, text_summary
from tests.surge_pair import SURGE, surge_alignment


@pytest.fixture(scope="module")
def surge(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Alignment:
    return surge_alignment(data_dir, tmp_path_factory.mktemp("surge"))


def _surge_of(al: Alignment) -> Discrepancy:
    return next(d for d in al.discrepancies if "feet" in d.detail)


def test_the_discrepancy_tells_each_figure_with_its_unit(surge: Alignment) -> None:
    d = _surge_of(surge)
    assert (d.shown, surge.a.slice(d.a), surge.b.slice(d.b)) == (SURGE, "12 feet", "14 feet")


def test_the_text_summary_tells_it(surge: Alignment) -> None:
    assert f"  number: {SURGE} (in {_surge_of(surge).match})" in text_summary(surge)


def test_the_json_summary_keeps_its_keys_the_detail_telling_both_units(surge: Alignment) -> None:
    found = json_summary(surge)["discrepancies"]
    assert isinstance(found, list)
    [entry] = [d for d in found if "feet" in d["detail"]]
    assert (entry["kind"], entry["detail"], entry["counted"]) == ("number", SURGE, None)


def test_the_markdown_export_tells_it(surge: Alignment) -> None:
    assert f"**Differs:** {SURGE} (number: A vs B)" in render_export(Session(surge), "md").decode()


def test_the_json_export_tells_it(surge: Alignment) -> None:
    data = json.loads(render_export(Session(surge), "json"))
    entry = next(e for e in data["entries"] if e.get("match") == _surge_of(surge).match)
    assert entry["discrepancies"] == [SURGE]
