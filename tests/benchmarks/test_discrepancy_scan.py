"""Tests of benchmarks/discrepancy_scan.py --check: the scan of a tiny corpus written here
(three reports of one fire, two of them telling five dead and one seven) compared with a
reviewed scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from discrepancy_scan import main, same_event_pairs, subset

_REPORT = (
    "Warehouse fire in Lisbon\n\n"
    "{dead} people died when a fire swept through a warehouse in Lisbon on Tuesday, "
    "firefighters said.\n\n"
    "The blaze started in the roof and spread quickly to the storage rooms.\n"
)
_CONFLICTS = [
    "a|b\tnumber\tFive vs Seven\t"
    "Five people died when a fire swept through a warehouse in Lisbon on Tuesday, "
    "firefighters said.\t"
    "Seven people died when a fire swept through a warehouse in Lisbon on Tuesday, "
    "firefighters said.",
    "b|c\tnumber\tSeven vs Five\t"
    "Seven people died when a fire swept through a warehouse in Lisbon on Tuesday, "
    "firefighters said.\t"
    "Five people died when a fire swept through a warehouse in Lisbon on Tuesday, "
    "firefighters said.",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """One event folder of three reports: "a" and "c" tell five dead, "b" seven."""
    root = tmp_path / "corpus"
    (root / "fire").mkdir(parents=True)
    (root / "gold.json").write_text(json.dumps({"events": {"fire": ["a", "b", "c"]}}))
    for name, dead in (("a", "Five"), ("b", "Seven"), ("c", "Five")):
        (root / "fire" / f"{name}.txt").write_text(_REPORT.format(dead=dead), encoding="utf-8")
    return root


def _reviewed(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "reviewed.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check(corpus: Path, reviewed: Path, *more: str) -> int:
    return main(
        ["--corpus", str(corpus), "--lexical", "--check", "--reviewed", str(reviewed), *more]
    )


def test_the_scan_prints_each_number_conflict_of_the_pairs(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", str(corpus), "--lexical"]) == 0
    assert capsys.readouterr().out.splitlines() == _CONFLICTS


def test_the_check_passes_when_the_scan_is_the_reviewed_one(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(corpus, _reviewed(tmp_path, _CONFLICTS)) == 0
    assert capsys.readouterr().out == ""


def test_the_check_fails_on_a_line_the_scan_adds(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(corpus, _reviewed(tmp_path, _CONFLICTS[:1])) == 1
    changed = capsys.readouterr().out.splitlines()
    assert [line for line in changed if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        "+" + _CONFLICTS[1]
    ]


def test_the_check_fails_on_a_line_the_scan_drops(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = "a|c\tnumber\tsix vs eight\tSix people died.\tEight people died."
    assert _check(corpus, _reviewed(tmp_path, [*_CONFLICTS, gone])) == 1
    assert "-" + gone in capsys.readouterr().out.splitlines()


def test_a_subset_of_pairs_is_compared_with_its_own_lines_of_the_reviewed_scan(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first pair, a|b, alone: the reviewed line of b|c is not missed."""
    assert _check(corpus, _reviewed(tmp_path, _CONFLICTS), "--pairs", "1") == 0


def test_the_subset_of_a_folder_holds_its_pairs_only(tmp_path: Path) -> None:
    pairs = [(tmp_path / f / "a.txt", tmp_path / f / "b.txt") for f in ("fire", "quake", "vote")]
    assert subset(pairs, folders=["quake", "vote"]) == pairs[1:]


def test_a_count_of_pairs_is_spread_over_the_list(tmp_path: Path) -> None:
    pairs = [(tmp_path / "fire" / f"{k}.txt", tmp_path / "fire" / "z.txt") for k in range(10)]
    assert subset(pairs, 3) == [pairs[0], pairs[3], pairs[6]]


def test_the_pairs_of_a_corpus_are_every_two_reports_of_one_folder(corpus: Path) -> None:
    names = [(a.stem, b.stem) for a, b in same_event_pairs(corpus)]
    assert names == [("a", "b"), ("a", "c"), ("b", "c")]


def test_a_missing_corpus_is_said_plainly_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run from a checkout whose parent holds no shared/ folder, the default corpus is
    missing: the scan says where it looked and how to give it, and a --check fails."""
    assert main(["--check", "--corpus", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert f"no ECB+ corpus at {tmp_path / 'nowhere'}" in err and "--corpus" in err
