"""Figures as Spanish and French copy abbreviates them: a magnitude before the currency
sign it scales ("4,5 M€", "1,2 Md€", "300 k€": reader/analysis/figures/numerals.py, the
sign read by money_words), and a dozen in words ("una docena", "une douzaine":
reader/analysis/words/lexicon.py), each the figure it stands for."""

from __future__ import annotations

import pytest

from tests.analysis.sentence_pairs import details, feats, shared_figures


def _money(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.key, m.unit_word) for m in feats(text, language).numbers if m.kind == "number"]


# was ("num:4.5", ""): "M" no magnitude, "€" no currency
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Golpe en el museo: 4,5 M€ en joyas.", "Spanish", ("num:4.5e+06", "eur")),
        ("La grève coûterait 20 M€ par jour.", "French", ("num:2e+07", "eur")),
        ("Le chantier a coûté 1,2 Md€ à l'État.", "French", ("num:1.2e+09", "eur")),
        ("El contrato asciende a 300 k€ anuales.", "Spanish", ("num:300000", "eur")),
        ("La obra costó 20 M € en total.", "Spanish", ("num:2e+07", "eur")),
    ],
)  # fmt: skip
def test_a_magnitude_before_its_currency_sign_scales_it(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert _money(text, language) == [expected]


def test_a_euro_sign_after_its_figure_is_its_currency() -> None:
    assert _money("Los socios pagan 150 € al año.", "Spanish") == [("num:150", "eur")]


def test_a_capital_m_before_no_sign_is_no_magnitude() -> None:
    assert _money("El grupo M tiene 4 miembros.", "Spanish") == [("num:4", "miembr")]


def test_millions_of_euros_agree_with_the_abbreviation() -> None:
    a = "Se llevaron joyas valoradas en 4,5 millones de euros."
    b = "Un botín de 4,5 M€ en joyas."
    assert shared_figures(a, b, "Spanish") == [("4,5 millones", "4,5 M")]
    assert details(a, b, "Spanish") == []


# was nothing: "docena" no figure, "12 joyas" unmatched
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Se llevaron una docena de joyas.", "Spanish"),
        ("Ils ont volé une douzaine de bijoux.", "French"),
        ("Hanno rubato una dozzina di gioielli.", "Italian"),
        ("Roubaram uma dúzia de joias.", "Portuguese"),
    ],
)
def test_a_dozen_is_twelve(text: str, language: str) -> None:
    assert [m.key for m in feats(text, language).numbers] == ["num:12"]


def test_a_dozen_jewels_agree_with_twelve() -> None:
    a = "Se llevaron ocho piezas de plata y una docena de joyas."
    b = "Se llevaron ocho piezas de plata y 12 joyas."
    assert ("docena", "12") in shared_figures(a, b, "Spanish")
    assert details(a, b, "Spanish") == []
