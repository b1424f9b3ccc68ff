"""Tests of reader/analysis/words/word_endings.py: "Violence was", not "Laurence has"."""

from __future__ import annotations

import pytest

from reader.analysis.words.word_endings import common_by_ending


def common(sentence: str) -> bool:
    first, following = sentence.split()[:2]
    end = len(first) + 1 + len(following)
    return common_by_ending(first.lower(), following, sentence, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "Registration will run from October.",
        "Perennial party girl Tara Reid",
        "Celebrity website TMZ reported",
        "Approval ratings for the chancellor",
        "Legendary pinup queen Bettie Page",
        "Ordinary workers are furious.",
        "Violence was also reported",
        "Federal authorities said Saturday",
    ],
)
def test_a_word_its_ending_and_what_follows_tell_common_is_common(sentence: str) -> None:
    assert common(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mission said it would appeal.",  # a verb of saying
        "Calgary beat them twice.",  # a verb before its object
        "Unity won the vote.",  # an irregular past
        "Laurence has left the company.",  # "Laurent" is a given name
        "Reliance has bought the firm.",  # "reliant" is no word of the vocabulary
        "Continental cut its fares.",
        "Trinity reportedly agreed.",  # an adverb
        "Providence hosted the game.",  # a past in "-ed"
        "Carson is the host.",  # no such ending
    ],
)
def test_a_name_of_such_an_ending_before_a_verb_is_no_common_word(sentence: str) -> None:
    assert not common(sentence)
