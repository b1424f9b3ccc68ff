"""A figure one article revises, in its next sentence, to the other article's value is the
one that stood before, no discrepancy (reader/analysis/conflicts/revised_figures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.conflicts.revised_figures import revised_next
from reader.ingest import load_document
from reader.model import MatchKind
from tests.analysis.sentence_pairs import sentences_feats

MORNING = "The coast guard said in the morning that 29 bodies had been recovered."
BODIES = "The coast guard has recovered 41 bodies from the sea south of Crete."


def _revised(a: list[str], b: list[str]) -> list[bool]:
    """For each conflict of A's first sentence and B's first, whether it is revised."""
    fa, fb = sentences_feats(*a), sentences_feats(*b)
    return [revised_next(c, 0, 0, (fa, fb)) for c in conflicts(fa[0], fb[0])]


@pytest.mark.parametrize(
    "then",
    [
        "By Thursday evening it had raised the toll to 41.",
        "The number of dead later rose to 41.",
        "The coast guard later revised it to 41.",
        "By nightfall the toll had climbed to at least 41.",
    ],
)
def test_a_figure_revised_in_the_next_sentence_to_the_other_s_is_no_conflict(then: str) -> None:
    assert _revised([MORNING, then], [BODIES]) == [True]


def test_a_figure_revised_in_the_other_article_is_no_conflict_either() -> None:
    then = "By evening it had raised the toll to 41."
    fa, fb = sentences_feats(BODIES), sentences_feats(MORNING, then)
    assert [revised_next(c, 0, 0, (fa, fb)) for c in conflicts(fa[0], fb[0])] == [True]


@pytest.mark.parametrize(
    "then",
    [
        "Another 41 people were injured.",  # the figure, but no revision
        "By Thursday evening it had raised the toll to 43.",  # revised to another value
        "Rescuers searched through the night.",
    ],
)
def test_a_figure_not_revised_to_the_other_s_still_conflicts(then: str) -> None:
    assert _revised([MORNING, then], [BODIES]) == [False]


def test_a_revision_two_sentences_on_does_not_count() -> None:
    later = "By Thursday evening it had raised the toll to 41."
    assert _revised([MORNING, "Rescuers searched through the night.", later], [BODIES]) == [False]


@pytest.mark.parametrize("method", ["lexical", "semantic"])
def test_an_updated_toll_is_no_discrepancy_of_the_pair(tmp_path: Path, method: str) -> None:
    (tmp_path / "a.txt").write_text(
        f"{MORNING} By Thursday evening it had raised the toll to 41.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(BODIES, encoding="utf-8")
    al = align(load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt"), method=method)
    morning = [m for m in al.matches if m.kind is MatchKind.CLAIM and "29" in al.a.slice(m.a)]
    assert morning  # the morning's sentence is linked to B's
    assert [d.detail for d in al.discrepancies] == []
