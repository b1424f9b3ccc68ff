"""Tests of reader/analysis/names/name_tags.py: a legislator's party-and-state tag after
their name ("(R-Maine)", ", R-Alaska,", "(D-N.M.)") is no name of its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.units import document_units
from reader.model import Document


def names(d: Document) -> list[str]:
    return [n.surface for u in document_units(d)[1:] for n in extract(u).names]  # past the title


# each was a name of its own: "Maine", "Alaska", "N.M.", "Minn", "New Mexico", "Va", "Vt"
@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The Republicans who crossed were Sen. Howard Brisco (R-Maine) and Sen. Ellen "
         "Vasquez-Trent (R-Alaska).", ["Republicans", "Howard Brisco", "Ellen Vasquez-Trent"]),
        ("Sen. Maria Ortega (D-N.M.), the bill's chief sponsor, spoke.", ["Maria Ortega"]),
        ("Sen. Howard Brisco, R-Maine, was joined by Sen. Peter Lindqvist, R-Minn., on Friday.",
         ["Howard Brisco", "Peter Lindqvist"]),
        ("Rep. Jan Moss (D-New Mexico) and Rep. Nick Rahall (D-W. Va.) spoke.",
         ["Jan Moss", "Nick Rahall"]),
        ("Sen. Bernie Sanders (I-Vt.) agreed, as did Sen. Rob Smith, R-Ohio.",
         ["Bernie Sanders", "Rob Smith"]),
    ],
)  # fmt: skip
def test_a_party_and_state_tag_is_no_name(
    doc: Callable[[str], Document], sentence: str, named: list[str]
) -> None:
    assert names(doc(f"Senate vote\n{sentence}")) == named


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The router maker, D-Link, said so.", ["Link"]),
        ("The senator flew home to Maine on Friday.", ["Maine"]),
        ("Officials in New Mexico, Maine and Alaska agreed.", ["New Mexico", "Maine", "Alaska"]),
    ],
)
def test_a_state_told_as_a_place_is_a_name(
    doc: Callable[[str], Document], sentence: str, named: list[str]
) -> None:
    assert names(doc(f"Senate vote\n{sentence}")) == named
