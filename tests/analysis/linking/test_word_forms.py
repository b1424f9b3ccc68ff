"""Words of an article in another language are stemmed by its own Snowball stemmer; its
function words count in the score but are never shown as evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import align
from reader.analysis.features import extract
from reader.analysis.linking.word_forms import (
    ENGLISH_FORMS,
    STEMMERS,
    side_forms,
    snowball,
    snowball_words,
    word_forms,
)
from reader.analysis.units import document_units
from reader.ingest import load_document
from reader.model import Alignment, Document, MatchKind
from tests.analysis.foreign_pairs import DE_A, DE_B, FR_A


@pytest.fixture(scope="module")
def german_pair(data_dir: Path) -> Alignment:
    folder = data_dir / "languages"
    return align(load_document(folder / "de_a.txt"), load_document(folder / "de_b.txt"))


def _linked(al: Alignment, a: str, b: str) -> bool:
    ta, tb = al.a.text, al.b.text
    return any(
        a in ta[m.a.start : m.a.end] and b in tb[m.b.start : m.b.end]
        for m in al.matches
        if m.kind is MatchKind.CLAIM
    )


def test_two_german_articles_are_stemmed_as_german() -> None:
    forms = side_forms(DE_A, DE_B)
    assert [f.language for f in forms] == ["German", "German"]


def test_two_english_articles_keep_the_english_stemmer(
    seed_a_path: Path, seed_b_path: Path
) -> None:
    a, b = (p.read_text(encoding="utf-8") for p in (seed_a_path, seed_b_path))
    assert side_forms(a, b) == (ENGLISH_FORMS, ENGLISH_FORMS)


def test_a_brief_too_short_to_tell_is_stemmed_in_the_pairs_language() -> None:
    brief = "Macron à Berlin : accord sur la défense."
    assert side_forms(FR_A, brief)[1].language == "French"


def test_a_german_noun_and_its_genitive_are_one_term(doc: Callable[[str], Document]) -> None:
    d = doc("Nach dem Angriff. Das Ziel des Angriffs war unklar.")
    german = word_forms("German")
    first, second = (extract(u, forms=german) for u in document_units(d))
    assert set(first.stems) & set(second.stems) == {german.stem("angriff")}


def test_german_function_words_are_known_but_english_has_none() -> None:
    assert {"und", "über", "einer"} <= word_forms("German").function_words
    assert not ENGLISH_FORMS.function_words


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("French", ["ont", "était", "sont"]),
        ("German", ["wurde", "hat", "sind"]),
        ("Spanish", ["fue", "hay", "han"]),
        ("Italian", ["sono", "hanno", "stato"]),
        ("Portuguese", ["foi", "tem", "são"]),
        # were a link's evidence in tests/data/pages/dijk_*: "moesten", "toen", "haar"
        ("Dutch", ["moesten", "toen", "haar", "werd"]),
    ],
)
def test_auxiliaries_are_function_words(language: str, words: list[str]) -> None:
    forms = word_forms(language)
    assert all(forms.function(w) for w in words)


@pytest.mark.parametrize("word", ["c'est", "qu'il", "d'une", "s'est"])
def test_a_function_word_after_an_elision_is_one(word: str) -> None:
    assert word_forms("French").function(word)


def test_a_content_word_after_an_elision_is_none() -> None:
    assert not word_forms("French").function("l'incendie")


def test_c_est_in_two_french_sentences_is_no_evidence(doc: Callable[[str], Document]) -> None:
    french = word_forms("French")
    a, b = (
        extract(u, forms=french)
        for u in document_units(doc("C'est un drame. C'est la fin d'une époque."))
    )
    assert set(a.stems) & set(b.stems) <= a.minor


def test_a_language_without_a_stemmer_keeps_the_english_forms() -> None:
    assert word_forms("a language other than English") is ENGLISH_FORMS


def test_an_inflected_word_links_two_german_sentences(german_pair: Alignment) -> None:
    # "24 Jahren" and "im Jahr 2000": one stem in German, two in English
    assert _linked(german_pair, "seit 24 Jahren", "im Jahr 2000 besucht")


def test_no_german_function_word_is_shown_as_evidence(german_pair: Alignment) -> None:
    shown = {w.lower() for m in german_pair.matches for w in m.evidence}
    assert not shown & word_forms("German").function_words


BASF_A = """Explosion in Chemiewerk in Ludwigshafen

Ludwigshafen, 23. Oktober 2023

Die Explosion im BASF-Werk in Ludwigshafen endete am Montag mit drei Toten.

Nach Angaben der Feuerwehr wurden zwölf weitere Menschen verletzt.

Die Explosion ereignete sich gegen 11.30 Uhr in einer Anlage zur Herstellung von Ammoniak.

Die Staatsanwaltschaft Frankenthal hat Ermittlungen aufgenommen.
"""
BASF_B = """Tödliches Unglück bei BASF

Ludwigshafen, 23. Oktober 2023

Bei der Explosion im BASF-Werk in Ludwigshafen gab es am Montag vier Tote.

Zwölf Menschen erlitten nach Angaben der Feuerwehr Verletzungen.

Die Explosion ereignete sich am Vormittag in der Ammoniakanlage.

Die Staatsanwaltschaft Frankenthal ermittelt.
"""


def test_a_count_of_one_thing_inflected_two_ways_is_a_discrepancy(
    doc: Callable[[str], Document],
) -> None:
    # "mit drei Toten" (dative) and "vier Tote": one thing counted, in German stems
    al = align(doc(BASF_A), doc(BASF_B))
    assert [d.detail for d in al.discrepancies] == ["drei vs vier"]


@settings(max_examples=60, deadline=None)
@given(
    algorithm=st.sampled_from(sorted(set(STEMMERS.values()))),
    words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéèàçñ'-", max_size=14)),
)
def test_stemming_a_word_list_at_once_stems_each_word_as_alone(
    algorithm: str, words: list[str]
) -> None:
    assert snowball_words(algorithm, words) == [snowball(algorithm)(w) for w in words]
