from __future__ import annotations

from pathlib import Path

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.several_against_one import several_against_one
from reader.analysis.pipeline import align
from reader.analysis.units import document_units
from reader.ingest import document_from_text, load_document
from reader.model import DiscrepancyKind

# 12_6ecb / 12_9ecb of ECB+: the careful reader's clear discrepancy
NAVY = (
    "The navy recovered seven AK-47 assault rifles, RPG launchers, three speedboats, "
    "grenades and other ammunition."
)
STATEMENT = (
    "The Indian government said in a statement that the captured pirates had a cache of "
    "arms and equipment, including seven AK-47 assault rifles, three machine guns, and a "
    "rocket-propelled grenade launcher."
)


def feats(text: str) -> UnitFeatures:
    return extract(document_units(document_from_text(text))[0])


def details(a: str, b: str) -> list[str]:
    return [c.detail for c in several_against_one(feats(a), feats(b))]


def test_the_pirates_launchers_against_one_launcher() -> None:
    assert details(NAVY, STATEMENT) == ["RPG launchers vs a rocket-propelled grenade launcher"]


def test_the_one_launcher_may_be_a_s() -> None:
    assert details(STATEMENT, NAVY) == ["a rocket-propelled grenade launcher vs RPG launchers"]


def test_the_realistic_pair_reports_a_number_discrepancy(tmp_path: Path) -> None:
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (NAVY, STATEMENT), strict=True):
        path.write_text(f"Pirates caught\n\n{text}\n", encoding="utf-8")
    al = align(*(load_document(p) for p in paths), method="lexical")
    found = [d for d in al.discrepancies if "launcher" in d.detail]
    assert [(d.kind, al.a.slice(d.a), al.b.slice(d.b)) for d in found] == [
        (DiscrepancyKind.NUMBER, "RPG launchers", "a rocket-propelled grenade launcher")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one launcher on both sides
        (NAVY.replace("RPG launchers", "an RPG launcher"), STATEMENT),
        # the lists share no item counted alike: two hauls, perhaps
        (NAVY.replace("seven", "six"), STATEMENT),
        # another kind of launcher
        (NAVY.replace("RPG launchers", "flare launchers"), STATEMENT),
        # launchers counted or told with a word before them
        (NAVY.replace("RPG launchers", "other RPG launchers"), STATEMENT),
        (NAVY.replace("RPG launchers", "two RPG launchers"), STATEMENT),
        # several, and one of them told apart
        (NAVY.replace("grenades", "grenades, a launcher"), STATEMENT),
        # not an item of the list: "a statement" against "statements"
        (
            "Police seized seven AK-47 assault rifles, officials said in statements.",
            "Police seized seven AK-47 assault rifles, officials said in a statement.",
        ),
    ],
)
def test_no_several_against_one(a: str, b: str) -> None:
    assert details(a, b) == []


def test_a_list_in_another_language_is_left_alone() -> None:
    fa, fb = feats(NAVY), feats(STATEMENT)
    fa.language = "French"
    assert several_against_one(fa, fb) == []
