"""A share told as so many of so many (reader/analysis/figures/ratio_words.py): "un TGV
sur trois", "one in three", "dos de cada cinco" are fractions, their two figures no
counts of their own."""

from __future__ import annotations

import pytest

from reader.analysis.figures.ratio_words import ratios
from tests.analysis.sentence_pairs import details, feats, shared_figures


@pytest.mark.parametrize(
    ("text", "told", "percent"),
    [
        ("Un TGV sur trois a été annulé.", "Un TGV sur trois", 100 / 3),
        ("Deux trains Intercités sur cinq circulaient.", "Deux trains Intercités sur cinq", 40),
        ("One in three voters stayed home.", "One in three", 100 / 3),
        ("One in every four homes was flooded.", "One in every four", 25),
        ("Dos de cada cinco trenes circularon.", "Dos de cada cinco", 40),
    ],
)  # fmt: skip
def test_a_ratio_is_read_as_its_share(text: str, told: str, percent: float) -> None:
    (r,) = ratios(text)
    assert text[r.start : r.end] == told
    assert r.percent == pytest.approx(percent)


@pytest.mark.parametrize(
    "text",
    [
        "Le train a roulé sur dix kilomètres.",  # no part before "sur"
        "Deux blessés sur la route.",  # no whole after it
        "1 200 voyageurs sur 3 000 ont été bloqués.",  # counts in thousands
        "He was killed two in three days.",  # a length of time
    ],
)
def test_no_ratio_where_none_is_told(text: str) -> None:
    assert list(ratios(text)) == []


def test_a_ratio_s_figures_are_no_counts() -> None:
    found = feats("Deux trains Intercités sur cinq circulaient.", "French").numbers
    assert [m.surface for m in found] == []


def test_two_ratios_of_one_share_are_not_at_odds() -> None:
    a = "Deux trains Intercités sur cinq circulaient, 40 % des trains régionaux supprimés."
    b = "Seuls 40 % des Intercités roulaient, et quatre trains régionaux sur dix sont partis."
    assert details(a, b, "French") == []


@pytest.mark.parametrize(
    ("a", "b", "language", "pair"),
    [
        ("Un TGV sur trois a été annulé jeudi.", "33 % des TGV ont été annulés jeudi.", "French",
         ("Un TGV sur trois", "33 %")),
        ("One in three trains was cancelled on Thursday.",
         "33% of trains were cancelled on Thursday.", None, ("One in three", "33%")),
    ],
)  # fmt: skip
def test_a_ratio_agrees_with_its_percentage(
    a: str, b: str, language: str | None, pair: tuple[str, str]
) -> None:
    assert shared_figures(a, b, language) == [pair]
