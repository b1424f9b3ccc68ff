"""Tests of reader/analysis/article_names.py: an article opening a French, Spanish,
Italian, Portuguese or German sentence is no part of the name after it, unless the name
holds it ("Le Monde", "Los Angeles"); and how the features and the pair read it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.analysis.article_names import ARTICLES, fixed, inner_articles, opening_article
from reader.analysis.pair_analysis import shared_evidence
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.analysis.word_forms import side_forms
from reader.model import Document
from tests.analysis.name_keys import pair_keys
from tests.analysis.sentence_pairs import feats

MakeDoc = Callable[[str], Document]


def doc_keys(doc: MakeDoc, text_a: str, text_b: str) -> tuple[set[str], set[str]]:
    return pair_keys(doc(text_a), doc(text_b))


@pytest.mark.parametrize(
    ("language", "sentence", "key"),
    [
        # the article is no part of the name
        ("French", "Les Britanniques ont quitté Athènes mardi.", "britanniques"),
        ("Spanish", "Los Británicos abandonaron Atenas el martes.", "británicos"),
        ("Italian", "Gli Abruzzesi hanno lasciato Atene martedì.", "abruzzesi"),
        ("Portuguese", "Os Britânicos deixaram Atenas na terça-feira.", "britânicos"),
        ("German", "Der Kreml teilte am Dienstag mit, Athen sei informiert.", "kreml"),
        ("French", 'Il a dit : "Les Britanniques sont partis".', "britanniques"),
        # unless the name holds it
        ("French", "Le Monde a révélé l'affaire mardi.", "le monde"),
        ("French", "Le Havre a été touché par la tempête.", "le havre"),
        ("Spanish", "Los Ángeles sufrió un terremoto el martes.", "los ángeles"),
        ("Spanish", "El Salvador envió ayuda.", "el salvador"),
        ("Spanish", "La Paz condenó el ataque.", "la paz"),
        ("Italian", "La Repubblica riferisce di due dispersi.", "la repubblica"),
        ("Portuguese", "O Globo informou que o armazém guardava açúcar.", "o globo"),
        ("German", "Die Linke forderte eine Untersuchung.", "die linke"),
    ],
)  # fmt: skip
def test_an_article_opening_a_sentence_is_part_of_a_name_only_that_holds_it(
    language: str, sentence: str, key: str
) -> None:
    keys = feats(sentence, language).name_keys
    assert key in keys
    assert all(k == key for k in keys if k.split()[0] in ARTICLES[language])


def test_an_article_alone_opening_a_sentence_is_no_name() -> None:
    assert feats("Les habitants doivent rester chez eux.", "French").name_keys == set()


def test_an_english_sentence_is_read_as_before() -> None:
    # English has no such articles: "La Jolla" and "Des Moines" stay whole
    assert "des moines" in feats("Des Moines police said it was closed.").name_keys


def test_an_article_written_capitalised_inside_a_sentence_is_held_by_the_name() -> None:
    inner = inner_articles(
        ["Le feu a touché la ville de La Gazette.", "On lit Le Rire Des Enfants."]
    )
    assert "la_gazette" in inner
    assert "des_enfants" not in inner  # after a capitalised word: a title's words, no sign


def test_the_pair_tells_a_name_that_holds_its_article() -> None:
    inner = inner_articles(["Le rapport est paru dans La Gazette lundi."])
    assert fixed("La", "Gazette", inner)
    assert not opening_article("La Gazette a publié", 0, ["La", "Gazette"], "French", inner)


def test_a_name_opening_a_sentence_is_keyed_as_the_pair_writes_it_inside_one(
    doc: MakeDoc,
) -> None:
    # "La Gazette" is in no table: the other article's "dans La Gazette" tells it
    a, b = doc_keys(
        doc,
        "La Gazette a révélé mardi que le maire avait démissionné.",
        "Le maire a démissionné mardi, selon La Gazette.",
    )
    assert "la gazet" in a and "la gazet" in b


@pytest.mark.parametrize(
    ("text_a", "text_b", "key"),
    [
        ("Los Ángeles sufrió un terremoto el martes por la mañana.",
         "Un terremoto sacudió el martes a Los Ángeles.", "los angel"),
        ("Le Monde a révélé l'affaire mardi soir à Paris.",
         "Selon Le Monde, l'affaire date de mardi soir.", "le mond"),
    ],
)  # fmt: skip
def test_a_fixed_name_opening_a_sentence_has_the_key_it_has_inside_one(
    doc: MakeDoc, text_a: str, text_b: str, key: str
) -> None:
    a, b = doc_keys(doc, text_a, text_b)
    assert key in a and key in b


def test_a_nationality_read_against_the_pair_is_no_shared_name(doc: MakeDoc) -> None:
    # stemmed as a name ("britann"), it was no DEMONYM, and the event gate counted it
    a, b = (
        doc("Mogadiscio a vu les Britanniques libérés hier."),
        doc("Les Britanniques sont arrivés hier à Mogadiscio."),
    )
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert {n.key for f in fa for n in f.names} == {"mogadiscio", "britanniques"}
    assert shared_evidence(fa, fb) == 1
