"""The department an office is of, between the office and its holder
(reader/analysis/names/office_departments.py): how many of a run's words name it, and
whether a list of its words goes on after a run."""

from __future__ import annotations

import re

import pytest

from reader.analysis.names.office_departments import department_words, list_goes_on


@pytest.mark.parametrize(
    ("words", "in_list", "count"),
    [
        ("State John Kerry", False, 1),
        ("Homeland Security Janet Napolitano", False, 2),
        ("Human Services Kathleen Sebelius", True, 2),
        # no given name known: the two words after a department's last word
        ("Human Services Jeh Johnson", True, 2),
        ("Rural Affairs Ernie Hardeman", True, 2),
        ("Welfare Yasuhisa Shiozaki", True, 1),
        # a place, a person, a paper
        ("India Narendra Modi", False, 0),
        ("Hillary Clinton", True, 0),
        ("Wall Street Journal", True, 0),
        ("Environment Canada", True, 0),
        # one word after a department's last word: its holder's surname ...
        ("Human Services Sebelius", True, 2),
        ("Urban Development Carson", True, 2),
        ("Homeland Security Chertoff", True, 2),
        # ... unless it names a law, a body, a building or a place
        ("Homeland Security Act", True, 0),
        ("Human Services Agency", True, 0),
        ("Human Services Building", True, 0),
        ("Human Services Department", True, 3),  # all of it the department's name
        ("Foreign Affairs Minister", True, 0),
        ("Veterans Affairs Canada", True, 0),
    ],
)
def test_the_words_naming_the_department(words: str, in_list: bool, count: int) -> None:
    assert department_words(words.split(), 0, in_list)[0] == count


def test_an_item_of_a_list_going_on_is_the_department_s() -> None:
    assert department_words(["Food"], 10, True, goes_on=True) == (1, 10)
    assert department_words(["Food"], 10, True) == (0, -1)


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    return [
        (m.start(), m.end(), m.group().split())
        for m in re.finditer(r"[A-Z]\w*(?: [A-Z]\w*)*", text)
    ]


@pytest.mark.parametrize(
    ("text", "k", "goes_on"),
    [
        ("Secretary of Agriculture, Food and Rural Affairs Ernie Hardeman spoke", 2, True),
        ("Secretary of Food, Agriculture and Rural Affairs Jane Doe spoke", 1, True),
        ("Secretary of Agriculture, Food and Rural Affairs resigned", 2, True),
        # the list's last item names no department, or a person
        ("Secretary of State, Rice and Lavrov met", 2, False),
        ("Secretary of State, Rice and Wall Street Journal editors met", 2, False),
        ("Secretary of State, Rice and Hillary Clinton met", 2, False),
        # no "and" closes it
        ("Secretary of State, Rice, said", 2, False),
    ],
)
def test_a_list_of_a_department_s_words_goes_on(text: str, k: int, goes_on: bool) -> None:
    assert list_goes_on(text, _runs(text), k) is goes_on
