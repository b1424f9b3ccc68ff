"""Tests of reader/analysis/names/marked_letters.py: a name one report writes with its
letters' marks and the other without ("Łukasz Wróbel", "Lukasz Wrobel") is one name in a
pair of one language; names both write alike keep their keys."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.name_keys import entity_tags, pair_keys

MakeDoc = Callable[[str], Document]

BRITISH = (
    "Harwick win the cup\n"
    "Łukasz Wróbel levelled from the penalty spot before Jonas Müller was sent off.\n"
    "Harwick's manager, Ines Sørensen, praised José Nuñez.\n"
)
AMERICAN = (
    "Harwick wins the cup\n"
    "Lukasz Wrobel tied it with a penalty kick before Jonas Mueller was ejected.\n"
    "Harwick coach Ines Sorensen praised José Nuñez.\n"
)


@pytest.mark.parametrize("key", ["lukasz wrobel", "jonas mueller", "ines sorensen"])
def test_a_name_with_and_without_its_marks_is_one_name(doc: MakeDoc, key: str) -> None:
    keys_a, keys_b = pair_keys(doc(BRITISH), doc(AMERICAN))
    assert key in keys_a & keys_b


def test_the_sides_are_keyed_alike_whichever_comes_first(doc: MakeDoc) -> None:
    keys_b, keys_a = pair_keys(doc(AMERICAN), doc(BRITISH))
    assert "lukasz wrobel" in keys_a & keys_b


def test_a_name_both_sides_write_with_its_marks_keeps_them(doc: MakeDoc) -> None:
    keys_a, keys_b = pair_keys(doc(BRITISH), doc(AMERICAN))
    assert "josé nuñez" in keys_a & keys_b


def test_a_name_the_other_side_does_not_write_keeps_its_marks(doc: MakeDoc) -> None:
    other = AMERICAN.replace("Lukasz Wrobel", "Tom Ashdown")
    keys_a, _ = pair_keys(doc(BRITISH), doc(other))
    assert "łukasz wróbel" in keys_a


def test_the_two_spellings_are_tagged_as_one_entity(doc: MakeDoc) -> None:
    tags = entity_tags(doc(BRITISH), doc(AMERICAN))
    assert ("Łukasz Wróbel", "Lukasz Wrobel") in tags
    assert ("Jonas Müller", "Jonas Mueller") in tags
