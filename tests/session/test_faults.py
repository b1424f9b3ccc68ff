"""Faults while saving sessions (issue 7): a full disk, a read-only folder, an oversize
file. Each gives a SessionError naming the cause, leaves the previous file as it was and
no temporary file beside it, and the Session in memory keeps every note.

tests/session/test_store.py covers a failed rename and a process killed mid-write;
tests/session/test_autosave.py covers recovery after a killed process. OS calls are
made to fail by monkeypatching them; the code under test runs unchanged.
"""

from __future__ import annotations

import copy
import errno
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from reader.errors import SessionError
from reader.model.session import Session
from reader.session import autosave, store
from reader.session.store import load_session, save_session


def temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


class _FullDiskFile:
    """A file object whose write stores the first half of the bytes, then fails with
    ENOSPC, as a write that runs out of space part way does."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        self._real.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._real.close()


# The fault fixtures come last in each test's arguments: ``saved`` must be written first.


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file opened from a descriptor runs out of space on its first write."""
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> _FullDiskFile:
        return _FullDiskFile(real_fdopen(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", fdopen)


@pytest.fixture
def full_disk_on_sync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bytes are buffered, but fsync reports the disk full (delayed allocation, NFS)."""

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.fixture
def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating a file in the folder is refused (chmod does not stop root, so simulate)."""

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.fixture
def read_only_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


@pytest.fixture
def edited(session: Session) -> Session:
    """The reader's newer work: the sample session with one note removed."""
    return session.delete_note("n1")


# -- a full disk -----------------------------------------------------------------------


def test_full_disk_gives_a_session_error_naming_the_cause(
    saved: Path, edited: Session, full_disk: None
) -> None:
    with pytest.raises(SessionError, match=r"Could not save the session to .*: the disk is full"):
        save_session(edited, saved)


def test_full_disk_leaves_the_previous_file_intact(
    saved: Path, edited: Session, full_disk: None
) -> None:
    before = saved.read_bytes()
    with pytest.raises(SessionError):
        save_session(edited, saved)
    assert saved.read_bytes() == before


def test_full_disk_leaves_no_temporary_file(saved: Path, edited: Session, full_disk: None) -> None:
    with pytest.raises(SessionError):
        save_session(edited, saved)
    assert temp_files(saved.parent) == []


def test_full_disk_on_a_new_file_leaves_nothing(
    tmp_path: Path, session: Session, full_disk: None
) -> None:
    with pytest.raises(SessionError):
        save_session(session, tmp_path / "new.crossread")
    assert list(tmp_path.iterdir()) == []


def test_full_disk_at_fsync_leaves_the_previous_file_intact(
    saved: Path, edited: Session, full_disk_on_sync: None
) -> None:
    before = saved.read_bytes()
    with pytest.raises(SessionError, match="the disk is full"):
        save_session(edited, saved)
    assert saved.read_bytes() == before


def test_full_disk_during_autosave_keeps_the_previous_autosave(
    tmp_path: Path, session: Session, edited: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = autosave.write_autosave(session, tmp_path)
    before = path.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FullDiskFile(real_fdopen(fd, *a, **k)))
    with pytest.raises(SessionError, match="the disk is full"):
        autosave.write_autosave(edited, tmp_path)
    assert path.read_bytes() == before


# -- a read-only folder or disk --------------------------------------------------------


def test_read_only_folder_gives_a_session_error_naming_the_cause(
    saved: Path, edited: Session, read_only_folder: None
) -> None:
    with pytest.raises(SessionError, match=r"Could not save .*: permission denied"):
        save_session(edited, saved)


def test_read_only_folder_leaves_the_previous_file_intact(
    saved: Path, edited: Session, read_only_folder: None
) -> None:
    before = saved.read_bytes()
    with pytest.raises(SessionError):
        save_session(edited, saved)
    assert saved.read_bytes() == before


def test_read_only_disk_gives_a_session_error_naming_the_cause(
    saved: Path, edited: Session, read_only_disk: None
) -> None:
    with pytest.raises(SessionError, match="the disk is read-only"):
        save_session(edited, saved)


# -- the notes stay in memory ----------------------------------------------------------


@pytest.mark.parametrize("fault", ["full_disk", "full_disk_on_sync", "read_only_folder"])
def test_failed_save_leaves_the_session_unchanged(
    saved: Path, session: Session, fault: str, request: pytest.FixtureRequest
) -> None:
    before = copy.deepcopy(session)
    request.getfixturevalue(fault)
    with pytest.raises(SessionError):
        save_session(session, saved)
    assert session == before and [n.id for n in session.notes] == ["n1", "n2"]


def test_notes_kept_after_a_failed_save_can_be_saved_elsewhere(
    tmp_path: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen
    with monkeypatch.context() as m:
        m.setattr(os, "fdopen", lambda fd, *a, **k: _FullDiskFile(real_fdopen(fd, *a, **k)))
        with pytest.raises(SessionError):
            save_session(session, tmp_path / "full.crossread")
    save_session(session, tmp_path / "elsewhere.crossread")
    assert load_session(tmp_path / "elsewhere.crossread").notes == session.notes


# -- size limits -----------------------------------------------------------------------


def test_session_file_over_fifty_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.crossread"
    with path.open("wb") as fh:
        fh.write(b'{"schema": "reader.session/1", "notes": [')
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing is really written
    with pytest.raises(SessionError, match="larger than 50 MB"):
        load_session(path)


def test_session_limit_is_fifty_megabytes() -> None:
    assert store.MAX_BYTES == 50 * 1024 * 1024


def test_oversize_session_is_not_saved_and_the_previous_file_stays(
    saved: Path, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(store, "MAX_BYTES", len(before) // 2)
    with pytest.raises(SessionError, match="would be larger than"):
        save_session(session, saved)
    assert saved.read_bytes() == before
