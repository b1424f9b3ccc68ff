# ruff: noqa: E501  (a pair of sentences a line)
"""The words a time's clause is compared by (reader/analysis/words/clauses.py): German's nouns,
capitalised, count as its small words do; its names do not."""

from __future__ import annotations

import pytest

from reader.analysis.linking.word_forms import word_forms
from reader.analysis.words.clauses import content_words
from tests.analysis.sentence_pairs import details

GERMAN_STEM = word_forms("German").stem


def test_german_nouns_are_clause_words() -> None:
    words = content_words("Den Angriff auf den Tanker meldete die Marine", "German")
    assert {GERMAN_STEM(w) for w in ("angriff", "tanker", "meldete", "marine")} <= words


@pytest.mark.parametrize("name", ["Olaf Scholz", "Berlin", "Siemens"])
def test_german_names_are_no_clause_words(name: str) -> None:
    words = content_words(f"Am Montag besuchte {name} das Werk in der Stadt", "German")
    assert not {GERMAN_STEM(w.lower()) for w in name.split()} & words


def test_an_english_clause_keeps_only_its_small_words() -> None:
    assert content_words("The Navy sank the ship", "English") == {"sank", "ship"}


@pytest.mark.parametrize(
    ("language", "a", "b", "detail"),
    [
        # the attack's date against the attack's, not the arrest's: the clauses share nouns
        ("German", "Den Angriff auf den Tanker am 19. November und die Festnahme der Piraten am 11. November meldete die Marine.",
         "Den Angriff auf den Tanker am 18. November meldete die Marine.", "19. November vs 18. November"),
        ("German", "Den Angriff auf den Tanker am 19. November und die Festnahme der Piraten am 11. November meldete die Marine.",
         "Die Festnahme der Piraten am 18. November meldete die Marine.", "11. November vs 18. November"),
        (None, "The attack on the tanker on November 19 and the arrest of the pirates on November 11 were reported by the navy.",
         "The attack on the tanker on November 18 was reported by the navy.", "November 19 vs November 18"),
    ],
)  # fmt: skip
def test_dates_of_one_act_are_told_by_their_clauses_nouns(
    language: str | None, a: str, b: str, detail: str
) -> None:
    assert details(a, b, language) == [detail]


# was "January 2024 vs 1 December": a record beaten was told on the event's occasion
@pytest.mark.parametrize(
    "a",
    [
        "Demand peaked at a record 21,480 megawatts, beating the previous high of 20,960 megawatts set in January 2024.",
        "Demand peaked at a record 21,480 megawatts, above the old record set in January 2024.",
    ],
)
def test_the_month_of_a_record_beaten_is_another_occasion(a: str) -> None:
    b = "The operator cut power to 1,412,000 homes on Tuesday, 1 December, as demand hit a high."
    assert details(a, b) == []


def test_the_month_of_the_event_s_own_record_still_differs() -> None:
    assert details(
        "Demand peaked at a record 21,480 megawatts in January 2024.",
        "Demand peaked at a record 21,480 megawatts on 1 December.",
    ) == ["January 2024 vs 1 December"]
