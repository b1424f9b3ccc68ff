"""Tests of reader/analysis/names/job_commas.py: "Former Heavyweight Champion, Riddick
Bowe" names Bowe alone when the pair names him by his surname."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.names.job_commas import drop_jobs_before_holders
from reader.analysis.units import document_units
from reader.model import Document

MakeDoc = Callable[[str], Document]


def names_after(doc: MakeDoc, text_a: str, text_b: str) -> list[list[str]]:
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_a))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(text_b))]
    drop_jobs_before_holders(fa, fb)
    return [[m.surface for m in f.names] for f in fa]


# ECB+ 7_3ecb and its like
CASES = [
    (
        "Former Heavyweight Champion, Riddick Bowe, 43-1, returned to the ring.\n",
        "In 2005, Bowe barely escaped.\n",
        ["Riddick Bowe"],
    ),
    (
        "Klitschko dismantled former 2-Time Heavyweight Champion, Hasim Rahman, in Germany.\n",
        "Rahman never gave himself a chance.\n",
        ["Klitschko", "Hasim Rahman", "Germany"],
    ),
    (
        "The Philadelphia Manager, Ludo Vrettos, resigned.\n",
        "Vrettos left.\n",
        ["Philadelphia", "Ludo Vrettos"],
    ),
    # the pair never names the holder by the surname alone, whose given name no list
    # holds: left as read
    (
        "There is a showdown with WBA Champion, Ruslan Chagaev.\n",
        "Nothing here.\n",
        ["WBA Champion", "Ruslan Chagaev"],
    ),
    # no comma: two names
    (
        "The Champion Energy deal and Riddick Bowe.\n",
        "Bowe won.\n",
        ["Champion Energy", "Riddick Bowe"],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "names"), CASES)
def test_a_job_before_a_comma_and_its_holder_is_no_name(
    doc: MakeDoc, text_a: str, text_b: str, names: list[str]
) -> None:
    assert names_after(doc, text_a, text_b) == [names]
