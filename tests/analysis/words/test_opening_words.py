"""Tests of reader/analysis/words/opening_words.py: "Riots spread" opens with no name."""

from __future__ import annotations

from collections.abc import Callable

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import document_units
from reader.analysis.words.opening_words import drop_common_openers
from reader.model import Document

MakeDoc = Callable[[str], Document]


def names_after(doc: MakeDoc, text_a: str, text_b: str) -> list[list[str]]:
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_a))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_b))]
    drop_common_openers(fa, fb)
    return [[m.surface for m in f.names] for f in fa]


def test_an_opener_the_pair_writes_in_small_letters_is_no_name(doc: MakeDoc) -> None:
    names = names_after(doc, "Riots spread to Thessaloniki.\n", "The riots went on.\n")
    assert names == [["Thessaloniki"]]


def test_a_noun_for_people_opening_a_sentence_is_no_name(doc: MakeDoc) -> None:
    assert names_after(doc, "People fled their homes.\n", "Nothing.\n") == [[]]


def test_a_name_opening_a_sentence_stays(doc: MakeDoc) -> None:
    assert names_after(doc, "Putin said so.\n", "Kim met him.\n") == [["Putin"]]


def test_an_opener_inside_a_longer_name_stays(doc: MakeDoc) -> None:
    names = names_after(doc, "Summit Entertainment hired him.\n", "The summit ended.\n")
    assert names == [["Summit Entertainment"]]


def test_the_same_word_later_in_a_sentence_stays(doc: MakeDoc) -> None:
    names = names_after(doc, "He read People magazine.\n", "People fled.\n")
    assert names == [["People"]]


def test_an_opener_of_a_quotation_the_pair_writes_in_small_letters_is_no_name(
    doc: MakeDoc,
) -> None:
    text_a = 'Raj Patel said: "Every year the water comes higher."\n'
    names = names_after(doc, text_a, "It floods every spring.\n")
    assert names == [["Raj Patel"]]


def test_a_name_opening_a_quotation_stays(doc: MakeDoc) -> None:
    names = names_after(doc, 'He said: "Putin wants more."\n', "Kim met him.\n")
    assert names == [["Putin"]]
