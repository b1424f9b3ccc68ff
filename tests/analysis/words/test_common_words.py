"""Tests of reader/analysis/words/common_words.py: the common words of the cased languages
other than English (auxiliaries; what names nothing opening a sentence)."""

from __future__ import annotations

import pytest

from reader.analysis.words.common_words import opening_words, small_words
from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS, FOREIGN_ORDINALS


@pytest.mark.parametrize(
    ("language", "word"),
    [("Spanish", "pero"), ("Italian", "dopo"), ("Portuguese", "depois"), ("French", "quelques")],
)
def test_the_stoplists_common_small_words_are_read(language: str, word: str) -> None:
    assert word in small_words(language)


@pytest.mark.parametrize(("language", "word"), [("French", "paris"), ("Spanish", "juan")])
def test_words_the_stoplists_write_capitalised_are_left_out(language: str, word: str) -> None:
    assert word not in small_words(language)


@pytest.mark.parametrize("language", ["Cyrillic script", "a language other than English"])
def test_a_language_without_a_stoplist_read_has_no_small_words(language: str) -> None:
    assert small_words(language) == frozenset()


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("Spanish", {"cinco", "siete", "segundo", "vamos"}),
        ("Italian", {"cinque", "sette", "secondo"}),
        ("Portuguese", {"cinco", "segundo", "vamos"}),
        ("French", {"cinq", "sept", "deuxième"}),
        ("German", {"fünf", "sieben", "zweite"}),
        # sixth to twelfth, the ordinals read as counts (lexicon.FOREIGN_ORDINALS)
        ("Spanish", {"sexto", "séptima", "décimo", "duodécima"}),
        ("Italian", {"sesto", "decima", "dodicesimo"}),
        ("Portuguese", {"sexta", "oitavo", "décima"}),
        ("French", {"sixième", "huitième", "douzième"}),
        ("German", {"sechster", "achte", "zwölften"}),
        ("Dutch", {"eerste", "zesde", "achtste", "twaalfde"}),
    ],
)
def test_counts_ordinals_and_auxiliaries_open_sentences(language: str, words: set[str]) -> None:
    assert words <= opening_words(language)


def test_german_eight_is_a_count_not_an_ordinal() -> None:
    """German "acht" is eight, "achte" eighth."""
    assert FOREIGN_NUMBER_WORDS["German"]["acht"] == 8
    assert "acht" not in FOREIGN_ORDINALS["German"]


@pytest.mark.parametrize(
    ("language", "word"),
    [("Portuguese", "ninguém"), ("Spanish", "nadie"), ("Spanish", "estamos"),
     ("Italian", "nessuno"), ("Italian", "stiamo"), ("French", "rien"), ("German", "niemand")],
)  # fmt: skip
def test_indefinite_pronouns_and_forms_of_being_name_nothing_opening_a_sentence(
    language: str, word: str
) -> None:
    # "Ninguém ficou ferido", '"Estamos revisando cada edificio", dijo Bass'
    assert word in opening_words(language)
