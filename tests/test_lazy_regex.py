"""reader.lazy_regex: a pattern compiled on first use reads as re.compile's would."""

from __future__ import annotations

import re

import pytest

from reader.lazy_regex import LazyPattern, longest_first

SENTENCE = "At least 1,200 people were evacuated on Tuesday, officials in Kyiv said at 14:30."
FIGURE = r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)"


@pytest.fixture
def figure() -> LazyPattern:
    return LazyPattern(FIGURE)


def test_finds_what_the_compiled_pattern_finds(figure: LazyPattern) -> None:
    compiled = re.compile(FIGURE)
    assert [m.span() for m in figure.finditer(SENTENCE)] == [
        m.span() for m in compiled.finditer(SENTENCE)
    ]
    assert figure.findall(SENTENCE) == compiled.findall(SENTENCE)
    assert figure.sub("N", SENTENCE) == compiled.sub("N", SENTENCE)


def test_keeps_its_flags() -> None:
    said = LazyPattern(r"\bofficials\b.*\bsaid\b", re.IGNORECASE)
    assert said.search(SENTENCE.upper()) is not None
    assert said.match(SENTENCE) is None
    assert said.flags & re.IGNORECASE


def test_a_pattern_never_used_is_never_compiled() -> None:
    broken = LazyPattern(r"(?P<day>Monday|Tuesday")  # one bracket short
    assert broken.pattern.startswith("(?P<day>")
    with pytest.raises(re.error):
        broken.search(SENTENCE)


def test_once_used_calls_go_to_the_compiled_pattern(figure: LazyPattern) -> None:
    assert figure.search(SENTENCE) is not None
    assert figure.compiled is figure.compiled
    assert figure.search.__self__ is figure.compiled  # type: ignore[attr-defined]
    assert figure.fullmatch("1,200") is not None


def test_longest_first_puts_longer_words_first() -> None:
    assert longest_first({"Sep", "Sept", "September"}) == ["September", "Sept", "Sep"]


def test_longest_first_orders_words_of_one_length_alike_from_any_set() -> None:
    words = ["may", "jun", "jul", "aug", "june", "july"]
    assert longest_first(set(words)) == longest_first(reversed(words)) == [
        "july", "june", "aug", "jul", "jun", "may",
    ]  # fmt: skip
