"""A wire brief and a long read of one library fire (tests/data/pages, forty-fifth
session): the books each counts disagree, and the brief's own fact, the insurance cover,
is a passage only in the brief, with the sentence model and on words alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.analysis import align
from reader.ingest import load_document
from reader.model import Alignment, DiscrepancyKind, MatchKind

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"
INSURANCE = "The town's insurance policy covers up to $3.2 million in damage to the building"


@cache
def _aligned(method: str) -> Alignment:
    a = load_document(PAGES / "brief_ashbury_library_fire.html")
    b = load_document(PAGES / "feature_ashbury_library_fire.html")
    return align(a, b, method=method)


@pytest.mark.parametrize("method", ["semantic", "lexical"])
def test_the_books_the_brief_and_the_feature_count_disagree(method: str) -> None:
    al = _aligned(method)
    found = [
        (al.a.slice(d.a), al.b.slice(d.b))
        for d in al.discrepancies
        if d.kind is DiscrepancyKind.NUMBER
    ]
    assert ("40,000", "45,000") in found


@pytest.mark.parametrize("method", ["semantic", "lexical"])
def test_the_insurance_cover_is_only_in_the_brief(method: str) -> None:
    al = _aligned(method)
    assert any(al.a.slice(s).startswith(INSURANCE) for s in al.only_a)


@pytest.mark.parametrize("method", ["semantic", "lexical"])
def test_the_town_manager_named_with_his_office_links_no_claim(method: str) -> None:
    al = _aligned(method)
    linked = [
        al.b.slice(m.b)
        for m in al.matches
        if m.kind is MatchKind.CLAIM and al.a.slice(m.a).startswith(INSURANCE)
    ]
    assert linked == []


@pytest.mark.parametrize("method", ["semantic", "lexical"])
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("No one was inside the building", "No one was inside the building"),
        ("The state fire marshal's office", "On Wednesday they said they believe"),
        ("The blaze broke out", "Fire Chief Dana Whitcomb said 60 firefighters"),
    ],
)
def test_the_brief_s_facts_the_feature_tells_stay_linked(method: str, a: str, b: str) -> None:
    al = _aligned(method)
    assert any(
        al.a.slice(m.a).startswith(a) and al.b.slice(m.b).startswith(b)
        for m in al.matches
        if m.kind is MatchKind.CLAIM
    )


# the brief's dateline "ASHBURY, Vt." and the feature's "A Vermont town": no entity match
@pytest.mark.parametrize("method", ["semantic", "lexical"])
def test_the_brief_s_dateline_state_is_the_feature_s_vermont(method: str) -> None:
    al = _aligned(method)
    named = {(al.a.slice(m.a), al.b.slice(m.b)) for m in al.matches if m.kind is MatchKind.ENTITY}
    assert ("Vt", "Vermont") in named
