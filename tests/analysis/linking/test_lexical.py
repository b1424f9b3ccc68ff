"""Tests of reader/analysis/linking/lexical.py: which unit pairs share evidence beyond function
words (``LexicalIndex.content_rows``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.linking.lexical import LexicalIndex, build_index, terms
from reader.analysis.linking.word_forms import ENGLISH_FORMS, WordForms, word_forms
from reader.analysis.units import document_units
from reader.model import Document

Make = Callable[[str], Document]

# the driver questioned, the works on the track: articles and prepositions in common
DRIVER_FR = "Le conducteur a été entendu par les enquêteurs dans la journée."
WORKS_FR = "D'après la préfecture, des travaux duraient dans le secteur."
DRIVER_ES = "El maquinista fue interrogado por la Guardia Civil durante la jornada."
WORKS_ES = "Según el ayuntamiento, la vía estaba en obras durante la semana."


def index(doc: Make, a: str, b: str, forms: WordForms) -> LexicalIndex:
    fa: list[UnitFeatures] = [extract(u, forms=forms) for u in document_units(doc(a))]
    fb: list[UnitFeatures] = [extract(u, forms=forms) for u in document_units(doc(b))]
    return build_index(fa, fb)


@pytest.mark.parametrize(
    ("language", "a", "b", "content"),
    [
        ("French", DRIVER_FR, WORKS_FR, False),
        ("Spanish", DRIVER_ES, WORKS_ES, False),
        ("German", "Der Lokführer wurde von der Polizei befragt.",
         "Die Polizei sperrte die Strecke.", True),
    ],
)  # fmt: skip
def test_only_a_word_beyond_function_words_is_content(
    doc: Make, language: str, a: str, b: str, content: bool
) -> None:
    ix = index(doc, a, b, word_forms(language))
    assert ix.matrix_rows([0])[0, 0] > 0  # function words are scored all the same
    assert ix.content_rows([0])[0, 0] == content


def test_a_bigram_of_function_words_is_a_function_words_term(doc: Make) -> None:
    assert "durant la" in index(doc, DRIVER_ES, WORKS_ES, word_forms("Spanish")).minor


def test_english_content_is_wherever_the_score_is_above_zero(doc: Make) -> None:
    ix = index(
        doc,
        "A quake struck Chile.\nSchools were closed.",
        "Chile was struck by a quake.\nThe league postponed its games.",
        ENGLISH_FORMS,
    )
    assert not ix.minor
    assert (ix.content_rows(range(2)) == (ix.matrix_rows(range(2)) > 0)).all()


def test_the_words_of_two_one_sentence_texts_weigh_against_the_figure_they_differ_by(
    doc: Make,
) -> None:
    # from the pair's two units alone, every shared word was weighed at a quarter of
    # the one figure: the two scored 0.14, under every floor (now 0.45)
    ix = index(
        doc,
        "In the bus crash in Passau on Monday 25 people died.",
        "In the bus crash in Passau on Monday 30 people died.",
        ENGLISH_FORMS,
    )
    assert ix.similarity(0, 0) > 0.4


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # ECB+ 9_13ecbplus
        (
            "In his final months in office, former president George W. Bush enacted several "
            "highly controversial policies that affect health care and wildlife.",
            {"N:george w", "N:bush"},
        ),
        # ECB+ 5_9ecb
        (
            "Stephen A. Smith has reported that the Philadelphia 76ers have parted ways with "
            "coach Maurice Cheeks.",
            {"N:stephen a", "N:smith", "N:philadelphia 76ers", "N:maurice cheeks"},
        ),
    ],
)
def test_a_name_with_a_middle_initial_weighs_as_its_two_sides(
    doc: Make, text: str, names: set[str]
) -> None:
    unit = document_units(doc(text))[0]
    assert {t for t in terms(extract(unit)) if t.startswith("N:")} == names
