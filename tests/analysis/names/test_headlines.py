"""Tests of reader/analysis/names/headlines.py: names in Title Case and ALL CAPS lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.names.headlines import refine_headline_names
from reader.analysis.units import document_units
from reader.model import Document


def features(doc: Document) -> list[UnitFeatures]:
    return [extract(u) for u in document_units(doc)]


def names(f: UnitFeatures) -> list[str]:
    return [m.key for m in f.names]


@pytest.fixture
def reid(doc: Callable[[str], Document]) -> tuple[list[UnitFeatures], list[UnitFeatures]]:
    a = doc(
        "Tara Reid Finally Checks Into Rehab For Undisclosed Reasons\n"
        "Tara Reid has entered Promises Treatment Center in Malibu, her rep told People.\n"
    )
    b = doc("The actress Tara Reid checked into Promises on Tuesday.\n")
    return features(a), features(b)


def test_a_title_case_run_is_one_bogus_name_before_refining(
    reid: tuple[list[UnitFeatures], list[UnitFeatures]],
) -> None:
    assert names(reid[0][0]) == ["tara reid finally checks into rehab for undisclosed reasons"]


def test_refining_keeps_the_names_the_articles_use(
    reid: tuple[list[UnitFeatures], list[UnitFeatures]],
) -> None:
    refine_headline_names(*reid)
    head = reid[0][0]
    assert names(head) == ["tara reid"]
    name = head.names[0]
    assert name.surface == "Tara Reid"
    assert (name.span.start, name.span.end) == (head.unit.span.start, head.unit.span.start + 9)


def test_longest_known_name_first(doc: Callable[[str], Document]) -> None:
    fa = features(doc("Lohan Checks Into Betty Ford Center\nLindsay Lohan went to Betty Ford.\n"))
    fb = features(doc("Lohan entered the Betty Ford Center on Thursday, her lawyer said.\n"))
    refine_headline_names(fa, fb)
    assert names(fa[0]) == ["lohan", "betty ford center"]


def test_ordinary_sentences_keep_their_names(
    reid: tuple[list[UnitFeatures], list[UnitFeatures]],
) -> None:
    before = [names(f) for side in reid for f in side[1:]] + [names(reid[1][0])]
    refine_headline_names(*reid)
    assert [names(f) for side in reid for f in side[1:]] + [names(reid[1][0])] == before


def test_without_ordinary_sentences_nothing_changes(doc: Callable[[str], Document]) -> None:
    fa = features(doc("OBAMA WINS SECOND TERM\n"))
    before = names(fa[0])
    refine_headline_names(fa, [])
    assert names(fa[0]) == before
