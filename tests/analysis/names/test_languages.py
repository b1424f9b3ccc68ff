"""A nationality's word naming a language (reader.analysis.names.languages), read against
the pair as the app reads names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.model import Document
from tests.analysis.name_keys import entity_tags, pair_keys

MakeDoc = Callable[[str], Document]


def _keys(doc: MakeDoc, text: str) -> set[str]:
    return pair_keys(doc(text), doc("Nothing here.\n"))[0]


@pytest.mark.parametrize(
    "text",
    [
        "She taught English at a grammar school.\n",
        "He speaks English fluently.\n",
        "The book was translated from French into English.\n",
        "She wrote it in English.\n",
    ],
)
def test_a_language_is_keyed_as_one(doc: MakeDoc, text: str) -> None:
    assert _keys(doc, text) & {"english", "french"} == set()
    assert "english language" in _keys(doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was born to an English mother.\n",
        "He studied English history at Oxford.\n",
        "The boat sank in English waters.\n",
    ],
)
def test_a_nationality_s_adjective_stays_one(doc: MakeDoc, text: str) -> None:
    assert "english" in _keys(doc, text)


# was ("English", "English"): the obituary's teacher of English and the wire's English
# mother were one entity
def test_a_language_and_a_nationality_are_no_match(doc: MakeDoc) -> None:
    a = doc("She taught English at a grammar school.\n")
    b = doc("She was born to a French father and an English mother.\n")
    assert entity_tags(a, b) == []


def test_two_languages_match(doc: MakeDoc) -> None:
    a = doc("She taught English at a grammar school.\n")
    b = doc("She later wrote in English.\n")
    assert entity_tags(a, b) == [("English", "English")]
