"""A double-barrelled surname or a hyphened given name read as one name, not two."""

from __future__ import annotations

import pytest

from reader.analysis.features import name_runs


def _names(text: str) -> list[str]:
    return [" ".join(w for _, w in words) for _, words in name_runs(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dame Hélène Marsh-Otterby, who has died aged 93, wrote 14 novels.",
            "Hélène Marsh-Otterby",
        ),
        ("said Prof. Zoe Ferreira-Lindqvist, the study's leader.", "Zoe Ferreira-Lindqvist"),
        ("Jean-Pierre Raffarin said on Monday.", "Jean-Pierre Raffarin"),
    ],
)
def test_a_hyphened_name_after_a_given_name_is_one_name(text: str, name: str) -> None:
    assert any(n.endswith(name) for n in _names(text))


def test_the_surname_alone_is_one_name_once_given_in_full() -> None:
    text = "Helene Marsh-Otterby has died. Marsh-Otterby died Sunday at home."
    assert _names(text) == ["Helene Marsh-Otterby", "Marsh-Otterby"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the Jordan-Israel peace treaty", ["Jordan", "Israel"]),
        ("a Donald Trump-Putin summit. Trump said", ["Donald Trump", "Putin", "Trump"]),
        ("the Kenya-Somalia border", ["Kenya", "Somalia"]),
        ("the Los Angeles-Tokyo flight", ["Los Angeles", "Tokyo"]),
    ],
)
def test_two_things_joined_by_a_hyphen_stay_two(text: str, names: list[str]) -> None:
    assert _names(text) == names
