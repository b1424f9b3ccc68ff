"""A date in figures, day first, as French and Spanish papers write it after an article
or a preposition (reader/analysis/times/date_mentions.py): "le 3/12" is December 3, the
"jeudi 3 décembre" of another report."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import feats, shared_figures


@pytest.mark.parametrize(
    ("text", "language", "surface", "key"),
    [
        ("La grève a commencé le 3/12 à l'aube.", "French", "3/12", "date:12-03"),
        ("Le mouvement est prévu jusqu'au 6/12.", "French", "6/12", "date:12-06"),
        ("La huelga empezó el 3/12 de madrugada.", "Spanish", "3/12", "date:12-03"),
    ],
)  # fmt: skip
def test_a_day_and_month_in_figures_is_a_date(
    text: str, language: str, surface: str, key: str
) -> None:
    assert [(m.kind, m.surface, m.key) for m in feats(text, language).numbers] == [
        ("date", surface, key)
    ]


def test_a_date_in_figures_keeps_its_year() -> None:
    found = feats("La grève a commencé le 3/12/2026 à l'aube.", "French").numbers
    assert [(m.kind, m.key) for m in found] == [("date", "date:12-03"), ("year", "year:2026")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les trois quarts, soit 3/4 des agents, ont voté.", "French"),  # a fraction
        ("On 3/12 the strike began.", None),  # English puts the month first
        ("Le score est de 13/12 au tie-break.", "French"),
    ],
)
def test_no_date_where_none_is_told(text: str, language: str | None) -> None:
    assert [m for m in feats(text, language).numbers if m.kind == "date"] == []


def test_the_date_in_figures_agrees_with_the_date_in_words() -> None:
    a = "La grève a commencé jeudi 3 décembre."
    b = "La grève a commencé ce jeudi, le 3/12."
    assert ("3 décembre", "3/12") in shared_figures(a, b, "French")
