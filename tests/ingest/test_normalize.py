"""Tests of reader/ingest/normalize.py: clean-up for display, ``fold`` for matching."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.normalize import clean, fold, is_blank

CLEAN_CASES: list[tuple[str, str]] = [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("a\r\n\r\nb", "a\n\nb"),
    ("a\u2028b\u2029c", "a\nb\nc"),
    ("a\x00b\x07c\x1bd\x7fe\x85f", "abcdef"),
    ("keep\ttab\nand newline", "keep\ttab\nand newline"),
    ("“quotes” ‘kept’ — dash\u00a0nbsp", "“quotes” ‘kept’ — dash\u00a0nbsp"),
    ("\x0c\x0bform", "form"),
]


@pytest.mark.parametrize(("raw", "expected"), CLEAN_CASES)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


FOLD_CASES: list[tuple[str, str]] = [
    ("‘single’", "'single'"),
    ("“double”", '"double"'),
    ("„low“", '"low"'),
    ("«guillemets»", '"guillemets"'),
    ("a\u00a0b\u202fc\u2009d", "a b c d"),
    ("a‒b–c—d―e", "a-b-c-d-e"),
    ("Ｆｕｌｌ", "Full"),
    ("ﬁ", "ﬁ"),  # NFKC gives two characters: kept as is
    ("½", "½"),
    ("plain ascii", "plain ascii"),
    ("Kim’s “fiery friendship,”", 'Kim\'s "fiery friendship,"'),
]


@pytest.mark.parametrize(("raw", "expected"), FOLD_CASES)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.text())
def test_fold_changes_no_ascii_character(text: str) -> None:
    folded = fold(text)
    for before, after in zip(text, folded, strict=True):
        if before.isascii():
            assert before == after


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.text())
def test_clean_leaves_no_control_characters(text: str) -> None:
    assert all(c in "\n\t" or (c >= " " and not "\x7f" <= c <= "\x9f") for c in clean(text))
    assert "\r" not in clean(text)


@pytest.mark.parametrize(("text", "expected"), [("", True), (" \n\t", True), (" a ", False)])
def test_is_blank(text: str, expected: bool) -> None:
    assert is_blank(text) is expected
