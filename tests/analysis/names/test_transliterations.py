"""Tests of reader/analysis/names/transliterations.py: a name two outlets transliterate
two ways ("Mohammed al-Rashidi" and "Muhammad Al Rashedi", "Yevgeny Korolyov" and
"Evgeniy Korolëv") is one name in a pair of one language; different names a letter or a
vowel apart ("Ivanov" and "Ivanova", "Hassan" and "Hussein") stay two."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.names.transliterations import _skeleton, transliterated
from reader.model import Document
from tests.analysis.name_keys import entity_tags, pair_keys

MakeDoc = Callable[[str], Document]

GULF = (
    "Prisoners freed in swap\n"
    "Mohammed al-Rashidi, an aid worker, was freed with Dmitry Zaitsev on Friday.\n"
    "His brother Tariq al-Rashidi met him, said Sheikh Abdulrahman Al Nuaimi.\n"
    "Col. Yevgeny Korolyov was flown to Norgrad.\n"
)
WIRE = (
    "Prisoners freed in exchange\n"
    "Muhammad Al Rashedi, an aid worker, was released with Dmitri Zaytsev on Friday.\n"
    "His brother Tareq Al Rashedi met him, said Abdul Rahman al-Nuaimi.\n"
    "Evgeniy Korolëv was flown to Norgrad. Korolev had served two years.\n"
)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("rashidi", "rashedi"),
        ("tariq", "tareq"),
        ("mohammed", "muhammad"),
        ("yevgeny", "evgeniy"),
        ("korolyov", "korolev"),
        ("korolyov", "korolëv"),
        ("zaitsev", "zaytsev"),
        ("dmitry", "dmitri"),
        ("osama", "usama"),
    ],
)
def test_one_name_transliterated_two_ways(x: str, y: str) -> None:
    assert transliterated(x, y) and transliterated(y, x)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("ivanov", "ivanova"),
        ("hassan", "hussein"),
        ("tsai", "cai"),
        ("hamad", "hamed"),
        ("mario", "marie"),
        ("anna", "anne"),
        ("petersen", "peterson"),
    ],
)
def test_two_names_stay_two(x: str, y: str) -> None:
    assert not transliterated(x, y)


@pytest.mark.parametrize(
    "key", ["mohammed al rashidi", "tariq al rashidi", "dmitry zaitsev", "yevgeny korolyov"]
)
def test_a_name_transliterated_two_ways_is_keyed_alike(doc: MakeDoc, key: str) -> None:
    keys_a, keys_b = pair_keys(doc(GULF), doc(WIRE))
    assert key in keys_a & keys_b


def test_a_surname_alone_is_keyed_as_the_other_side_writes_it(doc: MakeDoc) -> None:
    _, keys_b = pair_keys(doc(GULF), doc(WIRE))
    assert "korolyov" in keys_b


def test_a_name_in_one_word_and_in_two_is_keyed_alike(doc: MakeDoc) -> None:
    keys_a, keys_b = pair_keys(doc(GULF), doc(WIRE))
    assert "abdulrahman al nuaimi" in keys_b
    assert "sheikh abdulrahman al nuaimi" in keys_a


def test_a_word_both_forms_of_which_one_side_writes_keeps_its_key(doc: MakeDoc) -> None:
    # the wire writes "Ivanov" and "Ivanova" (a man and his wife): neither is the other's
    gulf = GULF + "Pavel Ivanov and Olga Ivanova were freed.\n"
    wire = WIRE + "Pavel Ivanov and Olga Ivanova were released.\n"
    keys_a, keys_b = pair_keys(doc(gulf), doc(wire))
    assert {"pavel ivanov", "olga ivanova"} <= keys_a & keys_b


def test_a_word_with_two_partners_on_the_other_side_keeps_its_key(doc: MakeDoc) -> None:
    # "Hamed" may be "Hamid" or "Hameed": which, the pair does not tell
    gulf = GULF + "Hamid Saleh and Hameed Nouri were freed.\n"
    wire = WIRE + "Hamed Saleh was released.\n"
    _, keys_b = pair_keys(doc(gulf), doc(wire))
    assert "hamed saleh" in keys_b


def test_the_two_spellings_are_tagged_as_one_entity(doc: MakeDoc) -> None:
    tags = entity_tags(doc(GULF), doc(WIRE))
    assert ("Mohammed al-Rashidi", "Muhammad Al Rashedi") in tags
    assert ("Dmitry Zaitsev", "Dmitri Zaytsev") in tags


def test_two_brothers_of_one_surname_stay_two(doc: MakeDoc) -> None:
    tags = entity_tags(doc(GULF), doc(WIRE))
    assert ("Mohammed al-Rashidi", "Tareq Al Rashedi") not in tags
    assert ("Tariq al-Rashidi", "Muhammad Al Rashedi") not in tags


_LETTERS = st.text(alphabet="aeiouyëbdhkmnrst", min_size=4, max_size=9)


@given(x=_LETTERS, y=_LETTERS)
def test_two_words_one_name_transliterated_share_their_consonants(x: str, y: str) -> None:
    """Only words of one skeleton are compared (two long articles name some thousand
    words each): the skeleton never leaves out a pair the rules take."""
    if transliterated(x, y):
        assert _skeleton(x) == _skeleton(y)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("rashidi", "rashedi"),
        ("korolyov", "korolev"),
        ("mohammed", "muhammad"),
        ("mohamed", "mohammed"),
    ],
)
def test_known_transliterations_share_a_skeleton(x: str, y: str) -> None:
    assert transliterated(x, y) and _skeleton(x) == _skeleton(y)
