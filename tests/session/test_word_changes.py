"""Tests of reader/session/word_changes.py: a sentence's wording before an update and
now, as pieces kept, taken out and put in, and cut to the changes in a few words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.session.word_changes import (
    Kind,
    Piece,
    added_words,
    in_context,
    removed_words,
    word_changes,
    wording,
)

WORDS = st.sampled_from(["the", "mayor", "said", "12", "14", "people", ",", ".", "rain", "Kim"])
SENTENCES = st.lists(WORDS, max_size=30).map(" ".join)


def letters(text: str) -> str:
    return "".join(text.split())


@given(SENTENCES, SENTENCES)
def test_the_pieces_read_as_the_wording_before_and_now(before: str, now: str) -> None:
    pieces = word_changes(before, now)
    assert letters(wording(pieces, Kind.REMOVED)) == letters(before)
    assert letters(wording(pieces, Kind.ADDED)) == letters(now)


@given(SENTENCES, SENTENCES)
def test_the_cut_keeps_every_change(before: str, now: str) -> None:
    pieces = word_changes(before, now)
    cut = in_context(pieces)
    assert removed_words(cut) == removed_words(pieces)
    assert added_words(cut) == added_words(pieces)


def test_a_word_changed_is_taken_out_and_put_in() -> None:
    pieces = word_changes("The mayor said 12 people died.", "The mayor said 14 people died.")
    assert pieces == [
        Piece("The mayor said ", Kind.SAME),
        Piece("12", Kind.REMOVED),
        Piece(" 14", Kind.ADDED),
        Piece(" people died.", Kind.SAME),
    ]


def test_a_word_put_in_alone() -> None:
    pieces = word_changes("The talks lasted three hours.", "The long talks lasted three hours.")
    assert removed_words(pieces) == [] and added_words(pieces) == ["long"]


def test_a_long_sentence_is_cut_to_a_few_words_around_each_change() -> None:
    before = (
        "On Monday morning the mayor of the city said that 12 people had died in the "
        "floods, and that rescue teams from three regions were still searching the "
        "riverbanks north of the old bridge for about 40 missing residents."
    )
    now = before.replace("12", "14").replace("40", "30")
    cut = in_context(word_changes(before, now))
    assert wording(cut, Kind.REMOVED) == (
        "… the city said that 12 people had died in … old bridge for about 40 missing residents."
    )
    assert wording(cut, Kind.ADDED) == (
        "… the city said that 14 people had died in … old bridge for about 30 missing residents."
    )


def test_an_unchanged_sentence_is_one_piece() -> None:
    assert word_changes("Rain fell.", "Rain  fell.") == [Piece("Rain fell.", Kind.SAME)]
