"""Tests of reader/analysis/names/two_languages.py: the names of a pair of two languages
keyed alike on both sides (the German and English derailment pages of
tests/data/pages, briefs written for these tests), pairs of one language as they were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.analysis import align
from reader.analysis.linking.word_forms import side_forms
from reader.analysis.names.two_languages import two_languages
from reader.analysis.reading import features
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Document, MatchKind
from tests.analysis.name_keys import entity_tags, news_pair, pair_keys

MakeDoc = Callable[[str], Document]
PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"

GERMAN = (
    "Zugunglück bei Kempten\n"
    "Bei dem Unglück in der Nähe von Kempten sind am Dienstag zwölf Menschen ums Leben "
    "gekommen, wie die Polizei mitteilte.\n"
    "Der Minister Jürgen Müller sagte, man werde die Ursache aufklären, und die Verletzten "
    "wurden in ein Krankenhaus in Gießen gebracht.\n"
    "Nach Angaben von Michael Goethe war der Damm seit Jahren in einem schlechten Zustand.\n"
)
ENGLISH = (
    "Train crash near Kempten\n"
    "Twelve people were killed in the accident near Kempten on Tuesday, the police said.\n"
    "The minister Juergen Mueller said that the cause would be found, and the injured were "
    "taken to a hospital in Giessen.\n"
    "According to Michael Goethe, the embankment had been in a poor state for years.\n"
)


@pytest.fixture(scope="module")
def derailment() -> tuple[Document, Document]:
    return (
        load_document(PAGES / "derailment_allgaeuer_rundschau.html"),
        load_document(PAGES / "derailment_alpine_herald.html"),
    )


def shared_keys(a: Document, b: Document) -> set[str]:
    keys_a, keys_b = pair_keys(a, b)
    return keys_a & keys_b


def test_a_place_the_stemmer_cut_is_one_name_across_two_languages(doc: MakeDoc) -> None:
    assert "kempten" in shared_keys(doc(GERMAN), doc(ENGLISH))


def test_ue_against_an_umlaut_is_one_name(doc: MakeDoc) -> None:
    assert "jurgen muller" in shared_keys(doc(GERMAN), doc(ENGLISH))


def test_ss_against_sharp_s_is_one_name(doc: MakeDoc) -> None:
    assert "giessen" in shared_keys(doc(GERMAN), doc(ENGLISH))


def test_oe_and_ae_written_alike_on_both_sides_stay_as_written(doc: MakeDoc) -> None:
    """ "Michael" and "Goethe": neither side writes "Michäl" or "Göthe"."""
    assert "michael goethe" in shared_keys(doc(GERMAN), doc(ENGLISH))


def test_the_sides_keyed_alike_whichever_comes_first(doc: MakeDoc) -> None:
    assert shared_keys(doc(ENGLISH), doc(GERMAN)) == shared_keys(doc(GERMAN), doc(ENGLISH))


def test_a_german_genitive_is_the_name_the_english_side_writes(doc: MakeDoc) -> None:
    german = GERMAN + "Der Sprecher Merkels sagte, die Regierung werde den Opfern helfen.\n"
    english = ENGLISH + "Merkel's spokesman said that the government would help the victims.\n"
    assert "merkel" in shared_keys(doc(german), doc(english))


def test_ue_is_kept_where_the_other_side_writes_no_umlaut(doc: MakeDoc) -> None:
    english = ENGLISH.replace("Michael Goethe", "Samuel Duesenberg")
    _, keys_b = pair_keys(doc(GERMAN), doc(english))
    assert "samuel duesenberg" in keys_b


def test_the_derailment_pages_share_their_names(derailment: tuple[Document, Document]) -> None:
    shared = shared_keys(*derailment)
    assert {"kempten", "memmingen", "jurgen muller", "stefan kruger", "ulm", "lindenau"} <= shared


def test_the_derailment_pages_tag_the_names_as_entities(
    derailment: tuple[Document, Document],
) -> None:
    tags = entity_tags(*derailment)
    assert ("Kempten", "Kempten") in tags
    assert ("Memmingen", "Memmingen") in tags
    assert ("Jürgen Müller", "Juergen Mueller") in tags
    assert ("Stefan Krüger", "Stefan Krueger") in tags


def test_the_ministers_quotation_is_linked_on_words(derailment: tuple[Document, Document]) -> None:
    """The sentences quoting Jürgen Müller share his name and nothing else a lexical
    reading sees: keyed alike, they are linked."""
    a, b = derailment
    claims = [
        (a.slice(m.a), b.slice(m.b))
        for m in align(a, b, method="lexical").matches
        if m.kind is MatchKind.CLAIM
    ]
    assert any("Jürgen Müller" in x and "Juergen Mueller" in y for x, y in claims), claims


@pytest.mark.parametrize("language", ["de", "de2", "fr"])
def test_names_of_a_pair_of_one_language_are_stemmed_as_before(language: str) -> None:
    """Two German reports: "Nordkoreas" and "Nordkorea", "Putins" and "Putin" are still
    keyed by their stems (reader.analysis.names.cased_names)."""
    a, b = news_pair(language)
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert not two_languages(fa, fb)


def test_a_german_pair_keeps_its_stemmed_keys(doc: MakeDoc) -> None:
    other = GERMAN.replace("Zugunglück bei Kempten", "Unglück im Allgäu")
    keys_a, keys_b = pair_keys(doc(GERMAN), doc(other))
    assert "kempt" in keys_a and "kempt" in keys_b
    assert "jurg mull" in keys_a


def test_an_english_pair_keeps_its_keys_as_written(doc: MakeDoc) -> None:
    other = ENGLISH.replace("Train crash near Kempten", "Deadly derailment")
    keys_a, keys_b = pair_keys(doc(ENGLISH), doc(other))
    assert "juergen mueller" in keys_a and "juergen mueller" in keys_b


def test_two_scripts_are_not_two_languages_keyed_alike(doc: MakeDoc) -> None:
    russian = (
        "Крушение поезда под Кемптеном\n"
        "Во вторник при крушении поезда под Кемптеном погибли двенадцать человек, сообщила "
        "полиция. Министр Юрген Мюллер сказал, что причина будет установлена.\n"
    )
    a, b = doc(russian), doc(ENGLISH)
    fa, fb = features(document_units(a), document_units(b), None, forms=side_forms(a.text, b.text))
    assert not two_languages(fa, fb)
