"""A length of one unit told with no figure in German, French, Spanish, Italian and
Portuguese (reader/analysis/times/foreign_unit_lengths.py), as English "for a year" is:
"ein Jahr lang", "pendant un an", "durante un año", "per un anno", "durante um ano" are
one year, one length with "zwölf Monate lang", "pendant douze mois", "durante 12 meses",
and disagree with two years; told with a bound, a half or a guess they are read as
before. (Italian and Portuguese, fifty-fourth session: were no length on main.)"""

from __future__ import annotations

import pytest

from reader.analysis.times.durations import durations
from tests.analysis.sentence_pairs import details, feats, figure_labels

_YEAR = 360 * 1440


def _lengths(text: str, language: str) -> list[tuple[str, str]]:
    """Each length ``text`` of ``language`` tells, as written, and its key in minutes."""
    return [(d.mention.surface, d.mention.key) for d in durations(feats(text, language))]


# were no length
@pytest.mark.parametrize(
    ("language", "text", "surface", "minutes"),
    [
        ("German", "Die Anlage war ein Jahr lang geschlossen.", "ein Jahr", _YEAR),
        ("German", "Die Anlage war einen ganzen Monat lang zu.", "einen ganzen Monat", 43200),
        ("German", "Es regnete eine Woche lang.", "eine Woche", 10080),
        ("French", "L'usine a été fermée pendant un an.", "un an", _YEAR),
        ("French", "Il a plu durant une semaine.", "une semaine", 10080),
        ("Spanish", "La planta estuvo cerrada durante un año.", "un año", _YEAR),
        ("Spanish", "La carretera estuvo cortada durante un día.", "un día", 1440),
        ("Italian", "Lo stabilimento è rimasto chiuso per un anno.", "un anno", _YEAR),
        ("Italian", "La strada è rimasta chiusa per un'ora.", "un'ora", 60),
        ("Italian", "Ha piovuto durante una settimana.", "una settimana", 10080),
        ("Portuguese", "A fábrica ficou fechada durante um ano.", "um ano", _YEAR),
        ("Portuguese", "A estrada ficou cortada por uma semana.", "uma semana", 10080),
    ],
)
def test_one_unit_told_with_no_figure_where_it_is_a_length_is_one_of_it(
    language: str, text: str, surface: str, minutes: int
) -> None:
    assert _lengths(text, language) == [(surface, f"num:{minutes}")]


# guards (pass on main too): a bound, a guess, what a day is of, a half
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("German", "Die Anlage war mehr als ein Jahr lang geschlossen."),
        ("French", "L'usine a été fermée pendant plus d'un an."),
        ("French", "L'usine a été fermée pendant un an ou deux."),
        ("French", "Des heurts ont eu lieu pendant une journée de grève."),
        ("Spanish", "Hubo incidentes durante un día de protestas."),
        ("Italian", "Lo stabilimento è rimasto chiuso per più di un anno."),
        ("Italian", "Lo stabilimento è rimasto chiuso per un anno o due."),
        ("Italian", "Ci sono stati scontri per un giorno di sciopero."),
        ("Portuguese", "A fábrica ficou fechada durante mais de um ano."),
        ("Portuguese", "Houve confrontos durante um dia de greve."),
    ],
)
def test_one_unit_told_with_a_bound_or_a_guess_is_no_length_of_one(
    language: str, text: str
) -> None:
    assert _lengths(text, language) == []


def test_a_half_stays_one_and_a_half() -> None:
    assert _lengths("L'usine a été fermée pendant un an et demi.", "French") == [
        ("un an et demi", f"num:{1.5 * _YEAR:g}")
    ]


# were no match
@pytest.mark.parametrize(
    ("language", "a", "b", "shown"),
    [
        ("German", "Die Anlage war ein Jahr lang geschlossen.",
         "Die Anlage war zwölf Monate lang geschlossen.",
         "ein Jahr ≈ zwölf Monate (same length)"),
        ("French", "L'usine a été fermée pendant un an.",
         "L'usine a été fermée pendant douze mois.",
         "un an ≈ douze mois (same length)"),
        ("Spanish", "La planta estuvo cerrada durante un año.",
         "La planta estuvo cerrada durante 12 meses.",
         "un año ≈ 12 meses (same length)"),
        ("Italian", "Lo stabilimento è rimasto chiuso per un anno.",
         "Lo stabilimento è rimasto chiuso per 12 mesi.",
         "un anno ≈ 12 mesi (same length)"),
        ("Portuguese", "A fábrica ficou fechada durante um ano.",
         "A fábrica ficou fechada durante 12 meses.",
         "um ano ≈ 12 meses (same length)"),
    ],
)  # fmt: skip
def test_a_year_told_with_no_figure_is_one_length_with_twelve_months(
    language: str, a: str, b: str, shown: str
) -> None:
    assert figure_labels(feats(a, language), feats(b, language)) == [shown]


# were no discrepancy
@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        ("German", "Die Anlage war ein Jahr lang geschlossen.",
         "Die Anlage war zwei Jahre lang geschlossen.", "ein Jahr vs zwei Jahre"),
        ("Spanish", "La planta estuvo cerrada durante un año.",
         "La planta estuvo cerrada durante dos años.", "un año vs dos años"),
        ("Italian", "Lo stabilimento è rimasto chiuso per un anno.",
         "Lo stabilimento è rimasto chiuso per due anni.", "un anno vs due anni"),
        ("Portuguese", "A fábrica ficou fechada durante um ano.",
         "A fábrica ficou fechada durante dois anos.", "um ano vs dois anos"),
    ],
)  # fmt: skip
def test_a_year_told_with_no_figure_disagrees_with_two(
    language: str, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]
