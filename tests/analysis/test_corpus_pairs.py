"""Beyond the seed pair: real articles of one event share facts; of two events, few."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind


@pytest.fixture(scope="module")
def ecb(data_dir: Path) -> Path:
    return data_dir / "ecb"


def claims(al: Alignment) -> list[tuple[str, str]]:
    return [(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.CLAIM]


def density(al: Alignment) -> float:
    return len(claims(al)) * 10 / (len(al.a.sentences) + len(al.b.sentences))


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_same_event_articles_share_the_central_fact(ecb: Path, method: str) -> None:
    al = align(
        load_document(ecb / "1_10ecb.txt"), load_document(ecb / "1_11ecb.txt"), method=method
    )
    assert any("Promises Treatment Center" in a and "Promises" in b for a, b in claims(al))


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_different_events_of_one_kind_link_far_less(ecb: Path, method: str) -> None:
    reid = load_document(ecb / "1_10ecb.txt")
    same = align(reid, load_document(ecb / "1_11ecb.txt"), method=method)
    other = align(reid, load_document(ecb / "1_10ecbplus.txt"), method=method)
    assert density(other) * 3 <= density(same)


def test_shared_quotation_found_with_speaker(ecb: Path) -> None:
    al = align(load_document(ecb / "1_10ecb.txt"), load_document(ecb / "1_11ecb.txt"))
    quotes = [m for m in al.matches if m.kind is MatchKind.QUOTE]
    assert any("appreciate your respect" in al.a.slice(m.a) for m in quotes)
    assert any(m.speaker == "Jack Ketsoyan" for m in quotes)
