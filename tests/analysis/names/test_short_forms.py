"""Tests of reader/analysis/names/short_forms.py: "Fish and Wildlife" and "Defenders of
Wildlife" are one name each when the pair tells so; two names side by side stay two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.names.short_forms import join_short_forms
from reader.analysis.units import document_units
from reader.model import Document

MakeDoc = Callable[[str], Document]


def names_after(doc: MakeDoc, text_a: str, text_b: str) -> list[list[str]]:
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_a))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_b))]
    join_short_forms(fa, fb)
    return [[m.key for m in f.names] for f in fa]


# ECB+ 9_8ecb, 9_1ecb, 9_3ecb, 4_2ecb, 5_2ecbplus, 8_3ecbplus, 11_1ecb
JOINED = [
    (
        "Dale Hall, director of Fish and Wildlife, said he had concerns.\n",
        "Biologists of the U.S. Fish and Wildlife Service agreed.\n",
        ["dale hall", "fish and wildlife"],
    ),
    (
        "So agencies need not check with Fish and Wildlife first.\n",
        "The Fish and Wildlife Service objected.\n",
        ["fish and wildlife"],
    ),
    (
        "Greenpeace and Defenders of Wildlife filed suit.\n",
        "Jamie Clark of Defenders of Wildlife spoke.\n",
        ["greenpeace", "defenders of wildlife"],
    ),
    (
        "Defenders of the Wildlife, who have filed suit, objected.\n",
        "She is a vice president of Defenders of Wildlife.\n",
        ["defenders of wildlife"],
    ),
    ("They were naked in the Garden of Eden.\n", "Nothing here.\n", ["garden of eden"]),
    ("He is in the Hall of Fame.\n", "Nothing here.\n", ["hall of fame"]),
    (
        "Police guarded the Tomb of the Unknown Soldier.\n",
        "Nothing here.\n",
        ["tomb of unknown soldier"],
    ),
    (
        "Observers came from the Commonwealth of Independent States.\n",
        "Nothing here.\n",
        ["commonwealth of independent states"],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), JOINED)
def test_a_run_the_pair_reads_as_one_name_is_one(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


STAYING_APART = [
    # no longer name holds the run: two bodies
    (
        "Russia and North Korea signed a pact.\n",
        "Nothing here.\n",
        ["russia", "north korea"],
    ),
    (
        "Fish and Wildlife agreed.\n",
        "Fish were seen; Wildlife is a magazine.\n",
        ["fish", "wildlife"],
    ),
    # a place, a given name, a name the pair gives apart
    ("He fired Sam Mitchell of Toronto.\n", "Nothing here.\n", ["sam mitchell", "toronto"]),
    ("He met Putin of Russia.\n", "Nothing here.\n", ["putin", "russia"]),
    ("They are Supporters of Kempthorne.\n", "Kempthorne spoke.\n", ["supporters", "kempthorne"]),
    # only opening its sentence: "Memoirs" may be any memoirs
    ("Memoirs of Kempthorne sold well.\n", "Nothing here.\n", ["memoirs", "kempthorne"]),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), STAYING_APART)
def test_two_names_side_by_side_stay_two(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]


def test_the_joined_name_spans_both_with_the_words_between(doc: MakeDoc) -> None:
    text = "They sued with Defenders of the Wildlife today.\n"
    fa = [extract(u) for u in document_units(doc(text))]
    join_short_forms(fa, [])
    (name,) = fa[0].names
    assert name.surface == "Defenders of the Wildlife"
    assert text[name.span.start : name.span.end] == name.surface
