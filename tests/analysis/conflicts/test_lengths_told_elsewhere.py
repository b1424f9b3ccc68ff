"""A length of time (or a time of day) the other article tells alike in another linked
sentence is that sentence's fact, not another value of the length it seems to conflict
with (reader/analysis/conflicts/days_told_elsewhere.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.days_told_elsewhere import told_alike_elsewhere
from reader.analysis.conflicts.told_times import clock_conflicts
from reader.ingest import load_document
from reader.model import Alignment, MatchKind
from tests.analysis.sentence_pairs import feats

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


# was "14h30 vs 03h40" by the sentence model (the evacuation order linked to the alert):
# a time of day told alike by another sentence linked to its own is that sentence's
ALERT_A = "O alerta foi dado às 3h40 de sábado."
ORDER_A = "A ordem de retirada foi dada às 14h30 de sábado."
ALERT_B = "O alerta foi dado às 03h40 de sábado."
ORDER_B = "A retirada começou pelas 14h30 de sábado."


def _told_elsewhere(side_a: list[str], side_b: list[str], of_a: dict[int, list[int]]) -> bool:
    """Whether the clock conflict of A's order (the last of ``side_a``) and B's alert (the
    first of ``side_b``) is told alike elsewhere, the sentences linked as ``of_a`` says."""
    fa = [feats(t, "Portuguese") for t in side_a]
    fb = [feats(t, "Portuguese") for t in side_b]
    of_b: dict[int, list[int]] = {}
    for i, js in of_a.items():
        for j in js:
            of_b.setdefault(j, []).append(i)
    (c,) = clock_conflicts(fa[-1], fb[0])
    assert c.detail == "14h30 vs 03h40"
    return told_alike_elsewhere(c, len(fa) - 1, 0, (of_a, of_b), (fa, fb))


def test_a_time_told_alike_in_another_link_is_no_discrepancy() -> None:
    assert _told_elsewhere([ALERT_A, ORDER_A], [ALERT_B, ORDER_B], {0: [0], 1: [0, 1]})


def test_a_time_told_nowhere_else_still_differs() -> None:
    assert not _told_elsewhere([ORDER_A], [ALERT_B], {0: [0]})
