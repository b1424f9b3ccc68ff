"""Tests of reader/analysis/words/noun_qualifiers.py: "Veteran players know", not "Putin
wants more"."""

from __future__ import annotations

import pytest

from reader.analysis.words.noun_qualifiers import (
    adjective_of_a_noun,
    common_written,
    noun_of_a_subject,
    plural_noun,
    plural_subject,
    superlative,
)


def plural(sentence: str) -> bool:
    first, following = sentence.split()[:2]
    following = following.rstrip(",")
    return plural_noun(following, sentence, len(first) + 1 + len(following))


@pytest.mark.parametrize("word", ["Veteran", "Trade", "Full-scale", "Presidential"])
def test_a_word_written_as_a_common_word_is_one(word: str) -> None:
    assert common_written(word)


@pytest.mark.parametrize(
    "word",
    ["Coca-Cola", "McG", "CNN", "Alfred", "Greece", "Western", "Somali", "Pinup"],
)
def test_a_name_a_nationality_or_a_word_of_no_vocabulary_is_no_common_word(word: str) -> None:
    assert not common_written(word)


@pytest.mark.parametrize(
    "sentence",
    [
        "Veteran players know all too well.",  # a verb's plain form
        "Trade unions say their members pay.",
        "Marine commandos boarded the dhow.",  # a past
        "Cell windows are long.",  # a plural's verb
        "Full-scale clashes soon erupted.",  # an adverb
        "Ethnic minorities, such as the Uzbeks, were barred.",  # a comma
        "Lead actors Jennifer Lawrence and Liam Hemsworth are signed.",  # a given name
    ],
)
def test_a_plural_noun_going_on_as_a_subject_is_one(sentence: str) -> None:
    assert plural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin wants more.",  # a verb in "-s" before its object
        "Apple makes phones in China.",
        "Obama meets Xi Jinping in Beijing.",
        "God approves of nudity.",  # before a preposition
        "Word comes from People magazine.",
        "Summit says that no deal was signed.",  # a verb of saying
        "Playboy magazine featured her.",  # no plural
        "Cheeks was hired.",  # a function word
        "Business boss quits.",  # "-ss"
    ],
)
def test_a_verb_in_s_or_a_singular_is_no_plural_noun(sentence: str) -> None:
    assert not plural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a wire story two outlets printed (tests/data/pages, the flood pair)
        "Rescue crews in boats and helicopters pulled more than 150 people from rooftops.",
        "Relief workers in trucks and boats arrived on Monday.",
        "Town officials of the two counties were told.",
        "Rescue teams from nearby towns have arrived.",
    ],
)
def test_a_plural_noun_before_a_phrase_and_its_verb_is_one(sentence: str) -> None:
    """A preposition's phrase between the plural and its verb: "crews in boats and
    helicopters pulled"; before, a preposition after the plural kept the opener a name."""
    assert plural(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "God approves of nudity in art.",  # no verb after the phrase
        "Apple makes phones in factories the company owned.",  # no preposition after "-s"
        "Democratic leaders in Congress who have tried applauded.",  # a capital
        "God approves of what they did.",  # a pronoun
    ],
)
def test_a_verb_in_s_before_a_phrase_is_no_plural_noun(sentence: str) -> None:
    assert not plural(sentence)


def subject(sentence: str) -> bool:
    first = sentence.split()[0].rstrip(",")
    return plural_subject(first, sentence, len(first))


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters in Turkmenistan cast ballots Sunday.",
        "Voters, however, appeared reluctant.",
        "Opponents call the change objectionable.",
        "Opponents considered the rule a maneuver.",
        "Environmentalists widely praised the action.",
        "Environmentalists say it is a good day.",
        "Moralists denounced the photos.",
        "Developers and business groups argued.",
        "Hospitals and schools were also hit.",
    ],
)
def test_a_plural_noun_going_on_as_a_subject_is_a_plural_subject(sentence: str) -> None:
    assert subject(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cheeks arrives in Philadelphia.",  # a verb in "-s"
        "Williams said she swam.",  # a surname's verb of saying
        "Jones told reporters.",
        "Angels general manager Tony Reagins confirmed it.",
        "Turkmens go to the polls.",  # a nationality
        "Alfreds are here.",  # no word of the vocabulary
        "Lawrence is set to star.",
    ],
)
def test_a_name_or_a_word_before_no_subjects_verb_is_no_plural_subject(sentence: str) -> None:
    assert not subject(sentence)


