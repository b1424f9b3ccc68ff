"""Figures as Italian (and French, Spanish) articles write them (fifty-first session, the
Italian page pair tests/data/pages/ponte_*): counts told roughly by a collective noun
("una ventina di famiglie"), "mila" and "mln" scaling a figure, "54enne", a time after
"le" or "ore", a day in figures after "il" or "dal"."""

from __future__ import annotations

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.count_terms import hedge
from reader.analysis.figures.numerals import writing_of
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import document_units
from reader.ingest import document_from_text


def _features(sentence: str, language: str = "Italian") -> UnitFeatures:
    """The evidence of ``sentence``, read as an article of ``language``."""
    doc = document_from_text(f"Il ponte di Castelbruno\n{sentence}")
    unit = document_units(doc)[-1]
    return extract(unit, writing_of(doc.text, language), word_forms(language))


def _figures(sentence: str, language: str = "Italian") -> list[tuple[str, str, str]]:
    """The figures of ``sentence``: each as written, its key and what it counts."""
    return [(m.surface, m.key, m.unit_word) for m in _features(sentence, language).numbers]


def _keys(sentence: str, language: str = "Italian") -> list[str]:
    """The keys of the figures of ``sentence`` ("num:12000", "time:07:30")."""
    return [m.key for m in _features(sentence, language).numbers]


@pytest.mark.parametrize(
    ("sentence", "language", "figure"),
    [
        ("Evacuate una ventina di famiglie.", "Italian", ("ventina", "num:20", "famigl")),
        ("Sul posto un centinaio di persone.", "Italian", ("centinaio", "num:100", "person")),
        ("On compte une vingtaine de blessés.", "French", ("vingtaine", "num:20", "bless")),
        ("Hubo una decena de heridos.", "Spanish", ("decena", "num:10", "her")),
    ],
)
def test_a_count_told_by_a_collective_noun_counts_what_follows_it(
    sentence: str, language: str, figure: tuple[str, str, str]
) -> None:
    assert _figures(sentence, language) == [figure]


def test_a_count_told_by_a_collective_noun_is_about_that_count() -> None:
    f = _features("Evacuate una ventina di famiglie.")
    assert hedge(f, f.numbers[0]) == "about"


def test_the_plural_of_a_collective_noun_is_no_count() -> None:
    assert _figures("Sul posto centinaia di persone.") == []


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Passano circa 12 mila mezzi al giorno.", "num:12000"),
        ("Lavori da 3,2 mln di euro.", "num:3.2e+06"),
        ("Stanziati 1,5 mld.", "num:1.5e+09"),
    ],
)
def test_mila_mln_and_mld_scale_the_figure_before_them(sentence: str, key: str) -> None:
    assert _keys(sentence) == [key]


def test_mln_scales_an_english_figure_too() -> None:
    assert _keys("The city set aside $3 mln for repairs.", "English") == ["num:3e+06"]


def test_an_age_glued_to_enne_is_an_age() -> None:
    assert _figures("Ha dato l'allarme un automobilista 54enne.") == [("54enne", "age:54", "age")]


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("A dare l'allarme, poco dopo le 7.30, è stato un automobilista.", "time:07:30"),
        ("Il comitato è convocato per le ore 19 di ieri.", "time:19:00"),
        ("Il cantiere resta aperto dalle 8.15 a sera.", "time:08:15"),
    ],
)
def test_a_time_after_its_article_is_a_time(sentence: str, key: str) -> None:
    assert _keys(sentence) == [key]


def test_a_figure_of_thousands_after_le_is_no_time() -> None:
    keys = _keys("In piazza le 12.000 persone del corteo, lungo 3,5 km.")
    assert keys[0] == "num:12000"


@pytest.mark.parametrize("sentence", ["Il ponte è chiuso dal 29/11.", "Chiuso il 29/11."])
def test_a_day_in_figures_after_il_or_dal_is_a_date(sentence: str) -> None:
    assert _keys(sentence) == ["date:11-29"]
