"""Tests of reader/analysis/words/model_vocabulary.py: the words the sentence model's
tokenizer holds whole."""

from __future__ import annotations

import pytest

from reader.analysis.words.model_vocabulary import vocabulary_word


@pytest.mark.parametrize("word", ["Cells", "terms", "Looking", "hooded", "Rest"])
def test_a_common_word_is_in_the_vocabulary(word: str) -> None:
    assert vocabulary_word(word)


@pytest.mark.parametrize("word", ["Pinup", "Lohan", "Kempthorne", "of", "##s", "Cells2"])
def test_a_rare_word_a_short_one_or_a_piece_is_not(word: str) -> None:
    assert not vocabulary_word(word)
