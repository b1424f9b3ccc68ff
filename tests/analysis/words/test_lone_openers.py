"""Tests of reader/analysis/words/lone_openers.py: "Days after", "Throughout the",
"Additionally," name nothing; "Weeks said", "Philly let" may."""

from __future__ import annotations

import pytest

from reader.analysis.words.lone_openers import lone_common_word


def lone(sentence: str) -> bool:
    """Whether the first word of ``sentence`` (less a comma) names nothing by its kind."""
    first = sentence.split()[0].rstrip(",")
    return lone_common_word(first, sentence, len(first))


@pytest.mark.parametrize(
    "sentence",
    [
        "Days after Catherine Hardwicke was ousted, Summit hired Weitz.",
        "Hours after Thursday's announcement, three groups sued.",
        "Minutes later, he shot Barnes.",
        "Weeks later the ship sailed.",
        "Years ago it was different.",
    ],
)
def test_a_span_of_time_before_what_it_is_measured_from_names_nothing(sentence: str) -> None:
    assert lone(sentence)


@pytest.mark.parametrize("sentence", ["Weeks said he would play.", "Days is a surname."])
def test_a_unit_of_time_before_any_other_word_may_name(sentence: str) -> None:
    assert not lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Throughout the 1960s, Page attended Bible schools.",
        "Amid the riots, shops closed.",
        "Much like the Twilight franchise, it may split.",
        "Back in November, Teixeira told ESPN.",
        "Far less is known of her life.",
    ],
)
def test_a_preposition_or_an_adverb_opening_a_phrase_names_nothing(sentence: str) -> None:
    assert lone(sentence)


@pytest.mark.parametrize("sentence", ["Back said he would stay.", "Far won the race."])
def test_such_an_adverb_before_a_verb_may_name(sentence: str) -> None:
    assert not lone(sentence)


def test_a_count_in_words_names_nothing() -> None:
    assert lone("Twenty-three personnel surrendered on boarding.")


def test_an_ordinal_before_a_comma_names_nothing() -> None:
    assert lone("First, he's a known quantity.")


def test_an_ordinal_before_a_word_may_name() -> None:
    assert not lone("Third said so.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Additionally, he was selected as coach.",
        "Typically, the program has been hosted by comedians.",
        "Newly elected Academy President Boone Isaacs said so.",
        "Unsurprisingly, he would like a raise.",
        "Slightly scathing, but playful.",
    ],
)
def test_an_adverb_in_ly_of_a_vocabulary_word_names_nothing(sentence: str) -> None:
    assert lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Philly let it be known.", "Kelly said so.", "Italy won.", "Beverly Hills is near."],
)
def test_a_name_in_ly_is_no_adverb(sentence: str) -> None:
    assert not lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sure, it was over the Thunder.",
        "True, Jackman held his own.",
        "Either way, Teixeira will end up rich.",
        "Good luck, Tara.",
        "Get well soon, Tara!",
        "Golden girl of screen and pool, Esther Williams, has died.",
    ],
)
def test_a_common_word_outside_its_clause_names_nothing(sentence: str) -> None:
    assert lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Strong, who was hurt, sat out.",
        "Moody, he said, was not there.",
        "Page, 84, died on Thursday.",
        "Smith, the coach, was upset.",
        "Maria, it was clear, had left.",  # a given name
        "Thompson thanked Tara.",
    ],
)
def test_a_name_before_a_comma_or_a_name_stays(sentence: str) -> None:
    assert not lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # ECB+ 1_1ecb
        "Word comes from People magazine and other outlets that Tara Reid checked in.",
        "Word came late on Friday that the talks had failed.",
        "Word spread quickly through the town.",
        "Word has it that he will stay.",
    ],
)
def test_word_telling_that_news_came_names_nothing(sentence: str) -> None:
    assert lone(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Word comes with a spell checker that works offline.",  # the program
        "Word comes from the Latin.",  # no "that"
        "Word said he would stay.",
    ],
)
def test_word_telling_of_no_news_may_name(sentence: str) -> None:
    assert not lone(sentence)
