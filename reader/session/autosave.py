"""Autosave and crash recovery.

Each running Crossread writes its autosave to ``autosave-<pid>.crossread`` in the data
folder and keeps a marker ``running-<pid>`` there while it runs. A clean quit removes
both (:func:`mark_clean_exit`); a save to the reader's own file removes the autosave
until the next change (:func:`drop_autosave`). At the next start,
:func:`find_recoverable` returns the newest autosave whose marker is still there but
whose process is gone: that run crashed, and the window offers to restore it
(:func:`load_session`) or to :func:`discard` it.

Work on a session that has a file of its own (opened from it, or saved to it) names that
file in ``autosave-<pid>.origin`` beside the autosave (written before it, so it is never
older than the autosave): restored, the work is that file's again, unsaved
(:func:`origin_of`, :func:`origin_baseline`), and Save writes it there.

The data folder is ``platformdirs.user_data_dir("crossread")``, or the folder named by
the ``data_dir`` argument or by the ``CROSSREAD_DATA_DIR`` environment variable (tests).
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import platformdirs

from reader.errors import SessionError
from reader.model.note import now_iso
from reader.model.session import Session
from reader.session.atomic import atomic_write
from reader.session.changes import following_baseline
from reader.session.store import describe, save_session
from reader.session.view import REALIGNED

ENV_VAR = "CROSSREAD_DATA_DIR"
_AUTOSAVE_RE = re.compile(r"autosave-(\d+)\.crossread")
_MARKER_RE = re.compile(r"running-(\d+)")

PathArg = str | os.PathLike[str] | None


def data_dir(override: PathArg = None) -> Path:
    """The folder for autosaves: ``override``, else $CROSSREAD_DATA_DIR, else the user's."""
    if override is not None:
        return Path(override)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("crossread", appauthor=False))


def autosave_path(directory: PathArg = None, pid: int | None = None) -> Path:
    return data_dir(directory) / f"autosave-{os.getpid() if pid is None else pid}.crossread"


def origin_path(autosave: str | os.PathLike[str]) -> Path:
    """Where the autosave ``autosave`` names the session file it is work on."""
    target = Path(autosave)
    return target.with_name(f"{target.stem}.origin")


def marker_path(directory: PathArg = None, pid: int | None = None) -> Path:
    return data_dir(directory) / f"running-{os.getpid() if pid is None else pid}"


def mark_running(directory: PathArg = None) -> None:
    """Note that this process runs: call once at start, before the first autosave."""
    folder = data_dir(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        marker_path(folder).write_text(f"{os.getpid()} {now_iso()}\n", encoding="utf-8")
    except OSError as exc:
        reason = describe(exc)
        raise SessionError(f"Could not prepare the autosave folder {folder}: {reason}.") from None


def write_autosave(session: Session, directory: PathArg = None, origin: PathArg = None) -> Path:
    """Save ``session`` atomically as this process's autosave; return its path.
    ``origin``: the session file the work is on (None: it has none yet)."""
    folder = data_dir(directory)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = describe(exc)
        raise SessionError(f"Could not create the autosave folder {folder}: {reason}.") from None
    if not marker_path(folder).exists():
        mark_running(folder)
    path = autosave_path(folder)
    name_origin(path, origin)
    save_session(session, path)
    return path


def name_origin(autosave: Path, origin: PathArg) -> None:
    """Write (or, with no ``origin``, remove) the file naming the session file the
    autosave ``autosave`` (or a kept copy of unsaved work) is work on."""
    where = origin_path(autosave)
    try:
        if origin is None:
            where.unlink(missing_ok=True)
        else:
            atomic_write(where, os.fsencode(os.path.abspath(origin)) + b"\n")
    except OSError as exc:
        raise SessionError(f"Could not write {where}: {describe(exc)}.") from None


def origin_of(autosave: str | os.PathLike[str]) -> Path | None:
    """The session file the autosave ``autosave`` (or a kept copy) is unsaved work on, if
    it names one that is still there (None: it had none, or the file is gone or
    unreadable)."""
    try:
        named = origin_path(autosave).read_bytes().rstrip(b"\n")
    except OSError:
        return None
    where = Path(os.fsdecode(named))
    return where if named and where.is_absolute() and where.is_file() else None


def origin_baseline(saved: Session, restored: Session) -> Session | None:
    """``saved`` (what the origin file holds now) as the baseline of the ``restored``
    work, comparable with it (taken the same way round, re-applied to its alignment);
    None when the file now holds another pair (saved over since), so that the work is
    restored as work with no file."""
    were = {saved.alignment.a.content_hash, saved.alignment.b.content_hash}
    now = {restored.alignment.a.content_hash, restored.alignment.b.content_hash}
    if were != now:
        return None
    return following_baseline(REALIGNED, saved, restored.alignment)


def drop_autosave(directory: PathArg = None) -> None:
    """Remove this process's autosave, keeping its marker: call when the session was saved
    to the reader's own file, so that a crash before the next change offers nothing (the
    work is in that file). Failures are ignored: the next autosave overwrites the file."""
    with contextlib.suppress(OSError):
        path = autosave_path(directory)
        path.unlink(missing_ok=True)
        origin_path(path).unlink(missing_ok=True)


def mark_clean_exit(directory: PathArg = None) -> None:
    """Remove this process's autosave, then its marker: call on a clean quit."""
    discard(autosave_path(directory))


def find_recoverable(directory: PathArg = None) -> Path | None:
    """The newest autosave left by a run that crashed, or None."""
    folder = data_dir(directory)
    found: list[tuple[float, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return None
    for path in entries:
        m = _AUTOSAVE_RE.fullmatch(path.name)
        if m is None:
            _sweep_marker(path)
            continue
        pid = int(m.group(1))
        if pid == os.getpid() or _alive(pid) or not marker_path(folder, pid).exists():
            continue
        with contextlib.suppress(OSError):
            found.append((path.stat().st_mtime, path))
    return max(found)[1] if found else None


def discard(path: str | os.PathLike[str]) -> None:
    """Remove an autosave and the marker of the run that wrote it (missing files ignored)."""
    target = Path(path)
    m = _AUTOSAVE_RE.fullmatch(target.name)
    victims = [target]
    if m is not None:  # a run's autosave: the file naming its origin and the run's marker
        victims += [origin_path(target), marker_path(target.parent, int(m.group(1)))]
    for victim in victims:
        try:
            victim.unlink(missing_ok=True)
        except OSError as exc:
            raise SessionError(f"Could not remove {victim}: {describe(exc)}.") from None


def _sweep_marker(path: Path) -> None:
    """Remove ``path`` if it is the marker of a dead run that left no autosave."""
    m = _MARKER_RE.fullmatch(path.name)
    if m is None:
        return
    pid = int(m.group(1))
    if pid != os.getpid() and not _alive(pid) and not autosave_path(path.parent, pid).exists():
        with contextlib.suppress(OSError):
            path.unlink()


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (POSIX); on Windows assume not, to offer recovery."""
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
