"""The Italian and Spanish verb "ha" after a figure (fifty-fourth session): "la scossa di
6 ha colpito" counts no hectares; "600 ha di bosco" still does
(reader.analysis.figures.auxiliary_ha)."""

from __future__ import annotations

from tests.analysis.sentence_pairs import sums


def test_italian_ha_before_a_participle_is_the_verb() -> None:
    assert sums("Una scossa di 6 ha colpito la città.", "Italian") == [("6", "num:6", "")]


def test_italian_ha_before_an_adverb_and_a_participle_is_the_verb() -> None:
    assert sums("La scossa di 5 ha già provocato danni.", "Italian") == [("5", "num:5", "")]


def test_spanish_ha_sido_is_the_verb() -> None:
    assert sums("El sismo de 6 ha sido fuerte.", "Spanish") == [("6", "num:6", "")]


def test_italian_ha_di_is_hectares() -> None:
    assert sums("Il fuoco ha distrutto 600 ha di bosco.", "Italian") == [
        ("600", "num:600", "hectar")
    ]


def test_italian_ha_at_a_clause_end_is_hectares() -> None:
    assert sums("Sono bruciati 600 ha.", "Italian") == [("600", "num:600", "hectar")]


def test_italian_ha_before_a_plural_participle_is_hectares() -> None:
    # the participle agrees with the hectares ("ettari bruciati"), not with a subject
    assert sums("Sono andati in fumo 600 ha bruciati.", "Italian") == [("600", "num:600", "hectar")]


def test_english_ha_is_hectares() -> None:
    assert sums("The fire burned 600 ha so far.") == [("600", "num:600", "hectar")]
