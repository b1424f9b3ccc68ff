"""What the analysis takes for a word: possessives and contractions without their clitic."""

from __future__ import annotations

import pytest

from reader.analysis.words.stems import base_word, clitic_apart


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("family's", "family"),
        ("family\u2019s", "family"),
        ("workers'", "workers"),
        ("don't", "do"),
        ("it\u2019s", "it"),
        ("can't", "can"),
        ("won't", "will"),
        ("i've", "i"),
        ("we're", "we"),
        ("they'll", "they"),
        ("i'd", "i"),
        ("i'm", "i"),
        ("n't", ""),
        ("o'neill", "o'neill"),
        ("privacy", "privacy"),
    ],
)
def test_base_word_drops_a_possessive_or_a_contraction(word: str, base: str) -> None:
    assert base_word(word) == base


@pytest.mark.parametrize(
    ("text", "start", "word", "apart"),
    [
        ("family 's privacy", 8, "s", True),
        ("we \u2019ve done", 4, "ve", True),
        ("do n't go", 3, "n't", True),
        ("the 'mother ship'", 5, "mother", False),
        ("the 's' key", 5, "s", True),  # read as a clitic: no word either way
        ("a vitamin D pill", 10, "D", False),
    ],
)
def test_clitic_apart_tells_a_clitic_written_apart_from_its_word(
    text: str, start: int, word: str, apart: bool
) -> None:
    assert text[start : start + len(word)] == word
    assert clitic_apart(text, start, word) is apart
