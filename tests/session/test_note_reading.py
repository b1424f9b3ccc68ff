"""Tests of reader/session/note_reading.py, through read_session: a session file with a
damaged note opens with its other notes, and says which note was left out and why."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.errors import SessionError
from reader.session.note_reading import UnreadNote
from reader.session.store import read_session

Damage = Callable[[Callable[[dict[str, Any]], None]], Path]


@pytest.fixture
def damage(saved: Path) -> Damage:
    """damage(edit) -> ``saved`` (the sample session: notes n1 on the claim, n2 on a
    passage of B) after ``edit`` changed its JSON, as a hand edit would."""

    def run(edit: Callable[[dict[str, Any]], None]) -> Path:
        data = json.loads(saved.read_text(encoding="utf-8"))
        edit(data)
        saved.write_text(json.dumps(data, indent=1), encoding="utf-8")
        return saved

    return run


def first_note(**fields: Any) -> Callable[[dict[str, Any]], None]:
    """An edit setting ``fields`` of the file's first note (n1)."""
    return lambda data: data["notes"][0].update(fields)


@pytest.fixture
def one_bad_span(damage: Damage) -> Path:
    return damage(first_note(a={"start": 9, "end": 2}))


def test_a_damaged_note_is_left_out_and_the_others_open(one_bad_span: Path) -> None:
    assert [n.id for n in read_session(one_bad_span).session.notes] == ["n2"]


def test_the_left_out_note_is_named_with_its_reason(one_bad_span: Path) -> None:
    assert read_session(one_bad_span).unread == (
        UnreadNote(
            1, "its place in article A is damaged", "Both agree on the pledge; A says Wednesday."
        ),
    )


def test_reading_leaves_the_file_as_it_was(one_bad_span: Path) -> None:
    before = one_bad_span.read_bytes()
    read_session(one_bad_span)
    assert one_bad_span.read_bytes() == before


def test_the_rest_of_the_session_opens(one_bad_span: Path) -> None:
    session = read_session(one_bad_span).session
    assert session.rejected == {"m3"} and len(session.manual) == 1 and session.view["sync"]


def test_the_notice_says_how_many_notes_and_why(one_bad_span: Path) -> None:
    notice = read_session(one_bad_span).notice()
    assert notice.startswith("1 note in pair.crossread could not be read and is left out:\n")
    assert (
        "• “Both agree on the pledge; A says Wednes…” (note 1): its place in article A is damaged."
        in notice
    )


def test_the_notice_says_what_opened_and_that_the_file_is_unchanged(one_bad_span: Path) -> None:
    notice = read_session(one_bad_span).notice()
    assert "The session opened with the 1 other note. The file itself is unchanged" in notice


def test_a_file_whose_notes_all_read_has_no_notice(saved: Path) -> None:
    assert read_session(saved).notice() == ""


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"a": [True, 5]}, "its place in article A is damaged"),
        ({"b": "3-9"}, "its place in article B is damaged"),
        ({"b": {"start": 0, "end": 10**6}}, "its passage runs past the end of article B"),
        ({"id": 5}, "it has no id"),
        ({"text": None}, "its text is missing or damaged"),
        ({"tags": "agrees"}, "its tags are damaged"),
        ({"match": 1}, "its link to a match is damaged"),
        ({"match": "ghost"}, "the match it is on is not in the session"),
        ({"match": None, "a": None, "b": None}, "it is attached to no match and no passage"),
        ({"created": "yesterday"}, "its dates are damaged"),
        ({"modified": None}, "its dates are damaged"),
    ],
)
def test_each_kind_of_damage_is_told_in_the_readers_words(
    damage: Damage, fields: dict[str, Any], reason: str
) -> None:
    (unread,) = read_session(damage(first_note(**fields))).unread
    assert unread.reason == reason


def test_a_note_repeating_an_earlier_id_is_left_out(damage: Damage) -> None:
    path = damage(lambda data: data["notes"][1].update(id="n1"))
    opened = read_session(path)
    assert [n.id for n in opened.session.notes] == ["n1"]
    assert [(u.number, u.reason) for u in opened.unread] == [
        (2, "it has the same id as another note")
    ]


def test_something_that_is_no_note_is_left_out(damage: Damage) -> None:
    path = damage(lambda data: data["notes"].insert(0, 7))
    (unread,) = read_session(path).unread
    assert unread.label() == "note 1" and unread.reason == "it is not a note"


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda data: data.pop("alignment"), "damaged"),
        (lambda data: data.update(notes={"n1": "x"}), "damaged"),
        (lambda data: data.update(schema="reader.session/2"), "newer version"),
    ],
)
def test_damage_to_the_whole_session_still_refuses_the_file(
    damage: Damage, edit: Callable[[dict[str, Any]], None], words: str
) -> None:
    with pytest.raises(SessionError, match=words):
        read_session(damage(edit))
