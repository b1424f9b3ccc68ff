"""The gold files the quality benchmark scores against are well-formed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

LEVELS = {"core", "related"}


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _links(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Every link of a gold file: one pair's file, or the per-pair ECB+ files."""
    if isinstance(gold["pairs"], list):
        return list(gold["pairs"])
    return [link for pair in gold["pairs"].values() for link in pair["pairs"]]


GOLDS = ["seed_gold.json", "heldout_athens_gold.json", "heldout_esa_gold.json"]
READER = ["ecbplus_reader_gold.json", "ecbplus_reader_gold_second.json"]
READER += ["ecbplus_reader_gold_heldout.json"]
GOLDS += READER


@pytest.mark.parametrize("name", GOLDS)
def test_every_link_has_a_level_and_text_on_both_sides(data_dir: Path, name: str) -> None:
    links = _links(_load(data_dir / name))
    assert links
    for link in links:
        assert link["level"] in LEVELS
        assert link["a"] and link["b"]
        assert all(isinstance(t, str) and t.strip() for t in (*link["a"], *link["b"]))


@pytest.mark.parametrize("name", READER)
def test_reader_gold_line_numbers_match_its_texts(data_dir: Path, name: str) -> None:
    for key, pair in _load(data_dir / name)["pairs"].items():
        assert key.count("|") == 1 and set(pair["files"]) == {"a", "b"}
        for link in pair["pairs"]:
            assert len(link["a_lines"]) == len(link["a"]) and min(link["a_lines"]) >= 1
            assert len(link["b_lines"]) == len(link["b"]) and min(link["b_lines"]) >= 1


def test_second_reader_pass_covers_pairs_of_the_first(data_dir: Path) -> None:
    first = _load(data_dir / "ecbplus_reader_gold.json")["pairs"]
    second = _load(data_dir / "ecbplus_reader_gold_second.json")["pairs"]
    assert len(first) == 40
    assert set(second) <= set(first)
    for key in second:
        assert second[key]["files"] == first[key]["files"]


def test_held_out_reader_gold_shares_no_pair_with_the_first(data_dir: Path) -> None:
    first = _load(data_dir / "ecbplus_reader_gold.json")["pairs"]
    held = _load(data_dir / "ecbplus_reader_gold_heldout.json")["pairs"]
    assert len(held) == 20
    assert not set(held) & set(first)


def test_discrepancy_gold_lists_values_found_in_their_lines(data_dir: Path) -> None:
    pairs = _load(data_dir / "ecbplus_discrepancy_gold.json")["pairs"]
    assert len(pairs) == 60
    for pair in pairs.values():
        for d in pair["discrepancies"]:
            assert d["certainty"] in {"clear", "arguable"}
            assert d["a_value"].lower() in " ".join(d["a"]).lower()
            assert d["b_value"].lower() in " ".join(d["b"]).lower()
