"""Tests of reader/analysis/words/word_endings.py: "Violence was", not "Laurence has"."""

from __future__ import annotations

import pytest

from reader.analysis.words.word_endings import common_by_ending, qualifier_by_ending


def opening(sentence: str) -> tuple[str, str, str, int]:
    """The first word in small letters, the second (less a comma), the sentence, and
    where the second ends."""
    first, following = sentence.split()[:2]
    following = following.rstrip(",")
    return first.lower(), following, sentence, len(first) + 1 + len(following)


def common(sentence: str) -> bool:
    return common_by_ending(*opening(sentence))


def qualifier(sentence: str) -> bool:
    return qualifier_by_ending(*opening(sentence))


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


def test_a_noun_closed_by_a_comma_is_one_a_word_of_such_an_ending_qualifies() -> None:
    assert common("Ordinary workers, furious, marched.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Presidential guards, who usually stand immobile",
        "Congressional critics and environmental groups",
        "Perennial party girl Tara Reid",
    ],
)
def test_a_word_of_such_an_ending_before_a_noun_qualifies_it(sentence: str) -> None:
    assert qualifier(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Summit officials said no deal was signed.",  # no such ending
        "Interior officials said so.",
        "Registration will run from October.",  # a verb, no noun
        "Presidential beat them twice.",  # a verb before its object
    ],
)
def test_a_word_of_no_such_ending_or_before_no_noun_qualifies_nothing(sentence: str) -> None:
    assert not qualifier(sentence)
