"""A fact-checker's prisoner exchange pair (tests/data/pages/swap_*): a Gulf paper ("a
13-for-13 swap", "Mohammed al-Rashidi", "his brother Tariq al-Rashidi", "Col. Yevgeny
Korolyov ... sentenced to 16 years for espionage", "Dmitry Zaitsev", "Sheikh Abdulrahman
bin Saif Al Nuaimi", "Tsai Ming-han", "a 58-year-old teacher") and a European wire ("26
prisoners", "Muhammad Al Rashedi", "Tareq Al Rashedi", "Evgeniy Viktorovich Korolëv ...
serving an 18-year sentence for espionage", "Korolev", "Dmitri Zaytsev", "Abdul Rahman
al-Nuaimi", "Cai Minghan", "Anna Lindqvist, 58"), aligned by both methods: Korolyov's
sentence is the one real discrepancy; the names, transliterated two ways, are one each,
and the two brothers stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Alignment
from tests.page_pairs import entity_pairs, figure_pairs, shown_discrepancies
from tests.swap_pages import swap_alignment


@pytest.fixture(scope="module", params=["lexical", "semantic"])
def swap(request: pytest.FixtureRequest, data_dir: Path) -> Alignment:
    return swap_alignment(data_dir, request.param)


# was none: "an 18-year sentence" read as a kind of sentence, not its length, and the two
# sentences named no one in common ("Korolyov", "Korolëv")
def test_the_sentence_is_the_one_discrepancy(swap: Alignment) -> None:
    assert shown_discrepancies(swap) == ["16 vs 18"]


# was no match: the two outlets transliterate the names two ways
@pytest.mark.parametrize(
    "pair",
    [
        ("Mohammed al-Rashidi", "Muhammad Al Rashedi"),
        ("Tariq al-Rashidi", "Tareq Al Rashedi"),
        ("Dmitry Zaitsev", "Dmitri Zaytsev"),
        ("Yevgeny Korolyov", "Evgeniy Viktorovich Korolëv"),
        ("Yevgeny Korolyov", "Korolev"),
        ("Al-Rashidi", "Al Rashedi"),
    ],
)
def test_a_name_transliterated_two_ways_is_one_entity(
    swap: Alignment, pair: tuple[str, str]
) -> None:
    assert pair in entity_pairs(swap)


# was no match: "Abdulrahman" in one word, "Abdul Rahman" in two
def test_the_mediator_s_minister_is_one_entity(swap: Alignment) -> None:
    assert ("Sheikh Abdulrahman bin Saif Al Nuaimi", "Abdul Rahman al-Nuaimi") in entity_pairs(swap)


def test_the_two_brothers_stay_two(swap: Alignment) -> None:
    pairs = entity_pairs(swap)
    assert ("Mohammed al-Rashidi", "Tareq Al Rashedi") not in pairs
    assert ("Tariq al-Rashidi", "Muhammad Al Rashedi") not in pairs


def test_the_aid_worker_s_sentence_agrees(swap: Alignment) -> None:
    assert ("12 years", "12 years") in figure_pairs(swap)


def test_the_teacher_named_in_one_report_only_is_one_age(swap: Alignment) -> None:
    assert ("58-year-old", "58") in figure_pairs(swap)


def test_a_swap_told_each_way_and_in_all_is_no_discrepancy(swap: Alignment) -> None:
    assert not [d for d in shown_discrepancies(swap) if "26" in d or "13" in d or "12" in d]
