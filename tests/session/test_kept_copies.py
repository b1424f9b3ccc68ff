"""Tests of reader/session/kept_copies.py: naming, listing and deleting kept copies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.errors import SessionError
from reader.model.session import Session
from reader.session import autosave
from reader.session.kept_copies import (
    delete_kept_copy,
    keep_autosave,
    kept_copy_path,
    list_kept_copies,
    mark_unopenable,
    read_kept_copy,
    write_kept_copy,
)
from reader.session.store import load_session, save_session, session_bytes
from tests.session.samples import write_damaged_deep

NOON = datetime(2024, 6, 21, 12, 0, 0, tzinfo=UTC)


def test_copy_is_named_by_its_utc_time(tmp_path: Path) -> None:
    assert kept_copy_path(tmp_path, NOON) == tmp_path / "unsaved-20240621-120000.crossread"


def test_second_copy_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    kept_copy_path(tmp_path, NOON).write_text("{}", encoding="utf-8")
    assert kept_copy_path(tmp_path, NOON).name == "unsaved-20240621-120000-2.crossread"


def test_copies_are_listed_newest_first(tmp_path: Path, session: Session) -> None:
    for name in ("unsaved-20240101-090000", "unsaved-20240621-120000", "unsaved-20240301-080000"):
        save_session(session, tmp_path / f"{name}.crossread")
    kept = [c.kept for c in list_kept_copies(tmp_path)]
    assert kept == sorted(kept, reverse=True) and kept[0] == NOON


def test_copy_shows_titles_and_note_count(tmp_path: Path, session: Session) -> None:
    path = tmp_path / "unsaved-20240621-120000.crossread"
    save_session(session, path)
    copy = read_kept_copy(path)
    al = session.alignment
    assert (copy.titles, copy.notes, copy.error) == ((al.a.title, al.b.title), 2, None)


def test_copy_is_listed_without_building_its_session(
    tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long pair's session takes 40-50 ms to build, holding Python's lock in the
    thread that reads it: the list needs only the titles and the number of notes."""
    path = tmp_path / "unsaved-20240621-120000.crossread"
    save_session(session, path)
    built: list[object] = []
    build = Session.from_json

    def counted(data: object) -> Session:
        built.append(data)
        return build(data)

    monkeypatch.setattr(Session, "from_json", counted)
    copy = read_kept_copy(path)
    al = session.alignment
    assert (copy.titles, copy.notes, copy.error) == ((al.a.title, al.b.title), 2, None)
    assert built == []


def test_copy_of_an_untitled_article_shows_its_path(tmp_path: Path, session: Session) -> None:
    al = session.alignment
    untitled = replace(session, alignment=replace(al, b=replace(al.b, title="")))
    path = tmp_path / "unsaved-20240621-120000.crossread"
    save_session(untitled, path)
    assert read_kept_copy(path).titles == (al.a.title, al.b.path)


def test_copy_damaged_past_its_titles_is_listed_with_the_reason(
    tmp_path: Path, session: Session
) -> None:
    path = tmp_path / "unsaved-20240621-120000.crossread"
    data = json.loads(session_bytes(session))
    data["notes"] = {"n1": "not a list"}
    path.write_text(json.dumps(data), encoding="utf-8")
    copy = read_kept_copy(path)
    assert copy.error == "the session is damaged (notes must be a list)."


def damaged_deep(tmp_path: Path, session: Session) -> Path:
    return write_damaged_deep(tmp_path / "unsaved-20240621-120000.crossread", session)


def test_copy_that_failed_to_open_is_listed_with_the_reason(
    tmp_path: Path, session: Session
) -> None:
    path = damaged_deep(tmp_path, session)
    assert read_kept_copy(path).readable, "the list reads no further than the titles"
    mark_unopenable(path, f"Could not open {path}: the session is damaged (match m1).")
    assert read_kept_copy(path).error == "the session is damaged (match m1)."


def test_copy_that_failed_to_open_is_read_again_once_it_changes(
    tmp_path: Path, session: Session
) -> None:
    path = damaged_deep(tmp_path, session)
    mark_unopenable(path, f"Could not open {path}: the session is damaged (match m1).")
    save_session(session, path)
    assert read_kept_copy(path).readable


def test_corrupt_copy_is_listed_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "unsaved-20240621-120000.crossread"
    path.write_text('{"schema": "reader.session/1", "alignment"', encoding="utf-8")
    (copy,) = list_kept_copies(tmp_path)
    assert not copy.readable and copy.error is not None and "not valid JSON" in copy.error
    assert str(path) not in copy.error, "the path is in the table already"


def test_copy_of_another_schema_is_listed_as_unreadable(tmp_path: Path) -> None:
    (tmp_path / "unsaved-20240621-120000.crossread").write_text(
        '{"schema": "reader.alignment/1"}', encoding="utf-8"
    )
    (copy,) = list_kept_copies(tmp_path)
    assert copy.error == "it is not a Crossread session."