def alone_subject(sentence: str) -> bool:
    first = sentence.split()[0]
    return plural_subject(first, sentence, len(first), alone=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Forecasters said more rain was expected.",  # "forecast"
        "Inspectors said the dam held.",
        "Rescuers said the water was rising.",  # "rescue"
    ],
)
def test_an_agents_plural_the_pair_names_alone_before_said_is_a_plural_subject(
    sentence: str,
) -> None:
    """Named in no other name and opening no other sentence (``alone``), the plural of an
    agent noun before "said" is a subject; not named so, it may be a surname's."""
    assert alone_subject(sentence)
    assert not subject(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Meteorologists said more rain would come.",  # "-ists", no word of the vocabulary
        "Economists said growth slowed.",
        "Paramedics said two were hurt.",  # "-ics"
        "Medics said two were hurt.",  # "-ics" after three letters
        "Volunteers said the water rose.",  # "-eers"
        "Mourners said prayers for the dead.",  # "mourning"
        "Participants said the talks went well.",  # "-ants"
    ],
)
def test_a_plural_for_people_by_its_ending_the_pair_names_alone_before_said_is_a_subject(
    sentence: str,
) -> None:
    """No agent noun of a word the vocabulary holds, the plural's ending, or its form in
    "-ing", tells a noun for people; not named so, it may still be a surname's."""
    assert alone_subject(sentence)
    assert not subject(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Edwards said the deal was done.",
        "Roberts said the deal was done.",
        "Adams said the deal was done.",
        "Nichols said the deal was done.",
        "Clements said the deal was done.",  # "-ents" is left out
        "Summers said the deal was done.",
        "Chambers said the deal was done.",
        "Lyons said the deal was done.",
        "Peters said the deal was done.",  # "Peter", a given name
        "Walters said the deal was done.",
        "Sanders said the deal was done.",  # "sanders" held whole, "sander" not
        "Waters said the deal was done.",  # of "wat": too short a word
        "Powers said the deal was done.",
        "Rivers said the deal was done.",  # no agent noun
        "Rogers said the deal was done.",
        "Williams said she swam.",
        "Hicks said the deal was done.",
        "Medic said the deal was done.",  # a singular
    ],
)
def test_a_surname_before_said_is_no_plural_subject_even_alone(sentence: str) -> None:
    assert not alone_subject(sentence)


@pytest.mark.parametrize(
    ("word", "adjective"),
    [("Saucy", True), ("Bloody", True), ("Murphy", False), ("Kennedy", False), ("Kelly", False)],
)
def test_an_adjective_in_y_of_a_noun_of_the_vocabulary(word: str, adjective: bool) -> None:
    assert adjective_of_a_noun(word) is adjective


@pytest.mark.parametrize(
    ("word", "is_one"),
    [
        ("Best", True),
        ("Worst", True),
        ("Greatest", True),
        ("Latest", True),
        ("Everest", False),
        ("Forrest", False),
        ("West", False),
        ("Ernest", False),
    ],
)
def test_a_superlative(word: str, is_one: bool) -> None:
    assert superlative(word) is is_one


def qualifies_subject(sentence: str) -> bool:
    word, noun = sentence.split()[:2]
    return noun_of_a_subject(word, noun, sentence, len(word) + 1 + len(noun))


@pytest.mark.parametrize(
    "sentence",
    [
        "Union reaction was swift.",  # ECB+ 8_3ecbplus, in other words
        "Trade policy has changed.",
        "Party leadership will meet on Friday.",
    ],
)
def test_a_common_noun_before_a_singular_subject_and_its_verb_qualifies_it(sentence: str) -> None:
    assert qualifies_subject(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bush administration was criticised.",  # a noun a person's name qualifies
        "Brown family has moved.",
        "Ford chairman was there.",  # no "fords" in the vocabulary
        "Facebook page was hacked.",
        "Union reaction over the cuts was muted.",  # no verb right after
        "Union leaders were angry.",  # a plural (``plural_noun``)
        "Union said it would strike.",
    ],
)
def test_a_name_or_no_singular_subject_is_not_qualified(sentence: str) -> None:
    assert not qualifies_subject(sentence)
