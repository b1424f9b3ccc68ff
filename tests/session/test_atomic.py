"""Tests of reader/session/atomic.py: atomic_write."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from reader.session.atomic import atomic_write


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_the_bytes(tmp_path: Path) -> None:
    atomic_write(tmp_path / "f", b"hello")
    assert (tmp_path / "f").read_bytes() == b"hello"


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"old")
    atomic_write(tmp_path / "f", b"new")
    assert (tmp_path / "f").read_bytes() == b"new"


def test_leaves_only_the_target(tmp_path: Path) -> None:
    atomic_write(tmp_path / "f", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_follows_the_umask_not_the_temp_file(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "f", b"x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "f") == 0o644


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    (tmp_path / "f").write_bytes(b"old")
    (tmp_path / "f").chmod(0o600)
    atomic_write(tmp_path / "f", b"new")
    assert mode(tmp_path / "f") == 0o600


def test_failure_propagates_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "f", b"x")
    assert list(tmp_path.iterdir()) == []


def test_special_file_target_is_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    atomic_write(fifo, b"hello")
    reader.join(timeout=10)
    assert got == [b"hello"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


# -- what a killed write left behind -------------------------------------------------------

TWO_HOURS = 2 * 3600.0


def leftover(folder: Path, name: str, age_s: float = TWO_HOURS) -> Path:
    """A file ``name`` in ``folder``, last modified ``age_s`` seconds ago."""
    path = folder / name
    path.write_bytes(b"half a session")
    then = time.time() - age_s
    os.utime(path, (then, then))
    return path


def test_write_removes_an_old_temp_file_of_its_target(tmp_path: Path) -> None:
    stale = leftover(tmp_path, ".f.ab3_x9zq.tmp")
    atomic_write(tmp_path / "f", b"x")
    assert not stale.exists()


def test_write_keeps_a_recent_temp_file_of_its_target(tmp_path: Path) -> None:
    """Another process may be writing it right now."""
    recent = leftover(tmp_path, ".f.ab3_x9zq.tmp", age_s=60)
    atomic_write(tmp_path / "f", b"x")
    assert recent.exists()


@pytest.mark.parametrize(
    "name",
    [
        ".g.ab3_x9zq.tmp",  # another target's
        ".f.crossread.ab3_x9zq.tmp",  # the temp file of f.crossread, not of f
        ".f.ab3_x9zq.tmp.keep",
        "f.ab3_x9zq.tmp",
        ".f.AB3_X9ZQ.tmp",
        ".f.ab3-x9zq.tmp",
        ".f.ab3_x9zqq.tmp",
        ".f.tmp",
    ],
)
def test_write_leaves_other_old_files_alone(tmp_path: Path, name: str) -> None:
    other = leftover(tmp_path, name)
    atomic_write(tmp_path / "f", b"x")
    assert other.read_bytes() == b"half a session"


def test_write_leaves_a_folder_of_the_temp_pattern_alone(tmp_path: Path) -> None:
    folder = tmp_path / ".f.ab3_x9zq.tmp"
    folder.mkdir()
    os.utime(folder, (time.time() - TWO_HOURS, time.time() - TWO_HOURS))
    atomic_write(tmp_path / "f", b"x")
    assert folder.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_write_through_a_link_replaces_the_file_it_points_at(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "notes.md").write_bytes(b"old")
    (tmp_path / "notes.md").symlink_to(tmp_path / "real" / "notes.md")
    atomic_write(tmp_path / "notes.md", b"new")
    assert (tmp_path / "notes.md").is_symlink()
    assert (tmp_path / "real" / "notes.md").read_bytes() == b"new"


def test_folder_target_is_refused_as_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(IsADirectoryError):
        atomic_write(".", b"x")
    assert list(tmp_path.iterdir()) == []


def test_name_ending_in_a_slash_is_refused_as_a_folder(tmp_path: Path) -> None:
    """ "out/" names a folder, even one not made yet: no file called "out" is written."""
    with pytest.raises(IsADirectoryError):
        atomic_write(f"{tmp_path / 'out'}{os.sep}", b"x")
    assert list(tmp_path.iterdir()) == []
