"""Tests of reader/analysis/names/institution_names.py: an institution's name with a small word
inside ("Corpo de Bombeiros", "Vigili del Fuoco") is one name, in the features and read
against the pair."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.linking.word_forms import side_forms
from reader.analysis.names.institution_names import institution_particle
from reader.analysis.pair_analysis import shared_evidence
from reader.analysis.pipeline import align
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.model import Document, MatchKind
from tests.analysis.name_keys import pair_keys
from tests.analysis.sentence_pairs import feats

MakeDoc = Callable[[str], Document]


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        ("Portuguese", "Segundo o Corpo de Bombeiros, o fogo começou às 2h.",
         "corpo de bombeiros"),
        ("Spanish", "Lo investiga el Cuerpo Nacional de Policía desde el martes.",
         "cuerpo nacional de policía"),
        ("Italian", "Sono intervenuti martedì i Vigili del Fuoco.", "vigili del fuoco"),
        ("Italian", "La Banca d'Italia ha alzato i tassi martedì.", "banca ditalia"),
        ("French", "Le Ministère de l'Intérieur a confirmé mardi le bilan.",
         "ministère de lintérieur"),
        ("Spanish", "El Ministerio del Interior confirmó el balance el martes.",
         "ministerio del interior"),
        ("French", "La Cour des Comptes a publié son rapport mardi.", "cour des comptes"),
        ("Italian", "Lo ha deciso martedì la Corte di Cassazione.", "corte di cassazione"),
        ("Spanish", "Lo confirmó el martes el Banco de España.", "banco de españa"),
    ],
)  # fmt: skip
def test_an_institution_with_a_particle_inside_is_one_name(
    language: str, sentence: str, key: str
) -> None:
    # the name whole, and no piece of it on its own
    names = feats(sentence, language).names
    assert [n.key for n in names if n.key in key] == [key]


def test_the_institution_is_joined_with_what_it_is_of_not_the_place_it_serves() -> None:
    keys = feats("I Vigili del Fuoco di Genova sono intervenuti martedì.", "Italian").name_keys
    assert keys == {"vigili del fuoco", "genova"}


@pytest.mark.parametrize(
    ("language", "sentence", "keys"),
    [
        # a person's particle: split here, whole for the reader (joined_names)
        (None, "Ursula von der Leyen met the minister on Monday.", {"ursula", "leyen"}),
        # no institution noun first: a place and another place
        ("Spanish", "El martes viajó de Madrid a Sevilla.", {"madrid", "sevilla"}),
        # a government is what an office is of ("del Gobierno"), not joined
        ("Spanish", "El Gobierno de España lo confirmó el martes.", {"gobierno", "españa"}),
    ],
)  # fmt: skip
def test_other_names_with_a_particle_between_stay_apart(
    language: str | None, sentence: str, keys: set[str]
) -> None:
    assert feats(sentence, language).name_keys == keys


def test_a_particle_must_be_all_that_parts_the_two() -> None:
    words = [(0, "Corpo")]
    assert institution_particle(words, " de ")
    assert institution_particle(words, " d'")
    assert not institution_particle(words, " e ")
    assert not institution_particle(words, ", de ")


@pytest.mark.parametrize(
    ("text_a", "text_b", "key"),
    [
        ("O fogo começou por volta das 2h, segundo o Corpo de Bombeiros de Santos.",
         "O Corpo de Bombeiros foi chamado às 2h para o armazém em Santos.", "corp de bomb"),
        # joined at the hyphen too (joined_names)
        ("Selon les Sapeurs-Pompiers de Paris, le feu a pris vers 2 heures.",
         "Les Sapeurs-Pompiers de Paris ont été appelés vers 2 heures.",
         "sapeur pomp de paris"),
    ],
)  # fmt: skip
def test_both_reports_key_the_institution_alike(
    doc: MakeDoc, text_a: str, text_b: str, key: str
) -> None:
    a, b = pair_keys(doc(text_a), doc(text_b))
    assert key in a & b
    assert not (a | b) & set(key.split())


# the same court in each report, its head in small letters in the first: (first, second,
# the place's key, the institution's key)
SMALL_AND_CAPITALISED = [
    ("Le tribunal de Paris a condamné mardi l'ancien maire à deux ans de prison.",
     "Le Tribunal de Paris a condamné mardi l'ancien maire à deux ans de prison.",
     "paris", "tribunal de paris"),
    ("El tribunal de Madrid condenó el martes al exalcalde a dos años de cárcel.",
     "El Tribunal de Madrid condenó el martes al exalcalde a dos años de cárcel.",
     "madr", "tribunal de madr"),
    ("Il tribunale di Milano ha condannato martedì l'ex sindaco a due anni.",
     "Il Tribunale di Milano ha condannato martedì l'ex sindaco a due anni.",
     "mil", "tribunal di mil"),
    ("O tribunal de Lisboa condenou na terça-feira o antigo autarca a dois anos.",
     "O Tribunal de Lisboa condenou na terça-feira o antigo autarca a dois anos.",
     "lisb", "tribunal de lisb"),
]  # fmt: skip


@pytest.mark.parametrize("swapped", [False, True])
@pytest.mark.parametrize(("small", "capitalised", "place", "whole"), SMALL_AND_CAPITALISED)
def test_an_institution_keeps_its_place_as_a_name_the_other_report_writes_alone(
    doc: MakeDoc, small: str, capitalised: str, place: str, whole: str, swapped: bool
) -> None:
    first, second = (capitalised, small) if swapped else (small, capitalised)
    a, b = pair_keys(doc(first), doc(second))
    assert place in a & b
    assert whole in a | b  # the institution is still one name where it is written so


def test_the_place_of_two_institutions_is_evidence_of_one_event(doc: MakeDoc) -> None:
    # "Paris" was the place of two joined names in the second report, so neither joined
    # the first report's "Paris", and the event gate found nothing shared
    a, b = (
        doc("Le tribunal de Paris a condamné mardi l'ancien adjoint. "
            "Le conseil de Paris s'était porté partie civile."),
        doc("Le Tribunal de Paris a condamné mardi l'ancien adjoint. "
            "Le Conseil de Paris s'était porté partie civile."),
    )  # fmt: skip
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert shared_evidence(fa, fb) == 1


def test_the_place_is_tagged_with_the_place_not_with_the_whole_name(doc: MakeDoc) -> None:
    a = doc("Le tribunal de Paris a condamné mardi l'ancien maire à deux ans de prison.")
    b = doc("Le Tribunal de Paris a condamné mardi l'ancien maire à deux ans de prison.")
    alignment = align(a, b)
    tagged = [
        (a.text[m.a.start : m.a.end], b.text[m.b.start : m.b.end])
        for m in alignment.matches
        if m.kind == MatchKind.ENTITY
    ]
    assert tagged == [("Paris", "Paris")]


def test_the_place_is_no_name_of_its_own_when_the_pair_never_writes_it_alone() -> None:
    keys = feats("Le Tribunal de Paris a condamné mardi l'ancien maire.", "French").name_keys
    assert keys == {"tribunal de paris"}
