"""Tests of reader/model/note.py: construction, editing and the JSON round trip."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.errors import SchemaError
from reader.model.note import PRESET_TAGS, Note, clean_tags
from reader.model.span import Span


@pytest.fixture
def note() -> Note:
    return Note(
        "n1",
        "Dates differ",
        ("contradicts",),
        match_id="m1",
        a=Span(0, 5),
        b=Span(3, 9),
        created="2024-06-21T09:00:00+00:00",
        modified="2024-06-21T09:00:00+00:00",
    )


def test_presets_are_the_four_reader_tags() -> None:
    assert PRESET_TAGS == ("agrees", "contradicts", "only here", "check this")


def test_a_note_needs_a_target() -> None:
    with pytest.raises(SchemaError, match="no target"):
        Note("n1", "text")


def test_a_note_on_a_passage_of_b_alone_is_valid() -> None:
    assert Note("n1", "text", b=Span(1, 4)).b == Span(1, 4)


def test_new_note_gets_an_id_and_equal_times() -> None:
    n = Note.new("hello", ["check this"], a=Span(0, 3))
    assert n.id.startswith("n-") and n.created == n.modified


def test_new_notes_get_distinct_ids() -> None:
    assert Note.new("x", a=Span(0, 1)).id != Note.new("x", a=Span(0, 1)).id


def test_clean_tags_strips_blanks_and_repeats() -> None:
    assert clean_tags([" agrees ", "", "agrees", "check   this"]) == ("agrees", "check this")


def test_edited_changes_text_and_keeps_created(note: Note) -> None:
    edited = note.edited(text="Dates agree")
    assert (edited.text, edited.created, edited.tags) == ("Dates agree", note.created, note.tags)


def test_edited_updates_modified(note: Note) -> None:
    assert note.edited(tags=["agrees"]).modified > note.modified


def test_json_round_trip_is_lossless(note: Note) -> None:
    assert Note.from_json(note.to_json()) == note


def test_json_round_trip_without_spans() -> None:
    n = Note("n2", "", ("only here",), b=Span(2, 2), created="2024-01-01T00:00:00")
    assert Note.from_json(n.to_json()) == n


@given(
    text=st.text(),
    tags=st.lists(st.text(min_size=1), max_size=4),
    start=st.integers(0, 1000),
    length=st.integers(0, 100),
)
def test_json_round_trip_of_any_text_and_tags(
    text: str, tags: list[str], start: int, length: int
) -> None:
    n = Note("n", text, tuple(tags), a=Span(start, start + length), created="2024-06-21T09:00")
    assert Note.from_json(n.to_json()) == n


@pytest.mark.parametrize(
    "patch",
    [
        {"id": 3},
        {"text": None},
        {"tags": "agrees"},
        {"tags": [1]},
        {"match": 5},
        {"a": [5, 1]},
        {"a": None, "b": None, "match": None},
        {"created": "yesterday"},
        {"modified": None},
    ],
)
def test_malformed_json_raises_schema_error(note: Note, patch: dict[str, Any]) -> None:
    with pytest.raises(SchemaError):
        Note.from_json({**note.to_json(), **patch})


def test_non_object_raises_schema_error() -> None:
    with pytest.raises(SchemaError):
        Note.from_json(["n1"])
