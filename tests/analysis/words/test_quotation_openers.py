"""Tests of reader/analysis/words/quotation_openers.py: a word opening a quotation is a
name only when the pair says so ("—Sabían exactamente lo que buscaban" names nothing)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.units import document_units
from reader.analysis.words.opening_words import drop_common_openers
from reader.model import Document

MakeDoc = Callable[[str], Document]

# a second report for each language, long enough to tell it, naming Valcárcel and Madrid
OTHER_REPORT = {
    "English": "The museum's director, Inés Valcárcel, spoke to the staff in the "
    "afternoon and said the police in Madrid were already looking for the thieves.\n",
    "Spanish": "La directora del museo, Inés Valcárcel, habló con el personal por la tarde "
    "y dijo que la policía de Madrid ya buscaba a los ladrones del edificio.\n",
    "French": "La directrice du musée, Inés Valcárcel, a parlé avec le personnel dans "
    "l'après-midi et a dit que la police de Madrid cherchait déjà les voleurs.\n",
    "German": "Die Direktorin des Museums, Inés Valcárcel, sprach am Nachmittag mit den "
    "Mitarbeitern und sagte, die Polizei in Madrid suche bereits nach den Dieben.\n",
}


def names_of(doc: MakeDoc, language: str, sentence: str) -> list[str]:
    """The names of ``sentence`` opening a report in ``language``, read against another."""
    other = OTHER_REPORT[language]
    fa: list[UnitFeatures] = [extract(u) for u in document_units(doc(sentence + "\n" + other))]
    fb: list[UnitFeatures] = [extract(u) for u in document_units(doc(other))]
    drop_common_openers(fa, fb)
    return [m.surface for m in fa[0].names]


# each was read as a name: a verb, a pronoun or an adverb opening the quotation
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("Spanish", "—Sabían exactamente lo que buscaban —explicó la directora."),
        ("Spanish", "«Sabían exactamente lo que buscaban», ha declarado la directora."),
        ("Spanish", "La directora dijo: «Sabían exactamente lo que buscaban»."),
        ("French", "« Savaient-ils exactement ce qu'ils cherchaient ? », a demandé la directrice."),
        ("French", "La directrice a déclaré : « Savaient-ils tout ? »."),
        ("German", "„Niemals haben wir so etwas gesehen“, sagte die Direktorin."),
        ("German", "Die Direktorin sagte: „Vorhin hat es noch gebrannt“."),
        ("English", "The director said: \u2014Everything was planned."),
        ("English", "The guard said \u2014Tonight was quiet."),
    ],
)  # fmt: skip
def test_a_word_opening_a_quotation_names_nothing(
    doc: MakeDoc, language: str, sentence: str
) -> None:
    assert names_of(doc, language, sentence) == []


# evidence of a name: the pair names it inside a sentence, or it is a known given name
@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("Spanish", "«Valcárcel lo sabía», dijo el guardia.", "Valcárcel"),
        ("Spanish", "—Madrid nos ayuda —dijo el guardia.", "Madrid"),
        ("French", "« Pierre le savait », a dit le gardien.", "Pierre"),
        ("German", "„Valcárcel wusste es“, sagte der Wächter.", "Valcárcel"),
        ("English", "The guard said: \u2014Valcárcel knew it.", "Valcárcel"),
    ],
)  # fmt: skip
def test_a_name_the_pair_gives_evidence_of_stays(
    doc: MakeDoc, language: str, sentence: str, name: str
) -> None:
    assert name in names_of(doc, language, sentence)


def test_a_word_opening_a_quotation_before_capitals_stays(doc: MakeDoc) -> None:
    sentence = "«Tonight Show ratings fell», she said."
    assert names_of(doc, "English", sentence) == ["Tonight Show"]
