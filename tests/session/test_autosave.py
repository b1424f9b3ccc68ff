"""Tests of reader/session/autosave.py: autosave, clean exit and recovery after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.model.note import Note
from reader.model.session import Session
from reader.session import autosave
from reader.session.store import load_session, save_session
from tests.session.samples import TEXT_B, sample_session

ROOT = Path(__file__).resolve().parents[2]

_RUN = """
import os, signal, sys
from reader.session import autosave
from tests.session.samples import TEXT_B, sample_session

autosave.mark_running(sys.argv[1])
autosave.write_autosave(sample_session(), sys.argv[1])
if sys.argv[2] == "saved, then crash":
    autosave.drop_autosave(sys.argv[1])
if "crash" in sys.argv[2]:
    os.kill(os.getpid(), signal.SIGKILL)
autosave.mark_clean_exit(sys.argv[1])
"""


def run_app(folder: Path, ending: str) -> None:
    """Run a process that autosaves the sample session, then crashes or quits cleanly."""
    subprocess.run([sys.executable, "-c", _RUN, str(folder), ending], cwd=ROOT, check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def crashed(folder: Path) -> Path:
    """A data folder left behind by a run killed after autosaving."""
    run_app(folder, "crash")
    return folder


@pytest.fixture
def live_pid() -> Iterator[int]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def test_data_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(autosave.ENV_VAR, str(tmp_path))
    assert autosave.data_dir() == tmp_path


def test_data_dir_argument_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(autosave.ENV_VAR, "/elsewhere")
    assert autosave.data_dir(tmp_path) == tmp_path


def test_data_dir_defaults_to_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(autosave.ENV_VAR, raising=False)
    assert "crossread" in str(autosave.data_dir()).lower()


def test_write_autosave_creates_folder_file_and_marker(folder: Path, session: Session) -> None:
    path = autosave.write_autosave(session, folder)
    assert (path.exists(), autosave.marker_path(folder).exists()) == (True, True)


def test_autosave_holds_the_session(folder: Path, session: Session) -> None:
    assert load_session(autosave.write_autosave(session, folder)) == session


def test_clean_exit_removes_autosave_and_marker(folder: Path, session: Session) -> None:
    autosave.write_autosave(session, folder)
    autosave.mark_clean_exit(folder)
    assert list(folder.iterdir()) == []


def test_nothing_to_recover_in_an_empty_folder(folder: Path) -> None:
    assert autosave.find_recoverable(folder) is None


def test_own_autosave_is_not_offered(folder: Path, session: Session) -> None:
    autosave.write_autosave(session, folder)
    assert autosave.find_recoverable(folder) is None


def test_crashed_run_is_recoverable(crashed: Path, session: Session) -> None:
    path = autosave.find_recoverable(crashed)
    assert path is not None and load_session(path) == session


def test_clean_run_leaves_nothing_to_recover(folder: Path) -> None:
    run_app(folder, "quit")
    assert autosave.find_recoverable(folder) is None


def test_crash_after_the_session_was_saved_leaves_nothing_to_recover(folder: Path) -> None:
    run_app(folder, "saved, then crash")
    assert autosave.find_recoverable(folder) is None


def test_discard_removes_the_crashed_autosave(crashed: Path) -> None:
    path = autosave.find_recoverable(crashed)
    assert path is not None
    autosave.discard(path)
    assert list(crashed.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="process liveness is checked on POSIX only")
def test_autosave_of_a_running_process_is_not_offered(
    folder: Path, session: Session, live_pid: int
) -> None:
    autosave.write_autosave(session, folder)
    os.rename(autosave.autosave_path(folder), autosave.autosave_path(folder, live_pid))
    os.rename(autosave.marker_path(folder), autosave.marker_path(folder, live_pid))
    assert autosave.find_recoverable(folder) is None


def test_marker_of_a_run_that_crashed_before_autosaving_is_swept(folder: Path) -> None:
    run_app(folder, "crash")
    path = autosave.find_recoverable(folder)
    assert path is not None
    path.unlink()  # as if the run had died before its first autosave
    autosave.find_recoverable(folder)
    assert list(folder.iterdir()) == []


# -- the session file the work is on ---------------------------------------------------


@pytest.fixture
def saved_file(tmp_path: Path, session: Session) -> Path:
    """The session file the autosaved work is on."""
    path = tmp_path / "work.crossread"
    save_session(session, path)
    return path


def test_an_autosave_names_the_session_file_its_work_is_on(
    folder: Path, session: Session, saved_file: Path
) -> None:
    path = autosave.write_autosave(session, folder, origin=saved_file)
    assert autosave.origin_of(path) == saved_file


def test_an_autosave_of_work_with_no_file_names_none(folder: Path, session: Session) -> None:
    path = autosave.write_autosave(session, folder)
    assert autosave.origin_of(path) is None


def test_an_autosave_names_no_file_once_its_work_has_none(
    folder: Path, session: Session, saved_file: Path
) -> None:
    autosave.write_autosave(session, folder, origin=saved_file)
    path = autosave.write_autosave(session, folder)  # a new pair, never saved
    assert autosave.origin_of(path) is None


def test_a_session_file_gone_since_is_named_by_no_autosave(
    folder: Path, session: Session, saved_file: Path
) -> None:
    path = autosave.write_autosave(session, folder, origin=saved_file)
    saved_file.unlink()
    assert autosave.origin_of(path) is None


@pytest.mark.parametrize("leave", [autosave.mark_clean_exit, autosave.drop_autosave])
def test_the_file_naming_the_origin_goes_with_the_autosave(
    folder: Path, session: Session, saved_file: Path, leave: Callable[[Path], None]
) -> None:
    path = autosave.write_autosave(session, folder, origin=saved_file)
    leave(folder)
    assert not autosave.origin_path(path).exists()


def test_the_origin_s_session_is_the_restored_work_s_baseline(session: Session) -> None:
    work = session.add_note(Note.new("unsaved", match_id="m1"))
    baseline = autosave.origin_baseline(session, work)
    assert baseline is not None and baseline.notes == session.notes
    assert baseline.alignment is work.alignment


def test_an_origin_holding_another_pair_is_no_baseline(session: Session) -> None:
    other = sample_session(text_b=TEXT_B + " Another paragraph.")
    assert autosave.origin_baseline(other, session) is None
