"""Tests of reader/analysis/words/opening_words.py: "Riots spread" opens with no name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cTonight we vote for the river,\u201d she said.\n",
        "Tonight we vote for the river, the mayor said.\n",
        'She said: "Never again will we wait."\n',
        "Earlier, police said the road was closed.\n",
        "\u201cNobody expected this,\u201d he said.\n",
    ],
)
def test_an_english_word_naming_nothing_opening_a_sentence_or_quotation_is_no_name(
    doc: MakeDoc, sentence: str
) -> None:
    """Two reports quoting "Tonight we vote for the river" matched "Tonight" with
    "Tonight" as an entity: neither writes "tonight" in small letters elsewhere."""
    assert names_after(doc, sentence, sentence) == [[]]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("They watched The Tonight Show.\n", ["Tonight Show"]),
        ("\u201cTonight Show ratings fell,\u201d she said.\n", ["Tonight Show"]),
        ("He said Nobody would come.\n", ["Nobody"]),
    ],
)
def test_such_a_word_inside_a_name_or_a_sentence_stays(
    doc: MakeDoc, sentence: str, names: list[str]
) -> None:
    assert names_after(doc, sentence, sentence) == [names]
