"""Tests of reader/analysis/names/place_particles.py: a Romance preposition before a place is
no particle of the place's name ("un magazzino di Milano" shows "Milano"), where a
surname keeps its particle ("Leonardo da Vinci", "le général de Gaulle")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.features import extract
from reader.analysis.linking.word_forms import word_forms
from reader.analysis.names.joined_names import whole_names
from reader.analysis.units import document_units
from reader.ingest.normalize import fold
from reader.model import Document
from tests.analysis.name_keys import entity_tags, pair_keys

MakeDoc = Callable[[str], Document]


def shown(doc: MakeDoc, text: str, language: str) -> list[str]:
    """The names of ``text`` (an article in ``language``) as the reader sees them."""
    d = doc(text)
    names = [m for u in document_units(d) for m in extract(u, forms=word_forms(language)).names]
    return [m.surface for m in whole_names(fold(d.text), names)]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("Italian", "L'incendio è scoppiato martedì notte in un magazzino di Milano.", "Milano"),
        ("Italian", "Il treno partito da Roma è arrivato martedì con tre ore di ritardo.",
         "Roma"),
        ("Portuguese", "O voo de Lisboa chegou na terça-feira com três horas de atraso.",
         "Lisboa"),
        ("Spanish", "El avión salió de Madrid el martes con tres horas de retraso.", "Madrid"),
        ("French", "Le vol de Paris est arrivé mardi soir avec trois heures de retard.",
         "Paris"),
        # after a capitalised word: a verb opening the sentence, a place before "da"
        ("Spanish", "Llegaron de Santiago el martes por la noche con tres horas de retraso.",
         "Santiago"),
        ("Portuguese", "Partiram de Lisboa na terça-feira com três horas de atraso.",
         "Lisboa"),
        ("Italian", "Il treno è arrivato martedì a Genova da Torino con tre ore di ritardo.",
         "Torino"),
        ("Italian", "Il volo diretto a Lisbona da Roma è atterrato martedì con due ore di "
         "ritardo.", "Roma"),
    ],
)  # fmt: skip
def test_a_place_after_a_preposition_is_shown_without_it(
    doc: MakeDoc, language: str, text: str, place: str
) -> None:
    assert place in shown(doc, text, language)


@pytest.mark.parametrize(
    ("language", "text", "whole"),
    [
        ("French", "Le général de Gaulle a quitté Paris le 29 mai 1968.", "de Gaulle"),
        ("French", "Le traité a été signé mardi, selon de Villepin.", "de Villepin"),
        ("Italian", "Il museo di Firenze espone da martedì i disegni di Leonardo da Vinci.",
         "Leonardo da Vinci"),
        # the surname after its first name elsewhere in the article
        ("French", "L'attaquant brésilien Thiago de Souza a marqué dimanche le but décisif. "
         "Les supporters ont longuement applaudi de Souza après le match.", "de Souza"),
        # after a capitalised word: a name that opens the sentence, a given name
        ("Portuguese", "Lula da Silva disse na terça-feira que o acordo será assinado.",
         "Lula da Silva"),
        ("Portuguese", "Thiago de Souza chegou na terça-feira com três horas de atraso.",
         "Thiago de Souza"),
        ("Italian", "Il ministro ha dedicato la mostra a Leonardo da Vinci martedì.",
         "Leonardo da Vinci"),
        # after "a" (to) in a sentence that tells of no journey: a person, not two places
        ("Italian", "Il presidente del Consiglio ha telefonato martedì a Lula da Silva per "
         "discutere dell'accordo sul clima.", "Lula da Silva"),
        ("Italian", "La premier ha consegnato a Ursula von der Leyen la lettera del governo.",
         "Ursula von der Leyen"),
        ("Portuguese", "O presidente francês telefonou na terça-feira a Lula da Silva para "
         "discutir o acordo.", "Lula da Silva"),
    ],
)  # fmt: skip
def test_a_surname_keeps_its_particle(doc: MakeDoc, language: str, text: str, whole: str) -> None:
    assert whole in shown(doc, text, language)


def test_a_person_after_a_is_tagged_with_the_other_reports_person(doc: MakeDoc) -> None:
    # "a Lula da Silva" was read as "a Genova da Torino": "Lula" and "Silva", no tag
    a = doc(
        "Il presidente del Consiglio ha telefonato martedì a Lula da Silva per discutere "
        "dell'accordo sul clima. La telefonata è durata un'ora."
    )
    b = doc(
        "Lula da Silva ha parlato martedì al telefono con il presidente del Consiglio. Al "
        "centro del colloquio l'accordo sul clima."
    )
    assert ("Lula da Silva", "Lula da Silva") in entity_tags(a, b)


def test_an_english_article_keeps_the_particle_after_a_verb(doc: MakeDoc) -> None:
    assert "da Silva" in shown(doc, "The poll on Sunday favours da Silva.", "English")


def test_the_place_after_a_preposition_is_tagged_with_the_other_reports_place(
    doc: MakeDoc,
) -> None:
    # "di Milano" was keyed "di milano", and met the other report's "Milano" no more
    a = doc("L'incendio è scoppiato martedì in un magazzino di Milano. I vigili sono arrivati.")
    b = doc("L'incendio è scoppiato martedì in un magazzino a Milano. I pompieri sono arrivati.")
    assert entity_tags(a, b) == [("Milano", "Milano")]


@pytest.mark.parametrize(
    ("small", "capitalised"),
    [
        ("Mardi, le tribunal de Paris a condamné l'ancien maire à deux ans.",
         "Le Tribunal de Paris a condamné mardi l'ancien maire à deux ans."),
        ("Ayer el tribunal de Madrid condenó al exalcalde a dos años.",
         "El Tribunal de Madrid condenó ayer al exalcalde a dos años."),
    ],
)  # fmt: skip
def test_an_institution_in_small_letters_and_capitalised_share_the_place_tag(
    doc: MakeDoc, small: str, capitalised: str
) -> None:
    # the small one showed "de Paris", tagged with the "de Paris" of the other
    place = small.split(" de ")[1].split()[0]
    assert entity_tags(doc(small), doc(capitalised)) == [(place, place)]


def test_two_places_after_a_preposition_are_not_tagged_as_one(doc: MakeDoc) -> None:
    a = doc("L'incendio è scoppiato martedì in un magazzino di Milano. I vigili sono arrivati.")
    b = doc("L'incendio è scoppiato martedì in un magazzino di Torino. I vigili sono arrivati.")
    assert not entity_tags(a, b)


def test_a_place_after_a_verb_opening_the_sentence_is_tagged_with_the_other_reports(
    doc: MakeDoc,
) -> None:
    a = doc("Llegaron de Santiago el martes por la noche. Los bomberos apagaron el fuego.")
    b = doc("El martes por la noche llegaron los bomberos de Santiago. El fuego se apagó.")
    assert ("Santiago", "Santiago") in entity_tags(a, b)


@pytest.mark.parametrize(
    ("first", "second", "verb"),
    [
        ("Llegaron de Santiago el martes por la noche. Los bomberos apagaron el fuego.",
         "El martes por la noche llegaron los bomberos de Santiago. El fuego se apagó.", "lleg"),
        ("Partiram de Lisboa na terça-feira com três horas de atraso.",
         "O voo saiu de Lisboa na terça-feira com atraso.", "part"),
    ],
)  # fmt: skip
def test_a_verb_opening_a_sentence_before_a_place_is_no_name(
    doc: MakeDoc, first: str, second: str, verb: str
) -> None:
    a, _ = pair_keys(doc(first), doc(second))
    assert verb not in a


def test_a_given_name_opening_a_sentence_before_a_particle_stays_a_name(doc: MakeDoc) -> None:
    a, _ = pair_keys(
        doc("Thiago de Souza chegou na terça-feira com três horas de atraso."),
        doc("O voo saiu de Lisboa na terça-feira com atraso."),
    )
    assert any(k.startswith("thiag") for k in a)
