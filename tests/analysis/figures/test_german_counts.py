"""German figures as a German article writes them: a metre in the dative plural ("von 7,20
Metern"), a count after a noun of time ("binnen 24 Stunden 118 Liter"), people counted
by other nouns ("1.200 Einsatzkräfte", "1.200 Helfer") and shares in words ("jeder vierte
Haushalt", "zwei Drittel")."""

from __future__ import annotations

import pytest

from reader.analysis.features import UnitFeatures, extract
from reader.analysis.figures.counted_parts import same_thing
from reader.analysis.figures.fraction_words import fractions
from reader.analysis.figures.numerals import writing_of
from reader.analysis.figures.written_units import unit_word_after
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.units import document_units
from reader.ingest import document_from_text


def _features(sentence: str) -> UnitFeatures:
    """The evidence of German ``sentence``, read as a German article's."""
    doc = document_from_text(f"Hochwasser an der Selbach\n{sentence}")
    unit = document_units(doc)[-1]
    return extract(unit, writing_of(doc.text, "German"), word_forms("German"))


def _figures(sentence: str) -> list[tuple[str, str]]:
    """The figures of German ``sentence``, each with what it counts."""
    return [(m.surface, m.unit_word) for m in _features(sentence).numbers]


# was "met" against "metr": "7,20 Metern" and "7,60 Meter" counted two things
@pytest.mark.parametrize("written", ["Metern", "Meter", "Kilometern", "Zentimetern", "Litern"])
def test_a_unit_in_the_dative_plural_is_the_unit(written: str) -> None:
    text = f"auf 7,20 {written} gestiegen"
    assert unit_word_after(text, len("auf 7,20")) == unit_word_after(
        text.replace(written, written.removesuffix("n")), len("auf 7,20")
    )


# was 24 alone, counting "stunden118": "Stunden 118" read as a model ("Boeing 747")
def test_a_count_after_a_noun_of_time_is_a_count() -> None:
    figures = _figures("Der Wetterdienst maß binnen 24 Stunden 118 Liter Regen pro Quadratmeter.")
    assert ("118", "litr") in figures


# were two things: German nouns of people were no persons
@pytest.mark.parametrize(
    ("x", "y"), [("Einsatzkräfte", "Helfer"), ("Menschen", "Bewohner"), ("Anwohner", "Menschen")]
)
def test_german_nouns_of_people_count_one_thing(x: str, y: str) -> None:
    stem = word_forms("German").stem
    assert same_thing(stem(x.lower()), stem(y.lower()))


def test_a_german_noun_of_things_counts_another() -> None:
    stem = word_forms("German").stem
    assert not same_thing(stem("menschen"), stem("keller"))


# were no fraction
@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Etwa jeder vierte Haushalt war ohne Strom.", ("jeder vierte", "pct:25")),
        ("Zwei Drittel der Schulen blieben geschlossen.", ("Zwei Drittel", "pct:66.6667")),
        ("Die Hälfte der Felder stand unter Wasser.", ("Die Hälfte", "pct:50")),
        ("Jedes zweite Kind blieb zu Hause.", ("Jedes zweite", "pct:50")),
    ],
)
def test_a_share_in_german_words_is_a_fraction(sentence: str, share: tuple[str, str]) -> None:
    assert [(m.surface, m.key) for m in fractions(_features(sentence))] == [share]


def test_a_quarter_of_a_town_is_no_fraction() -> None:
    assert fractions(_features("Im Viertel stand das Wasser hoch.")) == []
