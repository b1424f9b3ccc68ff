"""Tests of reader/analysis/words/romance_openers.py: a common adjective opening a Romance
headline before its noun is no name ("Fuerte sismo sacude Chile"), where a place a
headline names once ("Roma abre sus museos") and a surname stay names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.name_keys import pair_keys

MakeDoc = Callable[[str], Document]

# a headline opening with an adjective, its report, the other report, the adjective's key
ADJECTIVE_HEADLINES = [
    ("Fuerte sismo sacude Chile\n"
     "Un terremoto de magnitud 7,1 sacudió el martes el norte de Chile.",
     "Un terremoto de magnitud 7,1 sacudió el martes por la noche el norte de Chile.",
     "fuert"),
    ("Violento incendio a Roma\n"
     "Un incendio è scoppiato martedì in un magazzino della periferia di Roma.",
     "Un incendio è scoppiato martedì in un magazzino alla periferia di Roma.",
     "violent"),
    ("Forte séisme au Japon\n"
     "Un séisme de magnitude 7,1 a frappé mardi le nord du Japon.",
     "Un séisme de magnitude 7,1 a frappé mardi soir le nord du Japon.",
     "fort"),
    ("Violento incêndio atinge Santos\n"
     "Um incêndio atingiu na terça-feira um armazém do porto de Santos.",
     "Um incêndio atingiu na terça-feira um armazém no porto de Santos.",
     "violent"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "adjective"), ADJECTIVE_HEADLINES)
def test_an_adjective_opening_a_headline_is_no_name(
    doc: MakeDoc, first: str, second: str, adjective: str
) -> None:
    a, b = pair_keys(doc(first), doc(second))
    assert adjective not in a
    assert a & b  # the place is still shared


def test_a_word_before_a_noun_the_pair_writes_after_an_article_is_no_name(doc: MakeDoc) -> None:
    # "Spaventoso" is in no list; "incendio" follows "Un" in the reports
    a, _ = pair_keys(
        doc("Spaventoso incendio a Roma\n"
            "Un incendio è scoppiato martedì in un magazzino della periferia."),
        doc("Un incendio è scoppiato martedì in un magazzino alla periferia di Roma."),
    )  # fmt: skip
    assert a == {"rom"}


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        # a place a headline names once, before its verb
        ("Roma abre sus museos de noche\n"
         "Los museos municipales abrirán el sábado hasta medianoche, anunció el ayuntamiento.",
         "Los museos municipales abrirán el sábado hasta la medianoche.", "rom"),
        ("Chile registra un sismo de magnitud 7,1\n"
         "Un sismo sacudió el martes el norte del país.",
         "Un sismo de magnitud 7,1 sacudió el martes el norte del país.", "chil"),
        # a place labelling a headline before its colon, named nowhere else
        ("Roma: crolla un palazzo\n"
         "Un palazzo di quattro piani è crollato martedì mattina nel quartiere Torpignattara.",
         "Una palazzina di quattro piani è crollata martedì mattina a Torpignattara.", "rom"),
        # a surname that is an adjective too, written capitalised inside a sentence
        ("Forte annuncia le dimissioni\n"
         "Il sindaco si dimetterà a fine mese, ha detto martedì Forte ai giornalisti.",
         "Il sindaco ha annunciato martedì le dimissioni.", "fort"),
    ],
)  # fmt: skip
def test_a_name_opening_a_headline_stays_a_name(
    doc: MakeDoc, first: str, second: str, name: str
) -> None:
    a, _ = pair_keys(doc(first), doc(second))
    assert name in a


@pytest.mark.parametrize(
    ("first", "second", "noun"),
    [
        ("Alluvione in Liguria\n"
         "L'alluvione ha colpito martedì la provincia della Spezia.",
         "Il fiume Magra è esondato martedì a Sarzana.", "alluvion"),
        ("Incendie à Marseille\n"
         "L'incendie a détruit mardi soir un entrepôt du port.",
         "Un entrepôt du port a brûlé mardi soir à Marseille.", "incend"),
    ],
)  # fmt: skip
def test_a_noun_opening_a_headline_written_after_an_elided_article_is_no_name(
    doc: MakeDoc, first: str, second: str, noun: str
) -> None:
    a, b = pair_keys(doc(first), doc(second))
    assert noun not in a | b


def test_an_elided_preposition_opening_a_sentence_is_no_name(doc: MakeDoc) -> None:
    a, b = pair_keys(
        doc("Nell'alluvione sono morte due persone a Sarzana."),
        doc("Due persone sono morte martedì a Sarzana."),
    )
    assert "nell" not in a and "sarzan" in a & b


def test_a_place_after_an_elided_article_opening_a_headline_stays_a_name(doc: MakeDoc) -> None:
    a, _ = pair_keys(
        doc("Aquila, crolla una chiesa\nUna chiesa è crollata martedì all'Aquila."),
        doc("Una chiesa è crollata martedì nel centro storico."),
    )
    assert "aquil" in a