def test_listing_the_copies_imports_no_date_parser(tmp_path: Path, session: Session) -> None:
    """datetime.strptime's first call imports _strptime and calendar, 30-35 ms of the GUI
    thread listing the copies as File > Recover unsaved notes opens."""
    save_session(session, tmp_path / "unsaved-20240621-120000.crossread")
    code = (
        "import sys; from reader.session.kept_copies import kept_copy_times; "
        "(_path, kept), = kept_copy_times(sys.argv[1]); "
        "print(kept.isoformat(), '_strptime' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert run.stdout.split() == ["2024-06-21T12:00:00+00:00", "False"]


def test_other_files_in_the_data_folder_are_not_listed(tmp_path: Path, session: Session) -> None:
    for name in ("autosave-123.crossread", "unsaved-notes.txt", "running-123"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert list_kept_copies(tmp_path) == []


def test_missing_data_folder_lists_nothing(tmp_path: Path) -> None:
    assert list_kept_copies(tmp_path / "nowhere") == []


def test_copy_with_an_odd_name_is_timed_by_its_file(tmp_path: Path, session: Session) -> None:
    path = tmp_path / "unsaved-by-hand.crossread"
    save_session(session, path)
    os.utime(path, (NOON.timestamp(), NOON.timestamp()))
    assert read_kept_copy(path).kept == NOON


def test_delete_removes_the_copy(tmp_path: Path, session: Session) -> None:
    path = kept_copy_path(tmp_path, NOON)
    save_session(session, path)
    delete_kept_copy(path)
    assert not path.exists()


def test_delete_of_a_copy_already_gone_is_quiet(tmp_path: Path) -> None:
    delete_kept_copy(tmp_path / "unsaved-20240621-120000.crossread")


def test_delete_failure_is_a_session_error(tmp_path: Path) -> None:
    folder = tmp_path / "unsaved-20240621-120000.crossread"
    folder.mkdir()
    with pytest.raises(SessionError, match="Could not remove"):
        delete_kept_copy(folder)


def test_a_crashed_runs_autosave_kept_for_later_becomes_a_listed_copy(
    tmp_path: Path, session: Session
) -> None:
    left = autosave.autosave_path(tmp_path, 4242)
    save_session(session, left)
    autosave.marker_path(tmp_path, 4242).write_text("4242\n", encoding="utf-8")
    kept = keep_autosave(left)
    assert [c.path for c in list_kept_copies(tmp_path)] == [kept]
    assert load_session(kept) == session


def test_an_autosave_kept_for_later_leaves_no_run_to_recover(
    tmp_path: Path, session: Session
) -> None:
    left = autosave.autosave_path(tmp_path, 4242)
    save_session(session, left)
    autosave.marker_path(tmp_path, 4242).write_text("4242\n", encoding="utf-8")
    kept = keep_autosave(left)
    assert [p.name for p in tmp_path.iterdir()] == [kept.name], "the run's marker goes too"
    assert autosave.find_recoverable(tmp_path) is None


def test_an_autosave_that_cannot_be_kept_stays_and_says_why(tmp_path: Path) -> None:
    with pytest.raises(SessionError, match="Could not keep"):
        keep_autosave(autosave.autosave_path(tmp_path / "gone", 4242))


# -- the session file a kept copy is work on ------------------------------------------------


@pytest.fixture
def work_file(tmp_path: Path, session: Session) -> Path:
    """A session saved in tmp_path/work.crossread, whose unsaved work is kept."""
    path = tmp_path / "work.crossread"
    save_session(session, path)
    return path


def crashed_on(folder: Path, session: Session, origin: Path | None) -> Path:
    """A crashed run's autosave in ``folder``, work on ``origin`` (None: on no file)."""
    folder.mkdir(exist_ok=True)
    left = autosave.write_autosave(session, folder, origin)
    pid = int(left.stem.removeprefix("autosave-"))
    autosave.marker_path(folder, pid).rename(autosave.marker_path(folder, 4242))
    moved = autosave.autosave_path(folder, 4242)
    left.rename(moved)
    if origin is not None:
        autosave.origin_path(left).rename(autosave.origin_path(moved))
    return moved


def test_an_autosave_kept_for_later_keeps_the_session_file_it_is_work_on(
    tmp_path: Path, session: Session, work_file: Path
) -> None:
    kept = keep_autosave(crashed_on(tmp_path / "data", session, work_file))
    assert autosave.origin_of(kept) == work_file
    names = sorted(p.name for p in kept.parent.iterdir())
    assert names == [kept.name, f"{kept.stem}.origin"], "the autosave's origin file went"


def test_an_autosave_on_no_file_kept_for_later_names_none(tmp_path: Path, session: Session) -> None:
    kept = keep_autosave(crashed_on(tmp_path / "data", session, None))
    assert autosave.origin_of(kept) is None
    assert not autosave.origin_path(kept).exists()


def test_a_copy_kept_of_work_on_a_file_names_it(
    tmp_path: Path, session: Session, work_file: Path
) -> None:
    where = kept_copy_path(tmp_path / "data", NOON)
    where.parent.mkdir()
    write_kept_copy(session, where, work_file)
    assert load_session(where) == session
    assert autosave.origin_of(where) == work_file


def test_a_copy_kept_again_of_work_on_no_file_names_none(
    tmp_path: Path, session: Session, work_file: Path
) -> None:
    """The same copy written over with work that has no file: its origin goes."""
    where = kept_copy_path(tmp_path, NOON)
    write_kept_copy(session, where, work_file)
    write_kept_copy(session, where, None)
    assert autosave.origin_of(where) is None and not autosave.origin_path(where).exists()


def test_deleting_a_copy_deletes_the_file_naming_its_origin(
    tmp_path: Path, session: Session, work_file: Path
) -> None:
    where = kept_copy_path(tmp_path / "data", NOON)
    where.parent.mkdir()
    write_kept_copy(session, where, work_file)
    delete_kept_copy(where)
    assert list(where.parent.iterdir()) == []
    assert work_file.exists()
