"""Tests of reader/ingest/normalize.py: clean-up for display, ``fold`` for matching."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.normalize import PIECE, clean, fold, is_blank, pieces

CLEAN_CASES: list[tuple[str, str]] = [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("a\r\n\r\nb", "a\n\nb"),
    ("a\u2028b\u2029c", "a\nb\nc"),
    ("a\x00b\x07c\x1bd\x7fe\x9ff", "abcdef"),
    ("line\x0bbreak\x0cpage\x85next", "line\nbreak\npage\nnext"),
    ("keep\ttab\nand newline", "keep\ttab\nand newline"),
    ("“quotes” ‘kept’ — dash\u00a0nbsp", "“quotes” ‘kept’ — dash\u00a0nbsp"),
    ("\x0c\x0bform", "\n\nform"),
    (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f4bb",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f4bb",
    ),
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


# Texts longer than one piece, built from a short generated text (with and without
# newlines, so that both kinds of cut happen).
long_texts = st.text(min_size=1, max_size=40).map(lambda t: t * (2 * PIECE // len(t) + 2))


@settings(deadline=None, max_examples=40)
@given(st.text(), st.integers(min_value=1, max_value=30))
def test_pieces_join_back_to_the_text(text: str, size: int) -> None:
    assert "".join(pieces(text, size)) == text


@settings(deadline=None, max_examples=40)
@given(st.text(alphabet="ab\r\n", max_size=200), st.integers(min_value=1, max_value=30))
def test_pieces_never_split_a_crlf(text: str, size: int) -> None:
    parts = pieces(text, size)
    assert not any(a.endswith("\r") and b.startswith("\n") for a, b in itertools.pairwise(parts))


def test_a_long_text_is_cut_after_newlines() -> None:
    text = ("x" * 999 + "\n") * (3 * PIECE // 1000)
    assert all(part.endswith("\n") for part in pieces(text)[:-1])


@settings(deadline=None, max_examples=25)
@given(long_texts)
def test_fold_of_a_long_text_equals_fold_of_its_characters(text: str) -> None:
    assert fold(text) == "".join(fold(c) for c in text)


@settings(deadline=None, max_examples=25)
@given(long_texts)
def test_clean_of_a_long_text_equals_one_pass(text: str) -> None:
    one_pass = re.sub(
        r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]",
        "",
        re.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text),
    )
    assert clean(text) == one_pass
