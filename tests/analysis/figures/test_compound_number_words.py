# ruff: noqa: E501  (a pair of sentences a line)
"""The counts from 21 to 99 written in words in German, French, Spanish, Italian,
Portuguese and Dutch (``compound_number_words``, read through ``FOREIGN_NUMBER_WORDS``): one
count each, which a figure of the other side agrees with or contradicts."""

from __future__ import annotations

import pytest

from reader.analysis.figures.compound_number_words import compound_number_words
from reader.analysis.words.lexicon import FOREIGN_NUMBER_WORDS
from tests.analysis.sentence_pairs import details, feats

LANGUAGES = ("German", "French", "Spanish", "Italian", "Portuguese", "Dutch")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_from_two_to_ninety_nine_has_a_word(language: str) -> None:
    assert set(FOREIGN_NUMBER_WORDS[language].values()) >= set(range(2, 100))


@pytest.mark.parametrize(
    ("language", "word", "value"),
    [
        ("German", "vierundzwanzig", 24), ("German", "einundneunzig", 91),
        ("German", "dreiunddreissig", 33),
        ("French", "vingt-quatre", 24), ("French", "vingt et un", 21), ("French", "vingt-et-un", 21),
        ("French", "soixante et onze", 71), ("French", "soixante-dix-sept", 77),
        ("French", "quatre-vingt-un", 81), ("French", "quatre-vingt-dix-neuf", 99),
        ("French", "septante-deux", 72),
        ("Spanish", "veinticuatro", 24), ("Spanish", "veintiún", 21), ("Spanish", "treinta y dos", 32),
        ("Spanish", "cuarenta y una", 41),
        ("Italian", "ventiquattro", 24), ("Italian", "ventuno", 21), ("Italian", "ventotto", 28),
        ("Italian", "trentatré", 33),
        ("Portuguese", "vinte e quatro", 24), ("Portuguese", "trinta e duas", 32),
        ("Dutch", "vierentwintig", 24), ("Dutch", "drieëntwintig", 23),
        ("Dutch", "drieentwintig", 23), ("Dutch", "eenentwintig", 21),
        ("Dutch", "tweeënnegentig", 92), ("Dutch", "achtenveertig", 48),
    ],
)  # fmt: skip
def test_a_compound_number_word_has_its_value(language: str, word: str, value: int) -> None:
    assert compound_number_words()[language][word] == value


@pytest.mark.parametrize(
    ("language", "text", "key", "surface"),
    [
        ("French", "L'incendie a fait vingt-quatre blessés.", "num:24", "vingt-quatre"),
        ("French", "L'incendie a fait vingt et un blessés.", "num:21", "vingt et un"),
        ("Spanish", "El accidente dejó treinta y dos heridos.", "num:32", "treinta y dos"),
        ("Portuguese", "O acidente deixou vinte e quatro feridos.", "num:24", "vinte e quatro"),
        ("German", "Bei dem Unglück gab es vierundzwanzig Verletzte.", "num:24", "vierundzwanzig"),
        ("Italian", "L'incidente ha causato ventotto feriti.", "num:28", "ventotto"),
        ("Dutch", "Bij het ongeluk raakten vierentwintig mensen gewond.", "num:24", "vierentwintig"),
        ("Dutch", "Bij het ongeluk raakten drieëntwintig mensen gewond.", "num:23", "drieëntwintig"),
    ],
)  # fmt: skip
def test_a_compound_number_word_is_one_count(
    language: str, text: str, key: str, surface: str
) -> None:
    assert [(m.key, m.surface) for m in feats(text, language).numbers] == [(key, surface)]


# the same toll, in words on one side and in digits on the other
TOLLS = [
    ("Portuguese", "O acidente na autoestrada deixou vinte e quatro feridos, segundo os bombeiros.",
     "O acidente na autoestrada deixou {} feridos, segundo os bombeiros."),
    ("Spanish", "El accidente en la autopista dejó treinta y dos heridos, según los bomberos.",
     "El accidente en la autopista dejó {} heridos, según los bomberos."),
    ("French", "L'accident sur l'autoroute a fait vingt et un blessés, selon les pompiers.",
     "L'accident sur l'autoroute a fait {} blessés, selon les pompiers."),
    ("German", "Bei dem Unfall auf der Autobahn gab es vierundzwanzig Verletzte.",
     "Bei dem Unfall auf der Autobahn gab es {} Verletzte."),
    ("Italian", "L'incidente in autostrada ha causato ventotto feriti, secondo i vigili del fuoco.",
     "L'incidente in autostrada ha causato {} feriti, secondo i vigili del fuoco."),
    ("Dutch", "Bij het ongeluk op de snelweg raakten vierentwintig mensen gewond, meldt de brandweer.",
     "Bij het ongeluk op de snelweg raakten {} mensen gewond, meldt de brandweer."),
]  # fmt: skip
VALUES = {"Portuguese": 24, "Spanish": 32, "French": 21, "German": 24, "Italian": 28, "Dutch": 24}


@pytest.mark.parametrize(("language", "a", "b"), TOLLS)
def test_a_count_in_words_agrees_with_its_digits(language: str, a: str, b: str) -> None:
    assert details(a, b.format(VALUES[language]), language) == []


@pytest.mark.parametrize(("language", "a", "b"), TOLLS)
def test_a_count_in_words_disagrees_with_other_digits(language: str, a: str, b: str) -> None:
    (detail,) = details(a, b.format(15), language)
    assert detail.endswith(" vs 15")
