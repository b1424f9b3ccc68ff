"""A date told before the noun it dates ("the November 18 sinking of a Thai fishing
trawler", "the 18 November attack") is read by that noun, not by the words before it
("the adverse publicity which followed"); and an English irregular verb's forms are one
act in a clause ("sunk", "sank" and "sinking"; "fled" and "fleeing"): the date guard of
a sentence telling several dates compares dates of one act (reader.analysis.words.clauses)."""

from __future__ import annotations

import pytest

from reader.analysis.words.clauses import content_words, dates_a_noun
from tests.analysis.sentence_pairs import details, feats

# 12_12ecb and 12_17ecb: one sinking, told on November 19 and on November 18
TABAR = (
    "The Navy rushed its stealth frigate INS Tabar, which was already deployed nearby to "
    "Gulf of Aden on November 2 and since then it rescued an Indian vessel MV Jag Arnav and "
    "a Saudi cargo ship on November 11 and also sunk a pirate `mother ship' on November 19."
)
PUBLICITY = (
    "The Indian anti-piracy patrol is moving full steam ahead undeterred by the adverse "
    "publicity which followed the November 18 sinking of a Thai fishing trawler in Indian "
    "Naval action against pirates on board."
)


def test_a_date_before_the_noun_it_dates_is_compared_by_that_noun() -> None:
    assert details(TABAR, PUBLICITY) == ["November 19 vs November 18"]


def test_a_date_before_its_noun_after_the_day_and_month() -> None:
    a = "Pirates attacked the tanker on 17 November and seized a cargo ship on 20 November."
    b = "Officials condemned the 18 November attack on the tanker."
    assert details(a, b) == ["17 November vs 18 November"]


def test_a_date_before_a_noun_of_another_act_is_no_discrepancy() -> None:
    b = PUBLICITY.replace(
        "sinking of a Thai fishing trawler in Indian Naval action against pirates on board",
        "arrest of three crew members in Mumbai",
    )
    assert details(TABAR, b) == []


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("which followed the November 18 sinking of a trawler.", True),
        ("Officials condemned the 18 November attack.", True),
        ("They held a Nov. 18 meeting in Delhi.", True),
        ("The navy sank it on November 18 and left.", False),  # no article before it
        ("It came after the November 18 and 19 raids.", False),  # a list, not a noun
        ("By the November 18, the ship had sunk.", False),
    ],
)
def test_a_date_dates_a_noun_after_an_article_and_before_a_word(text: str, dated: bool) -> None:
    f = feats(text)
    (date,) = [m for m in f.numbers if m.kind == "date"]
    assert dates_a_noun(f, date.span.start, date.span.end) is dated


def test_a_date_of_another_language_dates_no_noun_before_it() -> None:
    text = "Das Boot sank nach dem 18. November Angriff."
    f = feats(text, "German")
    (date,) = [m for m in f.numbers if m.kind == "date"]
    assert not dates_a_noun(f, date.span.start, date.span.end)


@pytest.mark.parametrize(
    ("forms", "verb"),
    [
        (("sunk", "sank", "sinking", "sinks"), "sink"),
        (("struck", "stricken", "strikes"), "strike"),
        (("stolen", "stole", "stealing"), "steal"),
        (("fled", "fleeing", "flees"), "flee"),
        (("taken", "took", "taking"), "take"),
    ],
)
def test_an_irregular_verbs_forms_are_one_word_of_a_clause(
    forms: tuple[str, ...], verb: str
) -> None:
    assert {frozenset(content_words(w)) for w in forms} == {frozenset({verb})}


def test_a_regular_verb_and_a_past_form_alike_stay_apart() -> None:
    """ "founded" is to found, not "found" (to find)."""
    assert content_words("founded") != content_words("found")


def test_a_sinking_told_with_a_participle_and_with_the_past_is_one_act() -> None:
    """A tells two dates, so each is compared only with a date of one act: the ferry
    sank on March 3 and "which had sunk on March 4" share the act."""
    a = "The ferry sank off the coast on March 3, and survivors were found on March 5."
    b = "Divers reached the wreck, which had sunk on March 4, off the coast."
    assert details(a, b) == ["March 3 vs March 4"]


def test_another_act_on_another_day_stays_apart() -> None:
    a = "The ferry sank off the coast on March 3, and survivors were found on March 5."
    b = "Divers reached the wreck, which had drifted on March 4, off the coast."
    assert details(a, b) == []
