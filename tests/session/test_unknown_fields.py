"""Tests of reader/session/unknown_fields.py: fields of a session file this version
would drop on saving are found and named, and nothing else is."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from reader.model.fingerprint import FileFingerprint
from reader.model.session import Session
from reader.session.store import read_session, save_session
from reader.session.unknown_fields import UnknownField, unknown_fields


def with_extras(path: Path) -> Path:
    """The file at ``path`` as a later Crossread might write it: same schema number,
    fields this version does not know at every level."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["app_version"] = "9.1.0"
    data["highlights"] = [{"a": [1, 5], "colour": "yellow"}]
    data["notes"][0]["colour"] = "red"
    data["notes"][0]["replies"] = [{"text": "Agreed.", "by": "desk"}]
    data["alignment"]["matches"][0]["confirmed_by"] = "desk"
    data["alignment"]["documents"][1]["url"] = "https://example.org/b"
    data["notes"][1]["nothing"] = None  # nothing to lose
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_file_this_version_wrote_has_no_unknown_fields(saved: Path) -> None:
    assert read_session(saved).unknown == ()


def test_every_unknown_field_is_found_and_placed(saved: Path, session: Session) -> None:
    opened = read_session(with_extras(saved))
    first = session.alignment.matches[0].id
    assert set(opened.unknown) == {
        UnknownField("the session", "highlights"),
        UnknownField("note 1", "colour"),
        UnknownField("note 1", "replies"),
        UnknownField(f"match {first}", "confirmed_by"),
        UnknownField("article B", "url"),
    }
    assert opened.incomplete()
    assert opened.written_by == "9.1.0"


def test_the_reader_is_told_what_saving_would_leave_out(saved: Path) -> None:
    opened = read_session(with_extras(saved))
    text = opened.notice()
    assert text.startswith(
        "pair.crossread holds information this version of Crossread does not know "
        "(it was saved by Crossread 9.1.0):\n"
    )
    assert "• note 1: colour, replies\n" in text
    assert "• the session: highlights" in text
    assert "a copy of it as it is now is kept beside it (pair.crossread.bak)" in text
    assert opened.title() == "This session holds information Crossread does not know"


def test_the_notes_are_still_all_read(saved: Path, session: Session) -> None:
    assert read_session(with_extras(saved)).session.notes == session.notes


def test_a_round_trip_of_a_saved_session_keeps_finding_nothing(saved: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.crossread"
    save_session(read_session(saved).session, again)
    assert read_session(again).unknown == ()


def with_fingerprint(session: Session) -> Session:
    al = session.alignment
    a = replace(al.a, fingerprint=FileFingerprint.of_bytes(b"article A's bytes"))
    return replace(session, alignment=replace(al, a=a))


def test_a_file_with_fingerprints_has_no_unknown_fields(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "printed.crossread"
    save_session(with_fingerprint(session), path)
    assert read_session(path).unknown == ()


def test_a_crossread_that_keeps_no_fingerprint_is_told_of_them(
    session: Session, tmp_path: Path
) -> None:
    """What an older Crossread, which reads no fingerprint, finds in a file with one:
    a field it does not know in article A, so it says so and keeps the file's copy
    before saving over it."""
    path = tmp_path / "printed.crossread"
    save_session(with_fingerprint(session), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    read_by_older = Session.from_json(data)
    al = read_by_older.alignment
    read_by_older = replace(read_by_older, alignment=replace(al, a=replace(al.a, fingerprint=None)))
    assert unknown_fields(data, read_by_older) == (UnknownField("article A", "fingerprint"),)
