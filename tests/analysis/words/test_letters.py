"""Tests of reader/analysis/words/letters.py: letter classes for regular expressions."""

from __future__ import annotations

import re

import pytest

from reader.analysis.words.letters import (
    _PLANE,
    characters,
    letter_class,
    plain_letters,
    unaccented,
)


@pytest.mark.parametrize(
    ("start", "stop"), [(0, 0), (0, 1), (65, 91), (0xD7F0, 0xD800), (0xE000, 0xE010), (0, 0x3000)]
)
def test_characters_are_those_of_each_code_point(start: int, stop: int) -> None:
    assert characters(start, stop) == "".join(map(chr, range(start, stop)))


def test_the_plane_is_every_character_but_the_surrogates() -> None:
    assert len(_PLANE) == 0x10000 - 0x800
    assert _PLANE[0] == "\0" and _PLANE[0xD7FF] == "\ud7ff" and _PLANE[0xD800] == "\ue000"
    assert _PLANE[-1] == "\uffff"


def test_upper_case_letters_of_several_scripts() -> None:
    upper = re.compile(f"[{letter_class(str.isupper)}]")
    assert all(upper.fullmatch(c) for c in "AZÀÖÉАЯΑΩ")
    assert not any(upper.fullmatch(c) for c in "azéя1 Ⓐ")  # Ⓐ is upper but no letter


def test_unaccented() -> None:
    assert unaccented("Gérald") == "gerald" and unaccented("Zürich") == "zurich"


@pytest.mark.parametrize(
    ("word", "plain"),
    [("Wróbel", "wrobel"), ("Łukasz", "lukasz"), ("Sørensen", "sorensen"), ("Nuñez", "nunez"),
     ("Strauß", "strauss"), ("Đoković", "dokovic"), ("Ægir", "aegir")],
)  # fmt: skip
def test_plain_letters_are_a_word_s_without_any_mark(word: str, plain: str) -> None:
    assert plain_letters(word) == plain
