"""A length of time the other article tells alike in another linked sentence is that
sentence's fact, not another value of the length it seems to conflict with
(reader/analysis/conflicts/days_told_elsewhere.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, MatchKind

WALK = (
    "The organisers said the marchers walked 3 km from Victory Square to the parliament, "
    "a route that took the head of the procession two hours to cover."
)
LASTED = "The protest in the capital lasted for six hours."
BOTH = (
    "Marchers walked 3 km from Victory Square to the parliament, and the protest in the "
    "capital went on for six hours."
)


def _aligned(tmp_path: Path, a: list[str], b: list[str], method: str) -> Alignment:
    (tmp_path / "a.txt").write_text("\n\n".join(a), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n".join(b), encoding="utf-8")
    return align(
        load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method=method
    )


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_a_length_told_alike_in_another_link_is_no_discrepancy(tmp_path: Path, method: str) -> None:
    al = _aligned(tmp_path, [WALK, LASTED], [BOTH], method)
    assert len({m.a for m in al.matches if m.kind is MatchKind.CLAIM}) == 2  # both linked
    assert [d.detail for d in al.discrepancies] == []


def test_a_length_told_nowhere_else_still_differs(tmp_path: Path) -> None:
    al = _aligned(tmp_path, [WALK], [BOTH], "lexical")
    assert [d.detail for d in al.discrepancies] == ["two vs six"]
