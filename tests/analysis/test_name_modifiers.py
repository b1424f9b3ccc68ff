"""A name between a figure and its noun tells what kind of thing is counted
(reader/analysis/name_modifiers.py): "400 Al-Shabaab fighters" counts fighters, so it
shares its figure with "400 fighters", disagrees with "300 fighters", and is no count of
the "three Al-Shabaab commanders" the other article tells of."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Some 400 Al-Shabaab fighters stormed the base at dawn.", "fighter"),
        ("At least 12 Boko Haram fighters were killed in the clash.", "fighter"),
        ("Around 200 al-Qaida militants were holed up in the town.", "milit"),
        ("Airstrikes damaged 30 Hamas-run schools in Gaza City.", "school"),
        ("Air defences shot down 5 Russian-made drones over Kyiv.", "drone"),
        ("The jet was carrying 12 Malaysia Airlines crew members.", "member"),
    ],
)  # fmt: skip
def test_the_noun_after_a_name_is_counted(text: str, counted: str) -> None:
    assert [m.unit_word for m in feats(text).numbers] == [counted]


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        ("The Indian navy has captured 23 Somalian pirates.", None, "somalian"),
        ("Marine commandos seized 12 Somali pirates.", None, "somali"),
        ("Rund 400 Feuerwehr-Leute sind im Einsatz.", "German", "feuerwehr-leut"),
    ],
)  # fmt: skip
def test_a_nationality_or_a_german_noun_is_still_counted(
    text: str, language: str | None, counted: str
) -> None:
    assert [m.unit_word for m in feats(text, language).numbers] == [counted]


def test_a_count_after_a_name_shares_its_figure_with_the_plain_noun() -> None:
    a = "Some 400 Al-Shabaab fighters stormed the military base in Lower Shabelle."
    b = "About 400 fighters stormed the military base before dawn, officials said."
    assert shared_figures(a, b) == [("400", "400")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Troops killed 12 Al-Shabaab fighters in the raid near Kismayo.",
         "Three Al-Shabaab commanders were captured in the raid near Kismayo."),
        ("Israeli airstrikes damaged 30 Hamas-run schools in Gaza City overnight.",
         "Israeli airstrikes hit 12 Hamas-run clinics in Gaza City overnight."),
    ],
)  # fmt: skip
def test_two_things_one_name_qualifies_are_two_counts(a: str, b: str) -> None:
    assert details(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "detail"),
    [
        ("Some 400 Al-Shabaab fighters stormed the military base in Lower Shabelle.",
         "About 300 fighters stormed the military base before dawn, officials said.",
         "400 vs 300"),
        ("At least 12 Boko Haram fighters were killed when troops repelled the attack.",
         "At least 15 Boko Haram fighters were killed when troops repelled the attack.",
         "12 vs 15"),
        ("Ukrainian air defences shot down 5 Russian-made drones over Kyiv overnight.",
         "Ukrainian air defences shot down seven drones over Kyiv overnight.", "5 vs seven"),
        ("Around 200 al-Qaida militants were holed up in the town, the army said.",
         "Around 150 militants were holed up in the town, the army said.", "200 vs 150"),
    ],
)  # fmt: skip
def test_a_count_after_a_name_against_another_figure_is_reported(
    a: str, b: str, detail: str
) -> None:
    assert details(a, b) == [detail]
