"""Tolls told as a number ("the number of dead rose to 58") in English, German, French,
Spanish, Italian and Portuguese, and the toll's noun after a figure in those languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.conflicts.discrepancies import conflicts
from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.casualties import DEAD, INJURED, MISSING, casualty
from reader.analysis.figures.fates import toll_noun
from reader.analysis.figures.numerals import writing_of
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.pipeline import align
from reader.analysis.units import Unit
from reader.ingest.normalize import fold
from reader.model import Document, Span


def _role(sentence: str, figure: str, language: str | None) -> str:
    start = sentence.index(figure)
    return casualty(sentence, start, start + len(figure), "", language)


def feats(text: str, language: str | None = None) -> UnitFeatures:
    """``text``'s features as a sentence of an article in ``language`` (None: English)."""
    unit = Unit(0, Span(0, len(text)), text, fold(text))
    return extract(unit, writing_of(text), word_forms(language))


@pytest.mark.parametrize(
    ("language", "sentence", "role"),
    [
        (None, "The number of dead rose to 58 on Tuesday.", DEAD),
        (None, "The number of injured stood at 58.", INJURED),
        ("German", "Die Zahl der Toten stieg am Dienstag auf 58.", DEAD),
        ("German", "Die Zahl der Todesopfer ist auf 58 gestiegen.", DEAD),
        ("German", "Die Zahl der Verletzten liegt bei 58.", INJURED),
        ("German", "Die Opferzahl stieg auf mindestens 58.", DEAD),
        # the nouns of fates' table that only a toll's phrase names (Stands.OF), and a
        # compound of any of them
        (None, "The number of wounded rose to 58 on Tuesday.", INJURED),
        ("German", "Die Zahl der Opfer stieg am Dienstag auf 58.", DEAD),
        ("German", "Die Verwundetenzahl stieg am Dienstag auf 58.", INJURED),
        ("French", "Le nombre de victimes est passé à 58.", DEAD),
        ("Spanish", "El número de víctimas ascendió a 58.", DEAD),
        ("Portuguese", "O número de vítimas subiu para 58.", DEAD),
        ("French", "Le bilan s'élève à 58 selon la préfecture.", DEAD),
        ("French", "Le nombre de morts est passé à 58.", DEAD),
        ("French", "Le nombre de blessés atteint 58.", INJURED),
        ("Spanish", "El número de muertos ascendió a 58.", DEAD),
        ("Spanish", "La cifra de heridos se elevó a 58.", INJURED),
        ("Italian", "Il numero dei morti è salito a 58.", DEAD),
        ("Italian", "Il bilancio delle vittime è salito a 58.", DEAD),
        ("Italian", "Il numero dei feriti è di 58.", INJURED),
        ("Portuguese", "O número de mortos subiu para 58.", DEAD),
        ("Portuguese", "O número de feridos chegou a 58.", INJURED),
        # in another language, the toll's noun after the figure
        ("German", "Bei dem Anschlag gab es 58 Tote.", DEAD),
        ("German", "Es gab 58 Verletzte.", INJURED),
        ("French", "L'attentat a fait 58 morts.", DEAD),
        ("French", "On compte 58 disparus.", MISSING),
        ("Spanish", "El ataque dejó 58 heridos.", INJURED),
        ("Italian", "L'attacco ha causato 58 morti.", DEAD),
        ("Portuguese", "O ataque deixou 58 mortos.", DEAD),
    ],
)
def test_a_toll_told_as_a_number_tells_its_figure_s_fate(
    language: str | None, sentence: str, role: str
) -> None:
    assert _role(sentence, "58", language) == role


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a bound, a forecast
        ("German", "Die Zahl der Toten könnte über 58 steigen."),
        ("French", "Le nombre de morts pourrait dépasser 58."),
        # an article's word read in English is no fate: "die" is German's article
        ("German", "Die 58 die dort wohnen, sind geflohen."),
        # a toll noun of another language is not read
        ("German", "Es gab 58 muertos."),
        # a number of people no toll's noun names
        ("German", "Die Zahl der Demonstranten stieg am Dienstag auf 58."),
    ],
)
def test_what_tells_no_toll_in_another_language(language: str, sentence: str) -> None:
    assert _role(sentence, "58", language) == ""


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("French", "Le bilan s'élève à 58 morts, selon la préfecture.",
         "Le nombre de morts est passé à 61."),
        ("Spanish", "El número de muertos ascendió a 58, según la policía.",
         "El ataque dejó al menos 61 muertos."),
        ("Italian", "Il numero dei morti è salito a 58, secondo la polizia.",
         "L'attacco ha causato almeno 61 morti."),
        ("Portuguese", "O número de mortos subiu para 58, segundo a polícia.",
         "O ataque deixou pelo menos 61 mortos."),
    ],
)  # fmt: skip
def test_two_tolls_of_the_dead_disagree_in_other_languages(language: str, a: str, b: str) -> None:
    assert [c.detail for c in conflicts(feats(a, language), feats(b, language))] == ["58 vs 61"]


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("French", "Le bilan s'élève à 58 morts, selon la préfecture.",
         "Le nombre de morts est passé à 58."),
        ("Spanish", "El número de muertos ascendió a 58, según la policía.",
         "El ataque dejó 58 muertos."),
        ("Italian", "Il numero dei morti è salito a 58, secondo la polizia.",
         "L'attacco ha causato 58 morti."),
        ("Portuguese", "O número de mortos subiu para 58, segundo a polícia.",
         "O ataque deixou 58 mortos."),
        # the dead are not the injured
        ("Spanish", "El número de heridos ascendió a 58, según la policía.",
         "El ataque dejó al menos 61 muertos."),
    ],
)  # fmt: skip
def test_one_toll_told_two_ways_in_other_languages_is_no_discrepancy(
    language: str, a: str, b: str
) -> None:
    assert conflicts(feats(a, language), feats(b, language)) == []


def test_a_german_toll_told_as_a_number_disagrees_with_a_count_of_the_dead(
    doc: Callable[[str], Document],
) -> None:
    a = doc(
        "Anschlag in Kabul\n\nNach dem Anschlag in Kabul stieg die Zahl der Toten am Dienstag"
        " auf 58, wie die Polizei mitteilte.\n"
    )
    b = doc(
        "Anschlag in Kabul\n\nBei dem Anschlag in Kabul gab es nach Angaben der Polizei am"
        " Dienstag 61 Tote.\n"
    )
    assert [d.detail for d in align(a, b).discrepancies] == ["58 vs 61"]


def test_a_toll_in_another_language_disagrees_with_an_english_one() -> None:
    a = feats("Le bilan s'élève à 58, selon la préfecture.", "French")
    b = feats("At least 61 people were killed, police said.")
    assert [c.detail for c in conflicts(a, b)] == ["58 vs 61"]


@pytest.mark.parametrize(
    ("word", "fate"),
    [
        # a toll's noun after a figure, or its verb or participle there
        ("Verletzte", INJURED), ("getötet", DEAD), ("blessés", INJURED), ("muertes", DEAD),
        # the noun of a toll's phrase only
        ("Opfer", DEAD), ("victimes", DEAD), ("fatalities", DEAD), ("wounded", INJURED),
        # no toll
        ("Demonstranten", ""), ("manifestants", ""), ("people", ""),
    ],
)  # fmt: skip
def test_toll_noun_reads_one_table(word: str, fate: str) -> None:
    assert toll_noun(word) == fate
